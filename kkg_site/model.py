"""Declarative record models and the translation of their errors.

Every content type describes its records as pydantic models deriving from
:class:`Record`. Validation errors are turned into Indonesian
:class:`~kkg_site.errors.DataError` entries that carry the file, the line (from
:mod:`kkg_site.yamlio`) and the field path, with a suggestion where one is
likely (unknown keys, choices, dates written day-first, http URLs).
"""

from __future__ import annotations

import contextlib
import re
import types
import typing
import unicodedata
from collections.abc import Iterable
from datetime import date
from typing import Annotated, Any, NamedTuple, TypeVar

from pydantic import (
    AfterValidator,
    BaseModel,
    BeforeValidator,
    ConfigDict,
    Field,
    PrivateAttr,
    ValidationError,
    WithJsonSchema,
)
from pydantic_core import PydanticCustomError

from . import active_content
from .errors import ErrorLog, suggest
from .yamlio import LineDict, LineList, line_of, written_as

MAX_TEXT = 100_000  # characters; a longer value is a pasted document, not a field


class Record(BaseModel):
    """Base of every data model: unknown keys are errors, text is trimmed.

    A validated record remembers where it came from (file, lines, field path),
    so checks that run later (references between files) can still name the
    exact place: ``log.add(*record.where("sekolah"), message)``.
    """

    model_config = ConfigDict(
        extra="forbid",
        str_strip_whitespace=True,
        str_max_length=MAX_TEXT,
        coerce_numbers_to_str=True,
    )

    # Where the record was written, set by validate_record. One private attribute, not one
    # per detail, default None: pydantic makes each private default anew for every record
    # (about 2 µs each, measured), and a large portal validates tens of thousands of them.
    # It is read as ``__pydantic_private__["_origin"]``, pydantic's store of private
    # attributes: ``self._origin`` goes through ``BaseModel.__getattr__``, as slow again.
    _origin: Origin | None = PrivateAttr(default=None)

    @property
    def source_file(self) -> str:
        return self._where_from().file

    @property
    def line(self) -> int | None:
        return self._where_from().line

    def where(self, key: str | None = None, item: int | None = None) -> tuple[str, int | None, str]:
        """(file, line, field path) of this record or of one of its keys (and list item)."""
        origin = self._where_from()
        if key is None:
            return origin.file, origin.line, origin.field
        field = f"{origin.field}.{key}" if origin.field else key
        line = origin.key_lines.get(key, origin.line)
        if item is not None:
            field += f"[{item + 1}]"
            raw_items = origin.item_lines.get(key)
            if raw_items and item < len(raw_items):
                line = raw_items[item]
        return origin.file, line, field

    def _where_from(self) -> Origin:
        return self.__pydantic_private__["_origin"] or _NOWHERE

    def _remember_origin(self, raw: Any, file: str, field: str) -> None:
        raw_values = raw if isinstance(raw, dict) else {}
        item_lines = {}
        for key in type(self).model_fields:
            value, raw_value = getattr(self, key), raw_values.get(key)
            if isinstance(raw_value, LineList):
                item_lines[key] = raw_value.item_lines
            if isinstance(value, Record):
                value._remember_origin(raw_value, file, f"{field}.{key}" if field else key)
            elif isinstance(value, list) and isinstance(raw_value, list) and len(value) == len(raw_value):
                for position, (element, raw_element) in enumerate(zip(value, raw_value)):
                    if isinstance(element, Record):
                        path = f"{field}.{key}" if field else key
                        element._remember_origin(raw_element, file, f"{path}[{position + 1}]")
        key_lines = dict(getattr(raw, "key_lines", {}))
        self.__pydantic_private__["_origin"] = Origin(file, getattr(raw, "line", None), field, key_lines, item_lines)


class Origin(NamedTuple):
    """Where a record was written: its file and line, its field path (``anggota[3]``),
    the lines of its keys and of the items of its lists."""

    file: str
    line: int | None
    field: str
    key_lines: dict[str, int]
    item_lines: dict[str, list[int]]


_NOWHERE = Origin("", None, "", {}, {})  # a record made in code, not read from a file


# --- shared field types -------------------------------------------------------
#
# Each type's JSON Schema (schemas/*.json, see kkg_site.schema) states the same rule as
# its validator, with the same Indonesian message (``patternErrorMessage`` is shown by
# the YAML extension of VS Code), so an editor flags the mistakes `kkg-site periksa` does.


