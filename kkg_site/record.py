"""The base of every record model and the validation of data files against it.

Every content type describes its records as pydantic models deriving from
:class:`Record`. A validated record remembers where it was written, so that later
checks can name the file, line and field; the errors themselves are translated by
:mod:`kkg_site.messages`.
"""

from __future__ import annotations

from typing import Any, NamedTuple, TypeVar

from pydantic import BaseModel, ConfigDict, PrivateAttr, ValidationError

from . import active_content
from .errors import ErrorLog
from .fields import SLUG, slugify
from .messages import HIDDEN, hidden_character_message, named_field, report_validation_error
from .yamlio import LineList

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
        return self.__pydantic_private__["_origin"] or _NOWHERE  # type: ignore[index]  # set for every model

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
        origin = Origin(file, getattr(raw, "line", None), field, key_lines, item_lines)
        self.__pydantic_private__["_origin"] = origin  # type: ignore[index]  # set for every model


class Origin(NamedTuple):
    """Where a record was written: its file and line, its field path (``anggota[3]``),
    the lines of its keys and of the items of its lists."""

    file: str
    line: int | None
    field: str
    key_lines: dict[str, int]
    item_lines: dict[str, list[int]]


_NOWHERE = Origin("", None, "", {}, {})  # a record made in code, not read from a file

M = TypeVar("M", bound=BaseModel)


def validate_record(
    model: type[M],
    raw: Any,
    file: str,
    log: ErrorLog,
    prefix: str = "",
    *,
    partial: bool = False,
    context: dict[str, Any] | None = None,
) -> M | None:
    """Validate ``raw`` against ``model``; errors are reported with their lines; None on failure.

    ``partial``: when only optional keys are wrong, return the record without
    them (they take their defaults), so the checks that run later (duplicate
    ids, references between files) report their own mistakes in the same run;
    the site is not built from it, since an error was reported. Only for
    models whose later checks never read a key that may have been dropped (a
    default ``hadir: []`` would make "the chair is not present" a false error).
    ``context``: what the model's validators need beyond the file's keys (pydantic's
    validation context), e.g. the id a file's name gives its record.
    """
    if not isinstance(raw, dict):
        log.add(file, getattr(raw, "line", None) or None, prefix, _expected_mapping(raw))
        return None
    record: M | None
    try:
        record = model.model_validate(raw, context=context)
    except ValidationError as error:
        report_validation_error(error, model, raw, file, log, prefix)
        record = _without_wrong_keys(model, raw, error, context) if partial else None
        if record is None:
            return None
    if isinstance(record, Record):
        record._remember_origin(raw, file, prefix)
        _report_active_content(record, log)
    return record


def _without_wrong_keys(model: type[M], raw: dict, error: ValidationError, context: dict[str, Any] | None) -> M | None:
    wrong = set()
    for detail in error.errors(include_url=False):
        key = (detail["loc"] + named_field(detail))[:1]
        if not key or key[0] not in raw:  # the record as a whole, or a missing key
            return None
        wrong.add(key[0])
    try:
        return model.model_validate({key: value for key, value in raw.items() if key not in wrong}, context=context)
    except ValidationError:
        return None


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
        if hidden := HIDDEN.search(value):
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
            if not SLUG.match(written):
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
