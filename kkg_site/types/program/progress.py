"""How far the programme has come: the state of an item, and report periods.

The state of a programme item on a given day comes from its activities
(cancelled ones do not count):

* ``belum``: no activity has started (none recorded, or all still to come) and the item's
  school year has not reached its last day: merely scheduled;
* ``tidak``: no activity has started, and the school year is over: not carried out;
* ``terlaksana``: every activity is over and, for a long-term (``panjang``)
  item such as the fortnightly meetings, its school year has reached its last day;
* ``berjalan``: otherwise, i.e. some have started and some are running or
  still to come, or a long-term item's year is still running.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date
from typing import Any, Literal

from ...schoolyear import SchoolYear, Semester
from .model import Program

State = Literal["belum", "berjalan", "terlaksana", "tidak"]
STATE_LABELS: dict[str, str] = {
    "belum": "Belum dimulai",
    "berjalan": "Sedang berjalan",
    "terlaksana": "Terlaksana",
    "tidak": "Tidak terlaksana",
}
SEMESTER_LABELS: dict[str, str] = {"ganjil": "Semester Ganjil", "genap": "Semester Genap"}


def item_state(item: Program, activities: Iterable[Any], day: date) -> State:
    """The state on ``day`` of a programme item with these activities (kegiatan records)."""
    statuses = {a.status(day) for a in activities if not a.dibatalkan}
    if not statuses or statuses == {"akan datang"}:
        return "tidak" if day >= item.tahun_ajaran.end else "belum"
    if statuses == {"selesai"} and (item.jangka == "pendek" or day >= item.tahun_ajaran.end):
        return "terlaksana"
    return "berjalan"


@dataclass(frozen=True)
class Period:
    """What one report covers: a whole school year or one of its semesters."""

    year: SchoolYear
    semester: Semester | None = None

    @property
    def start(self) -> date:
        return self.year.semester(self.semester)[0] if self.semester else self.year.start

    @property
    def end(self) -> date:
        return self.year.semester(self.semester)[1] if self.semester else self.year.end

    @property
    def label(self) -> str:
        """ "Semester Ganjil Tahun Ajaran 2026/2027" or "Tahun Ajaran 2026/2027"."""
        prefix = f"{SEMESTER_LABELS[self.semester]} " if self.semester else ""
        return f"{prefix}Tahun Ajaran {self.year}"

    @property
    def slug(self) -> str:
        return f"{self.year.slug}-{self.semester}" if self.semester else self.year.slug

    @property
    def url(self) -> str:
        return f"program/laporan/{self.slug}/"

    def contains(self, day: date) -> bool:
        return self.start <= day <= self.end

    def as_of(self, today: date) -> date:
        """The day the report describes: the period's last day, or today while it runs."""
        return min(today, self.end)


def periods_of(year: SchoolYear, today: date) -> list[Period]:
    """The reports of a school year that can be written on ``today``: the year, then each
    semester that has begun."""
    candidates = [Period(year), Period(year, "ganjil"), Period(year, "genap")]
    return [period for period in candidates if period.start <= today]