def schema_pattern(regex: re.Pattern[str]) -> str:
    """``regex`` as a JSON Schema pattern (ECMA 262, which has no flags).

    Under ``re.IGNORECASE`` every ASCII letter is spelled out as ``[aA]``.
    """
    if not regex.flags & re.IGNORECASE:
        return regex.pattern
    spelled, escaped, in_class = [], False, False
    for char in regex.pattern:
        if escaped:
            spelled.append(char)
            escaped = False
            continue
        if char == "\\":
            escaped = True
        elif char == "[":
            in_class = True
        elif char == "]":
            in_class = False
        elif char.isascii() and char.isalpha():
            both = char.lower() + char.upper()
            spelled.append(both if in_class else f"[{both}]")
            continue
        spelled.append(char)
    return "".join(spelled)


def text_schema(regex: re.Pattern[str], message: str, *, stripped: bool = False, **extra: Any) -> WithJsonSchema:
    """The JSON Schema of a text checked by ``regex`` (anchored ``^…$``), failing with
    ``message``; ``stripped``: the validator checks the text without surrounding spaces."""
    pattern = schema_pattern(regex)
    if stripped:
        pattern = rf"^\s*(?:{pattern[1:-1]})\s*$"
    return WithJsonSchema({"type": "string", "pattern": pattern, "patternErrorMessage": message, **extra})


# Python-Markdown recurses once per level of nested lists and quotes (a few hundred levels
# raise RecursionError) and slows down quadratically on long runs of unclosed brackets
# in three shapes, each unclosed mark or split line searching or copying the rest of its
# paragraph: "[" left open (40,000 take over a minute; 100 before 95,000 characters of one
# paragraph, 2.3 s), HTML tags left open (13,000 "<p" take 13 s) and headings or rules, which
# split their paragraph (25,000 lines "***" take 35 s). Real text needs none of these. Measured
# by hand with timers over 40,000 and 100,000 characters of runs of every Markdown mark:
# "*", "_", "`", "!", "(", "&", "\\", closed links, tables and lists stay linear.
MAX_MARKDOWN_DEPTH = 12
MAX_BRACKETS = 500
_QUADRATIC_BRACKETS = "[<"
MAX_BRACKET_SCAN = 4_000_000  # "[" in a paragraph × its length: about a second
MAX_SPLIT_LINES = 500
_SPLIT_LINE = re.compile(r"^ {0,3}(?:#|(?:=+|(?:[-*_][ \t]*){3,})[ \t]*$)", re.MULTILINE)
_PARAGRAPH_BREAK = re.compile(r"\n[ \t]*\n")
_NESTING = re.compile(r"^(?:[ \t]*(?:[-*+>]|\d{1,9}[.)])(?=[ \t]|$))+", re.MULTILINE)
_MARKER = re.compile(r"[-*+>]|\d{1,9}[.)]")


