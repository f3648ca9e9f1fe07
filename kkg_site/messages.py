"""Pydantic's validation errors as Indonesian messages for data editors.

Each error becomes a :class:`~kkg_site.errors.DataError` entry carrying the file,
the line (from :mod:`kkg_site.yamlio`) and the field path, with a suggestion where
one is likely (unknown keys, choices, Indonesian yes/no words).
"""

from __future__ import annotations

import re
import types
import typing
import unicodedata
from collections.abc import Mapping
from typing import Any

from pydantic import BaseModel, ValidationError
from pydantic_core import PydanticCustomError

from .errors import ErrorLog, suggest
from .yamlio import line_of

DATE_RULE = "tanggal harus ditulis TTTT-BB-HH, misalnya 2026-03-14"

# Characters no text of a record may hold, however written (raw ones are refused by the
# YAML reader; these arrive as escapes, "\x1b", or pasted): control characters but the tab
# and line feed, Unicode line separators, zero-width spaces and bidirectional overrides,
# which make a name read differently from what it is.
HIDDEN = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f\u200b\u2028\u2029\u202a-\u202e\u2060\u2066-\u2069\ufeff]")


def hidden_character_message(char: str) -> str:
    name = unicodedata.name(char, "karakter kendali")
    return f"memuat karakter tak terlihat U+{ord(char):04X} ({name}); hapus karakter itu (ketik ulang teksnya)"


def format_field(prefix: str, loc: tuple[Any, ...]) -> str:
    text = prefix
    for step in loc:
        if isinstance(step, int):
            text += f"[{step + 1}]"
        else:
            text += f".{step}" if text else str(step)
    return text


def report_validation_error(
    error: ValidationError, model: type[BaseModel], raw: Any, file: str, log: ErrorLog, prefix: str
) -> None:
    reports = []
    for detail in error.errors(include_url=False):
        loc = _data_path(raw, detail["loc"] + named_field(detail))
        reports.append((loc, detail, *_translate(detail, model, loc)))
    # A misspelt key ("nmaa") also leaves the key it meant missing: report the spelling only.
    misspelt = {(loc[:-1], suggestion) for loc, detail, _, suggestion in reports if detail["type"] == "extra_forbidden"}
    seen: set[str] = set()
    for loc, detail, message, suggestion in reports:
        field = format_field(prefix, loc)
        if field in seen:  # one message per field: union members repeat themselves
            continue
        if detail["type"] == "missing" and (loc[:-1], loc[-1]) in misspelt:
            continue
        seen.add(field)
        log.add(file, line_of(raw, loc), field, message, suggestion)


def field_error(key: str, message: str, suggestion: str | None = None) -> PydanticCustomError:
    """The error a model validator raises about one of the record's keys; it is
    reported at that key's line (``raise field_error("selesai", "...")``)."""
    return PydanticCustomError("kkg_field", "{message}", {"message": message, "field": key, "suggestion": suggestion})


def named_field(detail: Mapping[str, Any]) -> tuple[Any, ...]:
    field = (detail.get("ctx") or {}).get("field") if detail["type"] == "kkg_field" else None
    return (field,) if field else ()


def _data_path(raw: Any, loc: tuple[Any, ...]) -> tuple[Any, ...]:
    """Drop pydantic's union/type tags from a location, keeping real keys and indexes."""
    path: list[Any] = []
    node = raw
    for position, step in enumerate(loc):
        last = position == len(loc) - 1
        if isinstance(node, dict) and (step in node or (last and isinstance(step, str))):
            path.append(step)
            node = node.get(step)
        elif isinstance(node, list) and isinstance(step, int):
            path.append(step)
            node = node[step] if 0 <= step < len(node) else None
        # anything else is a tag such as 'list[int]' or 'function-after[...]'
    return tuple(path)


