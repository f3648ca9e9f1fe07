"""The activities of the KKG as one collection (``index[Activities]``), and their URLs."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from datetime import date

from ...checks import Image
from ...collection import IdCollection
from ...page import Link
from ...render import tanggal
from .model import Kegiatan

SECTION = "kegiatan"  # the list page; an activity's page is "kegiatan/<id>/"
FEED = "kegiatan.ics"  # every activity as an iCalendar feed


def kind_url(kind: str) -> str:
    """The list page of one kind of activity (``jenis``)."""
    return f"{SECTION}/jenis/{kind}/"


class Activities(IdCollection[Kegiatan]):
    """The valid activities, oldest first; ids are file names, known even when a file cannot be
    read, so references are always checked (``complete``)."""

    section = SECTION

    def __init__(
        self,
        items: Iterable[Kegiatan],
        file: str,
        failed_ids: Iterable[str] = (),
        photos: Mapping[str, list[Image]] | None = None,
    ) -> None:
        super().__init__(sorted(items, key=lambda a: (a.first_day, a.id)), file, failed_ids)
        self.photos: Mapping[str, list[Image]] = photos or {}  # activity id -> documentation photos

    def upcoming(self, today: date) -> list[Kegiatan]:
        """Activities not over yet (running ones included), soonest first."""
        return [a for a in self.items if not a.is_over(today)]

    def link(self, activity_id: str | None) -> Link | None:
        """A link to the activity's page titled with its name (None for an unknown id)."""
        activity = self.get(activity_id)
        return Link(activity.judul, self.url(activity.id)) if activity else None

    def calendar_url(self, activity_id: str) -> str:
        """The activity alone as an iCalendar file, beside its page."""
        return f"{self.url(activity_id)}{activity_id}.ics"

    @staticmethod
    def dates(activity: Kegiatan) -> str:
        """The days of an activity in Indonesian, as short as stays unambiguous:
        "Sabtu, 14 Maret 2026"; "Kamis–Sabtu, 16–18 Oktober 2025"."""
        start, end = activity.first_day, activity.last_day
        if start == end:
            return tanggal(start)
        if (start.year, start.month) == (end.year, end.month):
            return f"{tanggal(start, 'EEEE')}–{tanggal(end, 'EEEE')}, {start.day}–{tanggal(end, 'd MMMM y')}"
        if start.year == end.year:
            return f"{tanggal(start, 'EEEE, d MMMM')} – {tanggal(end)}"
        return f"{tanggal(start)} – {tanggal(end)}"