def markdown_problem(text: str) -> str | None:
    """Why ``text`` cannot be rendered as Markdown in reasonable time, or None."""
    depth = 0
    for match in _NESTING.finditer(text):
        indent = len(match.group().expandtabs(4)) - len(match.group().lstrip(" \t").expandtabs(4))
        depth = max(depth, indent // 4 + len(_MARKER.findall(match.group())))
    if depth > MAX_MARKDOWN_DEPTH:
        return (
            f"daftar atau kutipan bersarang terlalu dalam ({depth} tingkat); paling banyak {MAX_MARKDOWN_DEPTH} tingkat"
        )
    for bracket in _QUADRATIC_BRACKETS:
        if (count := text.count(bracket)) > MAX_BRACKETS:
            return f"terlalu banyak tanda {bracket} ({count}); paling banyak {MAX_BRACKETS}"
    if text.count("[") * len(text) > MAX_BRACKET_SCAN:  # rarely true: then paragraph by paragraph
        for paragraph in _PARAGRAPH_BREAK.split(text):
            if (count := paragraph.count("[")) * len(paragraph) > MAX_BRACKET_SCAN:
                return (
                    f"paragraf terlalu panjang untuk {count} tanda [ ({len(paragraph)} karakter); "
                    "pisahkan paragrafnya dengan baris kosong"
                )
    if (count := len(_SPLIT_LINE.findall(text))) > MAX_SPLIT_LINES:
        return f"terlalu banyak baris judul atau garis ({count}); paling banyak {MAX_SPLIT_LINES}"
    return None


def _check_markdown(value: str) -> str:
    if problem := markdown_problem(value):
        raise PydanticCustomError("kkg_markdown", problem)
    return value


Markdown = Annotated[
    str, AfterValidator(_check_markdown), Field(json_schema_extra={"contentMediaType": "text/markdown"})
]
"""Text the site renders as Markdown (several lines, **tebal**, lists)."""

_SLUG = re.compile(r"^[a-z0-9]+(?:-[a-z0-9]+)*$")
_SLUG_RULE = "id hanya boleh memuat huruf kecil, angka dan tanda hubung, tanpa spasi"


def slugify(text: str) -> str:
    return "-".join(re.findall(r"[a-z0-9]+", text.lower()))


MAX_ID = (
    120  # characters; an id names a folder and files of the site (kegiatan/<id>/<id>.ics), file names stop at 255 bytes
)


def _check_slug(value: Any) -> Any:
    if isinstance(value, str) and len(value) > MAX_ID:
        raise PydanticCustomError(
            "kkg_slug",
            "id terlalu panjang ({length} karakter); paling banyak {max} karakter",
            {"length": len(value), "max": MAX_ID, "suggestion": slugify(value)[:MAX_ID].rstrip("-") or None},
        )
    if isinstance(value, str) and not _SLUG.match(value) and (hidden := _HIDDEN.search(value)):
        # named before the format: the id looks right, and its slug would keep the letters either side apart
        visible = _HIDDEN.sub("", value)
        raise PydanticCustomError(
            "kkg_slug",
            "{message}",
            {
                "message": hidden_character_message(hidden.group()),
                "suggestion": visible if _SLUG.match(visible) else slugify(visible) or None,
            },
        )
    if isinstance(value, str) and not _SLUG.match(value):
        raise PydanticCustomError(
            "kkg_slug",
            _SLUG_RULE,
            {"suggestion": slugify(value) or None},
        )
    return value


Slug = Annotated[str, BeforeValidator(_check_slug), text_schema(_SLUG, _SLUG_RULE)]
"""An id such as ``sdn-1-sukamaju``: lowercase letters, digits and hyphens."""

_ISO_DATE = re.compile(r"^(\d{4})-(\d{1,2})-(\d{1,2})$")
_DATE_RULE = "tanggal harus ditulis TTTT-BB-HH, misalnya 2026-03-14"
_DAY_FIRST = re.compile(r"^(\d{1,2})[-/.](\d{1,2})[-/.](\d{4})$")


# Dates a KKG's records can hold; outside them the time zone has no fixed offset (Jakarta
# kept local mean time, +07:07:12, until 1924) and calendars overflow near year 9999.
FIRST_DATE = date(1970, 1, 1)
LAST_DATE = date(2099, 12, 31)


def _parse_date(value: Any) -> Any:
    if isinstance(value, date) and not FIRST_DATE <= value <= LAST_DATE:
        raise PydanticCustomError(
            "kkg_date",
            "tanggal {value} di luar rentang yang masuk akal ({first}–{last}); periksa tahunnya",
            {"value": value.isoformat(), "first": FIRST_DATE.year, "last": LAST_DATE.year},
        )
    if isinstance(value, date) or value is None:
        return value
    text = str(value).strip()
    if match := _ISO_DATE.match(text):
        year, month, day = (int(part) for part in match.groups())
        try:
            parsed = date(year, month, day)
        except ValueError:
            raise PydanticCustomError("kkg_date", "tanggal {value} tidak ada di kalender", {"value": text}) from None
        return _parse_date(parsed)
    suggestion = None
    if match := _DAY_FIRST.match(text):
        day, month, year = (int(part) for part in match.groups())
        with contextlib.suppress(ValueError):
            suggestion = date(year, month, day).isoformat()
    raise PydanticCustomError(
        "kkg_date",
        _DATE_RULE,
        {"suggestion": suggestion},
    )


# Editors are asked for the documented two-digit form (format "date" checks the calendar
# too); the validator also accepts 2026-3-4.
TANGGAL_SCHEMA = {
    "type": "string",
    "format": "date",
    "pattern": r"^\d{4}-\d{2}-\d{2}$",
    "patternErrorMessage": _DATE_RULE,
}

Tanggal = Annotated[date, BeforeValidator(_parse_date), WithJsonSchema(TANGGAL_SCHEMA)]
"""A date written ``YYYY-MM-DD``; day-first dates get a suggestion."""


_URL_BREAKERS = re.compile(r'[<>"`\\]')  # never raw in a real address; they could only break out of markup
_HTTPS = re.compile(r"^https://[^\s/?#]+\.[^\s/?#]+([/?#]\S*)?$")
_HTTPS_RULE = "alamat web harus diawali https:// dan tanpa spasi"
# For editors (JSON Schema), one pattern: an https address without those characters.
_HTTPS_AS_WRITTEN = re.compile(rf"^(?!.*{_URL_BREAKERS.pattern}){_HTTPS.pattern[1:]}")


def _check_https(value: Any) -> Any:
    if not isinstance(value, str):
        return value
    text = value.strip()
    if _URL_BREAKERS.search(text):
        raise PydanticCustomError(
            "kkg_url", 'alamat web tidak boleh memuat karakter < > " ` atau \\; salin ulang alamatnya dari peramban'
        )
    if _HTTPS.match(text):
        return text
    suggestion = None
    if text.startswith("http://"):
        suggestion = "https://" + text.removeprefix("http://")
    elif re.match(r"^[\w-]+(\.[\w-]+)+(/\S*)?$", text):
        suggestion = "https://" + text
    raise PydanticCustomError("kkg_url", _HTTPS_RULE, {"suggestion": suggestion})


HttpsUrl = Annotated[
    str, BeforeValidator(_check_https), text_schema(_HTTPS_AS_WRITTEN, _HTTPS_RULE, stripped=True, format="uri")
]


_DECIMAL = re.compile(r"[-+]?[0-9]+")
MAX_RUPIAH = 10**13 - 1  # a KKG's money; sums of many such amounts stay exact in every format


def _check_rupiah(value: Any) -> Any:
    """Whole rupiah only; "Rp1.250.000" or 1.250 (which YAML reads as 1,25) get a suggestion."""
    if isinstance(value, bool):
        raise PydanticCustomError("kkg_rupiah", "harus berupa jumlah rupiah, misalnya 1250000")
    if isinstance(value, int):
        written = written_as(value)
        if written is not None and not _DECIMAL.fullmatch(written):
            raise PydanticCustomError(  # 0x97B30, 0o17: YAML numbers no treasurer means as rupiah
                "kkg_rupiah",
                "jumlah rupiah ditulis dengan angka 0–9 saja, misalnya 1250000 ({written} bukan bilangan desimal)",
                {"written": written},
            )
        if abs(value) > MAX_RUPIAH:
            raise PydanticCustomError(
                "kkg_rupiah",
                "jumlah terlalu besar; paling banyak {max} rupiah",
                {"max": f"{MAX_RUPIAH:_}".replace("_", ".")},
            )
        return value
    suggestion = None
    if isinstance(value, float) and 0 < abs(value) < 1000 and (value * 1000).is_integer():
        suggestion = str(int(value * 1000))  # 1.250 was meant as 1250 with a thousands dot
    if isinstance(value, str) and re.fullmatch(
        r"-?\s*(Rp\.?\s*)?(\d{1,3}([.,]\d{3})+|\d+)(,-|,00)?", value.strip(), re.IGNORECASE
    ):
        digits = re.sub(r"(,-|,00)$", "", value.strip())
        suggestion = ("-" if digits.startswith("-") else "") + re.sub(r"\D", "", digits)
    raise PydanticCustomError(
        "kkg_rupiah",
        "jumlah rupiah ditulis sebagai bilangan bulat tanpa Rp, titik atau koma, misalnya 1250000",
        {"suggestion": suggestion},
    )


Rupiah = Annotated[int, BeforeValidator(_check_rupiah)]
"""An amount of money in whole rupiah, written as a plain integer (``1250000``)."""


def one_or_many(value: Any) -> Any:
    """Accept a single value where a list is expected (``kelas: 2``)."""
    return value if isinstance(value, list) else [value]


class ItemsOf:
    """JSON Schema of a ``list[Any]`` whose items are validated one by one elsewhere
    (``Annotated[list[Any], ItemsOf(Entri)]``), so that editors still see the items' model."""

    def __init__(self, model: type[BaseModel]) -> None:
        self.model = model

    def __get_pydantic_json_schema__(self, core_schema: Any, handler: Any) -> dict[str, Any]:
        return {**handler(core_schema), "items": handler(self.model.__pydantic_core_schema__)}


class SingleOrList:
    """JSON Schema of a list whose validator also takes one item (``kelas: 2``), and,
    with ``blank=True``, an empty key: ``Annotated[list[X], BeforeValidator(one_or_many), SingleOrList()]``."""

    def __init__(self, *, blank: bool = False) -> None:
        self.blank = blank

    def __get_pydantic_json_schema__(self, core_schema: Any, handler: Any) -> dict[str, Any]:
        many = handler(core_schema)
        options = [many, many["items"]] + ([{"type": "null"}] if self.blank else [])
        return {"anyOf": options}


# --- validation with Indonesian errors --------------------------------------------

M = TypeVar("M", bound=BaseModel)


def validate_record(
    model: type[M], raw: Any, file: str, log: ErrorLog, prefix: str = "", *, partial: bool = False
) -> M | None:
    """Validate ``raw`` against ``model``; errors are reported with their lines; None on failure.

    ``partial``: when only optional keys are wrong, return the record without
    them (they take their defaults), so the checks that run later (duplicate
    ids, references between files) report their own mistakes in the same run;
    the site is not built from it, since an error was reported. Only for
    models whose later checks never read a key that may have been dropped (a
    default ``hadir: []`` would make "the chair is not present" a false error).
    """
    if not isinstance(raw, dict):
        log.add(file, getattr(raw, "line", None) or None, prefix, _expected_mapping(raw))
        return None
    try:
        record = model.model_validate(raw)
    except ValidationError as error:
        report_validation_error(error, model, raw, file, log, prefix)
        record = _without_wrong_keys(model, raw, error) if partial else None
        if record is None:
            return None
    if isinstance(record, Record):
        record._remember_origin(raw, file, prefix)
        _report_active_content(record, log)
    return record


def _without_wrong_keys(model: type[M], raw: dict, error: ValidationError) -> M | None:
    wrong = set()
    for detail in error.errors(include_url=False):
        key = (detail["loc"] + _named_field(detail))[:1]
        if not key or key[0] not in raw:  # the record as a whole, or a missing key
            return None
        wrong.add(key[0])
    try:
        return model.model_validate({key: value for key, value in raw.items() if key not in wrong})
    except ValidationError:
        return None


# Characters no text of a record may hold, however written (raw ones are refused by the
# YAML reader; these arrive as escapes, "\x1b", or pasted): control characters but the tab
# and line feed, Unicode line separators, zero-width spaces and bidirectional overrides,
# which make a name read differently from what it is.
_HIDDEN = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f\u200b\u2028\u2029\u202a-\u202e\u2060\u2066-\u2069\ufeff]")