def _model_at(model: type[BaseModel], loc: tuple[Any, ...]) -> type[BaseModel] | None:
    current: Any = model
    for step in loc:
        if isinstance(step, int):
            continue
        if not (isinstance(current, type) and issubclass(current, BaseModel)):
            return None
        field = current.model_fields.get(step)
        if field is None:
            return None
        current = _inner_model(field.annotation)
    return current if isinstance(current, type) and issubclass(current, BaseModel) else None


def _inner_model(annotation: Any) -> Any:
    if isinstance(annotation, type) and issubclass(annotation, BaseModel):
        return annotation
    origin = typing.get_origin(annotation)
    if origin is typing.Annotated:
        return _inner_model(typing.get_args(annotation)[0])
    if origin in (list, tuple, set, typing.Union, types.UnionType):
        for argument in typing.get_args(annotation):
            found = _inner_model(argument)
            if found is not None:
                return found
    return None


_MESSAGES = {
    "missing": "wajib diisi",
    "string_type": "harus berupa teks",
    "int_type": "harus berupa bilangan bulat yang ditulis dengan angka, misalnya 2",
    "int_parsing": "harus berupa bilangan bulat yang ditulis dengan angka, misalnya 2",
    "int_from_float": "harus berupa bilangan bulat, tanpa koma",
    "bool_type": "harus true (ya) atau false (tidak)",
    "bool_parsing": "harus true (ya) atau false (tidak)",
    "list_type": "harus berupa daftar (tiap butir diawali '- ')",
    "dict_type": "harus berupa pasangan kunci: nilai",
    "model_type": "harus berupa pasangan kunci: nilai",
    "model_attributes_type": "harus berupa pasangan kunci: nilai",
    "date_type": DATE_RULE,
    "string_too_long": "teks terlalu panjang (paling banyak {max_length} karakter)",
    "string_too_short": "tidak boleh kosong",
    "too_short": "paling sedikit {min_length} butir",
    "too_long": "paling banyak {max_length} butir",
    "greater_than_equal": "paling kecil {ge}",
    "greater_than": "harus lebih dari {gt}",
    "less_than_equal": "paling besar {le}",
    "less_than": "harus kurang dari {lt}",
    "string_pattern_mismatch": "bentuknya tidak sesuai",
}


# Indonesian answers where YAML wants true/false.
_BOOLEAN_WORDS = {"ya": "true", "tidak": "false", "benar": "true", "salah": "false"}


def _translate(detail: Mapping[str, Any], model: type[BaseModel], loc: tuple[Any, ...]) -> tuple[str, str | None]:
    kind = detail["type"]
    context = detail.get("ctx") or {}
    if kind == "extra_forbidden":
        owner = _model_at(model, loc[:-1])
        choices = list(owner.model_fields) if owner else []
        return "kunci tidak dikenal", suggest(loc[-1], choices) if choices else None
    if kind in ("literal_error", "enum"):
        expected = re.findall(r"'([^']*)'", str(context.get("expected", "")))
        given = detail.get("input")
        return (
            "harus salah satu dari: " + ", ".join(expected),
            suggest(given, expected) if isinstance(given, str) else None,
        )
    if kind in ("model_type", "model_attributes_type", "dict_type") and (owner := _model_at(model, loc)):
        required = [name for name, field in owner.model_fields.items() if field.is_required()]
        if required:
            return "harus berupa pasangan kunci: nilai dengan kunci " + ", ".join(required), None
    if detail.get("input") is None and kind.endswith("_type"):  # "nama:" with nothing after it
        return "tidak boleh kosong", None
    if kind == "bool_parsing" and isinstance(detail.get("input"), str):
        return _MESSAGES[kind], _BOOLEAN_WORDS.get(detail["input"].strip().casefold())
    if kind.startswith("kkg_"):  # our own PydanticCustomError, already Indonesian
        return detail["msg"], context.get("suggestion")
    if kind == "value_error":
        return str(detail["msg"]).removeprefix("Value error, "), None
    if kind in _MESSAGES:
        return _MESSAGES[kind].format(**context), None
    return detail["msg"], None
