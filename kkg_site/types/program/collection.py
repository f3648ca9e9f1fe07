"""The program collection: what the type's pages and other types read from the index."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from functools import cached_property

from ...archive import by_year
from ...schoolyear import SchoolYear
from .model import Program

URL = "program/"
YEARS_ON_PAGE = 2  # school years on Program Kerja: the running one and the one before


@dataclass
class Programme:
    """``index[Programme]``: the collection protocol over programme items."""

    items: list[Program]  # in file order
    ids: set[str]  # includes items with errors
    file: str
    complete: bool = True  # False: some item ids are unknown, references go unchecked

    def __len__(self) -> int:
        return len(self.items)

    def __contains__(self, item_id: object) -> bool:
        return item_id in self.ids

    def __iter__(self) -> Iterator[str]:
        return (item.id for item in self.items)

    def get(self, item_id: str | None) -> Program | None:
        return next((item for item in self.items if item.id == item_id), None)

    def url(self, item_id: str) -> str:
        """The item's card: on Program Kerja, or on its school year's page once that year is archived."""
        item = self.get(item_id)
        page = self.archived_years.get(item.tahun_ajaran, URL) if item else URL
        return f"{page}#{item_id}"

    @cached_property
    def archived_years(self) -> dict[SchoolYear, str]:
        """The URL of each school year on a page of its own (see ``ProgramType.pages``)."""
        archive = by_year(self.years, lambda year: year.label, URL, YEARS_ON_PAGE)
        return {year.entries[0]: year.url for year in archive.older}

    @property
    def years(self) -> list[SchoolYear]:
        """School years with items, newest first."""
        return sorted({item.tahun_ajaran for item in self.items}, reverse=True)

    def of_year(self, year: SchoolYear) -> list[Program]:
        return [item for item in self.items if item.tahun_ajaran == year]