def hidden_character_message(char: str) -> str:
    name = unicodedata.name(char, "karakter kendali")
    return f"memuat karakter tak terlihat U+{ord(char):04X} ({name}); hapus karakter itu (ketik ulang teksnya)"


def _report_active_content(record: Record, log: ErrorLog) -> None:
    """Report hidden characters (error) and warn about pasted scripts and script URLs in any
    text of ``record`` or its nested records."""
    for key in type(record).model_fields:
        value = getattr(record, key)
        if isinstance(value, list):
            for position, item in enumerate(value):
                _report_in_value(record, key, position, item, log)
        else:
            _report_in_value(record, key, None, value, log)


def _report_in_value(record: Record, key: str, position: int | None, value: Any, log: ErrorLog) -> None:
    # Text first: most values are text, and isinstance() against a model class is slower.
    if isinstance(value, str):
        if hidden := _HIDDEN.search(value):
            log.add(*record.where(key, position), hidden_character_message(hidden.group()))
        if active_content.found_in(value):  # where() only for a finding: it costs more
            active_content.report(log, *record.where(key, position), value)
    elif isinstance(value, Record):
        _report_active_content(value, log)


def validate_list(model: type[M], raw: Any, file: str, log: ErrorLog, name: str, *, partial: bool = False) -> list[M]:
    """Validate a file that holds a list of records; invalid records are reported and left out.

    Records are numbered from 1 in messages (``anggota[3]`` is the third),
    because the people reading them count that way.
    """
    if raw is None:
        return []
    if not isinstance(raw, list):
        log.add(
            file,
            getattr(raw, "line", None) or 1,
            "",
            f"isi berkas harus berupa daftar {name} (tiap butir diawali '- ')",
        )
        return []
    records = []
    for position, item in enumerate(raw):
        line = raw.item_lines[position] if isinstance(raw, LineList) else None
        if item is None:
            log.add(file, line, f"{name}[{position + 1}]", "butir kosong; hapus tanda '-' yang berlebih")
            continue
        if not isinstance(item, dict):  # a text or a list has no line of its own: use the item's
            log.add(file, line, f"{name}[{position + 1}]", _expected_mapping(item))
            continue
        record = validate_record(model, item, file, log, prefix=f"{name}[{position + 1}]", partial=partial)
        if record is not None:
            records.append(record)
    return records


