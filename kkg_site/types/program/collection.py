"""The programme collection (``index[Programme]``) and its URLs: what other types may read."""

from __future__ import annotations

from functools import cached_property

from ...archive import Archive, by_year
from ...collection import IdCollection
from ...schoolyear import SchoolYear
from .model import Program

URL = "program/"
YEARS_ON_PAGE = 2  # school years on Program Kerja: the running one and the one before


class Programme(IdCollection[Program]):
    """The programme items, in file order. An item has no page of its own: its URL is its card."""

    section = "program"

    def url(self, item_id: str) -> str:
        """The item's card: on Program Kerja, or on its school year's page once that year is archived."""
        item = self.get(item_id)
        page = self.archived_years.get(item.tahun_ajaran, URL) if item else URL
        return f"{page}#{item_id}"

    @cached_property
    def archive(self) -> Archive[SchoolYear]:
        """The school years, one entry each: the newest on Program Kerja, older ones on pages of their own."""
        return by_year(self.years, lambda year: year.label, URL, YEARS_ON_PAGE)

    @cached_property
    def archived_years(self) -> dict[SchoolYear, str]:
        """The URL of each school year on a page of its own."""
        return {year.entries[0]: year.url for year in self.archive.older}

    @cached_property
    def years(self) -> list[SchoolYear]:
        """School years with items, newest first."""
        return sorted({item.tahun_ajaran for item in self.items}, reverse=True)

    def of_year(self, year: SchoolYear) -> list[Program]:
        return [item for item in self.items if item.tahun_ajaran == year]
