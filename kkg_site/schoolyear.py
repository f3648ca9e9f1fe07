"""School years (tahun ajaran) and their semesters.

An Indonesian school year runs from 1 July to 30 June and is written
``"2026/2027"``; its first semester (ganjil) is July–December, the second
(genap) January–June.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date
from typing import Annotated, Any, Literal

from pydantic import PlainValidator
from pydantic_core import PydanticCustomError

from .fields import text_schema

Semester = Literal["ganjil", "genap"]

_WRITTEN = re.compile(r"^(\d{4})\s*[/\-–]\s*(\d{4})$")
_WELL_WRITTEN = re.compile(r"^(\d{4})\s*/\s*(\d{4})$")  # the editors' check (JSON Schema)
_RULE = 'tahun ajaran ditulis sebagai dua tahun dipisah garis miring, dengan tanda kutip, misalnya "2026/2027"'


@dataclass(frozen=True, order=True)
class SchoolYear:
    first: int  # the calendar year in which it starts (July)

    @classmethod
    def of(cls, day: date) -> SchoolYear:
        return cls(day.year if day.month >= 7 else day.year - 1)

    @classmethod
    def parse(cls, text: str) -> SchoolYear:
        """``"2026/2027"``; raises ValueError otherwise (see :data:`TahunAjaran`)."""
        match = _WRITTEN.match(text.strip())
        if not match or int(match.group(2)) != int(match.group(1)) + 1 or "/" not in text:
            raise ValueError(text)
        return cls(int(match.group(1)))

    @property
    def label(self) -> str:
        return f"{self.first}/{self.first + 1}"

    @property
    def slug(self) -> str:
        return f"{self.first}-{self.first + 1}"

    @property
    def start(self) -> date:
        return date(self.first, 7, 1)

    @property
    def end(self) -> date:
        return date(self.first + 1, 6, 30)

    def next(self) -> SchoolYear:
        return SchoolYear(self.first + 1)

    def contains(self, day: date) -> bool:
        return self.start <= day <= self.end

    def semester(self, name: Semester) -> tuple[date, date]:
        """First and last day of the ganjil (Jul–Dec) or genap (Jan–Jun) semester."""
        if name == "ganjil":
            return self.start, date(self.first, 12, 31)
        return date(self.first + 1, 1, 1), self.end

    def months(self) -> list[date]:
        """The first day of each of its twelve months, July first."""
        return [date(self.first + (m < 7), m, 1) for m in (*range(7, 13), *range(1, 7))]

    def __str__(self) -> str:
        return self.label


def _parse_school_year(value: Any) -> Any:
    if isinstance(value, SchoolYear):
        return value
    text = str(value).strip() if value is not None else ""
    try:
        return SchoolYear.parse(text)
    except ValueError:
        pass
    message = _RULE
    suggestion = None
    if match := _WRITTEN.match(text):
        first, second = int(match.group(1)), int(match.group(2))
        if second != first + 1:
            message = f"tahun ajaran berlangsung 1 Juli–30 Juni, jadi tahun keduanya {first + 1}, bukan {second}"
        suggestion = f"{first}/{first + 1}"
    elif re.fullmatch(r"\d{4}", text):
        suggestion = f"{text}/{int(text) + 1}"
    raise PydanticCustomError("kkg_school_year", message, {"suggestion": suggestion})


TahunAjaran = Annotated[
    SchoolYear, PlainValidator(_parse_school_year), text_schema(_WELL_WRITTEN, _RULE, stripped=True)
]
"""A school year written ``"2026/2027"`` in data files (the second year is the first plus one)."""