def raw_ids(raw: Any) -> set[str]:
    """Ids written in a list file, including those of records that failed validation.

    References to a record that has its own error are not reported again as
    dangling: one mistake, one message. An id that is not a valid slug
    (``Ani Lestari``) also counts in its slug form, the fix its message suggests.
    """
    if not isinstance(raw, list):
        return set()
    ids = set()
    for item in raw:
        if isinstance(item, dict) and item.get("id") is not None:
            written = str(item["id"])
            ids.add(written)
            if not _SLUG.match(written):
                ids.add(slugify(written))
    return ids


def ids_complete(raw: Any) -> bool:
    """Whether every record of a parsed list file states its id.

    When one does not (or the file holds no list), a reference that matches no
    id may well mean that record, so references into the file are not checked
    (``check_reference``): the record's own error is the one message.
    """
    if raw is None:
        return True
    if not isinstance(raw, list):
        return False
    return all(item is None or (isinstance(item, dict) and item.get("id") is not None) for item in raw)


def _expected_mapping(raw: Any) -> str:
    if raw is None:
        return "kosong; isi dengan pasangan kunci: nilai"
    if isinstance(raw, list):
        return "harus berupa pasangan kunci: nilai, bukan daftar; hapus tanda '-' di awal baris"
    return "harus berupa pasangan kunci: nilai (bukan " + _kind(raw) + ")"


