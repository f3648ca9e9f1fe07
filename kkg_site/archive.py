"""Long lists split by year, so that no page grows with the portal's age.

A KKG's registers grow by a few hundred entries a year; after ten years one
page listing everything weighs more on a phone than the theme itself. A list
page therefore shows its newest years while they fit a budget of entries, and
every older year gets a page of its own (``<list URL><year>/``), linked from
the list page. A young portal with little data keeps everything on one page.
A year is a calendar year (``2024``) or a school year (``"2024/2025"``, page
``2024-2025/``).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator, Mapping
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, Generic, TypeVar

from .page import Page, PageMeta

if TYPE_CHECKING:
    from .render import Renderer

T = TypeVar("T")


@dataclass(frozen=True)
class Year(Generic[T]):
    year: int | str
    entries: list[T]
    url: str  # its own page, when it is archived; the list page's anchor otherwise

    @property
    def slug(self) -> str:
        return year_slug(self.year)


def year_slug(year: int | str) -> str:
    """The year in a URL or an anchor: ``2024``, ``2024-2025``."""
    return str(year).replace("/", "-")


@dataclass(frozen=True)
class Archive(Generic[T]):
    recent: list[Year[T]]  # on the list page, newest first
    older: list[Year[T]]  # a page each, newest first
    list_url: str

    @property
    def years(self) -> list[Year[T]]:
        return self.recent + self.older

    def links(self, year: Year[T] | None = None) -> dict[str, Any]:
        """What the macro ``m.year_archive`` links to (``archived``, ``latest_url``): from the
        list page (``year`` None) the archived years; from ``year``'s page the other archived
        years and the list page."""
        if year is None:
            return {"archived": self.older, "latest_url": None}
        return {"archived": [other for other in self.older if other is not year], "latest_url": self.list_url}

    def pages(
        self,
        renderer: Renderer,
        template: str,
        *,
        title: Callable[[Year[T]], str],
        description: Callable[[Year[T]], str],
        view: Callable[[Year[T]], Mapping[str, Any]],
        meta: Callable[[str], PageMeta] | None = None,
    ) -> Iterator[Page]:
        """A page for each archived year, rendered with the list page's ``template``: the
        year's ``view`` (what the template shows of it) and ``links(year)`` (``archived``,
        ``latest_url``) for the macro ``m.year_archive``. ``title``, ``description`` and
        ``meta`` (of the page's URL) are the page's own."""
        for year in self.older:
            yield renderer.page(
                year.url,
                title(year),
                template,
                description=description(year),
                meta=meta(year.url) if meta else None,
                **self.links(year),
                **view(year),
            )


def by_year(entries: Iterable[T], year_of: Callable[[T], int | str], list_url: str, budget: int) -> Archive[T]:
    """``entries`` (in display order) grouped by year, newest year first; the newest years
    holding at most ``budget`` entries (at least one year) stay on the list page at ``list_url``."""
    grouped: dict[int | str, list[T]] = {}
    for entry in entries:
        grouped.setdefault(year_of(entry), []).append(entry)
    recent: list[Year[T]] = []
    older: list[Year[T]] = []
    shown = 0
    for year, items in sorted(grouped.items(), reverse=True):
        if not recent or (not older and shown + len(items) <= budget):
            recent.append(Year(year, items, f"{list_url}#tahun-{year_slug(year)}"))
            shown += len(items)
        else:
            older.append(Year(year, items, f"{list_url}{year_slug(year)}/"))
    return Archive(recent, older, list_url)
