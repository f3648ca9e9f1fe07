"""Field types shared by the record models of every content type.

Each type's JSON Schema (schemas/*.json, see kkg_site.schema) states the same rule as
its validator, with the same Indonesian message (``patternErrorMessage`` is shown by
the YAML extension of VS Code), so an editor flags the mistakes `kkg-site periksa` does.
"""

from __future__ import annotations

import contextlib
import re
from collections.abc import Iterable
from datetime import date
from typing import Annotated, Any

from pydantic import AfterValidator, BaseModel, BeforeValidator, Field, WithJsonSchema
from pydantic_core import PydanticCustomError

from .markdown_limits import markdown_problem
from .messages import DATE_RULE, HIDDEN, hidden_character_message
from .yamlio import written_as


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


def _check_markdown(value: str) -> str:
    if problem := markdown_problem(value):
        raise PydanticCustomError("kkg_markdown", problem)
    return value


Markdown = Annotated[
    str, AfterValidator(_check_markdown), Field(json_schema_extra={"contentMediaType": "text/markdown"})
]
"""Text the site renders as Markdown (several lines, **tebal**, lists)."""

SLUG = re.compile(r"^[a-z0-9]+(?:-[a-z0-9]+)*$")
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
    if isinstance(value, str) and not SLUG.match(value) and (hidden := HIDDEN.search(value)):
        # named before the format: the id looks right, and its slug would keep the letters either side apart
        visible = HIDDEN.sub("", value)
        raise PydanticCustomError(
            "kkg_slug",
            "{message}",
            {
                "message": hidden_character_message(hidden.group()),
                "suggestion": visible if SLUG.match(visible) else slugify(visible) or None,
            },
        )
    if isinstance(value, str) and not SLUG.match(value):
        raise PydanticCustomError(
            "kkg_slug",
            _SLUG_RULE,
            {"suggestion": slugify(value) or None},
        )
    return value


Slug = Annotated[str, BeforeValidator(_check_slug), text_schema(SLUG, _SLUG_RULE)]
"""An id such as ``sdn-1-contoh``: lowercase letters, digits and hyphens."""

_ISO_DATE = re.compile(r"^(\d{4})-(\d{1,2})-(\d{1,2})$")
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
        DATE_RULE,
        {"suggestion": suggestion},
    )


# Editors are asked for the documented two-digit form (format "date" checks the calendar
# too); the validator also accepts 2026-3-4.
TANGGAL_SCHEMA = {
    "type": "string",
    "format": "date",
    "pattern": r"^\d{4}-\d{2}-\d{2}$",
    "patternErrorMessage": DATE_RULE,
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
    """Accept a single value where a list is expected (``kelas: 2``), and a blank key as no items."""
    if value is None:
        return []
    return value if isinstance(value, list) else [value]


class ItemsOf:
    """JSON Schema of a ``list[Any]`` whose items are validated one by one elsewhere
    (``Annotated[list[Any], ItemsOf(Entri)]``), so that editors still see the items' model."""

    def __init__(self, model: type[BaseModel]) -> None:
        self.model = model

    def __get_pydantic_json_schema__(self, core_schema: Any, handler: Any) -> dict[str, Any]:
        return {**handler(core_schema), "items": handler(self.model.__pydantic_core_schema__)}


class SingleOrList:
    """JSON Schema of a list whose validator also takes one item (``kelas: 2``) and a blank key."""

    def __get_pydantic_json_schema__(self, core_schema: Any, handler: Any) -> dict[str, Any]:
        many = handler(core_schema)
        return {"anyOf": [many, many["items"], {"type": "null"}]}


OneOrMany = (BeforeValidator(one_or_many), SingleOrList())
"""A list also written as one item or left blank: ``Annotated[list[Slug], *OneOrMany]``."""

Teks = Annotated[str, Field(min_length=1)]
"""A text that may not be left empty."""


_EMAIL = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s]+$")
_EMAIL_RULE = "alamat surel tidak sah, contoh: nama@contoh.sch.id"


def _check_email(value: object) -> object:
    if isinstance(value, str) and not _EMAIL.match(value.strip()):
        raise PydanticCustomError("kkg_email", _EMAIL_RULE)
    return value


Surel = Annotated[str, BeforeValidator(_check_email), text_schema(_EMAIL, _EMAIL_RULE, stripped=True)]
"""An e-mail address."""


def _digits(count: int, label: str) -> tuple[BeforeValidator, WithJsonSchema]:
    """Exactly ``count`` digits; spaces are ignored and an unquoted number is accepted."""
    rule = f"{label} harus {count} angka"

    def check(value: object) -> object:
        text = str(value).replace(" ", "") if value is not None else value
        if isinstance(text, str) and not re.fullmatch(rf"\d{{{count}}}", text):
            written = f", tertulis {len(text)} angka" if text.isdigit() else ""
            raise PydanticCustomError(
                "kkg_digits",
                "{label} harus {count} angka{written}",
                {"label": label, "count": count, "written": written},
            )
        return text

    schema = {
        "type": ["string", "integer"],
        "pattern": f"^(?: *\\d){{{count}}} *$",
        "patternErrorMessage": rule,
        "minimum": 10 ** (count - 1),
        "maximum": 10**count - 1,
    }
    return BeforeValidator(check), WithJsonSchema(schema)


NPSN = Annotated[str, *_digits(8, "NPSN")]
NIP = Annotated[str, *_digits(18, "NIP")]
NUPTK = Annotated[str, *_digits(16, "NUPTK")]


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