def _kind(value: Any) -> str:
    if isinstance(value, list):
        return "daftar"
    if isinstance(value, bool):
        return "true/false"
    if isinstance(value, (int, float)):
        return "angka"
    return "teks"


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
        loc = _data_path(raw, detail["loc"] + _named_field(detail))
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


def choice(choices: Iterable[str], synonyms: dict[str, str]) -> BeforeValidator:
    """Choices match without regard to case; a known synonym is refused with the choice it means."""
    listed = ", ".join(choices)

    def check(value: Any) -> Any:
        if not isinstance(value, str):
            return value
        text = value.strip().lower()
        if text in synonyms:
            raise PydanticCustomError(
                "kkg_choice",
                "harus salah satu dari: {choices}",
                {"choices": listed, "suggestion": synonyms[text]},
            )
        return text

    return BeforeValidator(check)


def field_error(key: str, message: str, suggestion: str | None = None) -> PydanticCustomError:
    """The error a model validator raises about one of the record's keys; it is
    reported at that key's line (``raise field_error("selesai", "...")``)."""
    return PydanticCustomError("kkg_field", "{message}", {"message": message, "field": key, "suggestion": suggestion})


def _named_field(detail: dict[str, Any]) -> tuple[Any, ...]:
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
    "date_type": _DATE_RULE,
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


def _translate(detail: dict[str, Any], model: type[BaseModel], loc: tuple[Any, ...]) -> tuple[str, str | None]:
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


__all__ = [
    "TANGGAL_SCHEMA",
    "HttpsUrl",
    "ItemsOf",
    "LineDict",
    "Markdown",
    "Record",
    "Rupiah",
    "SingleOrList",
    "Slug",
    "Tanggal",
    "choice",
    "field_error",
    "ids_complete",
    "one_or_many",
    "raw_ids",
    "schema_pattern",
    "slugify",
    "text_schema",
    "validate_list",
    "validate_record",
]
