"""Minutes of meetings (``data/notulen/YYYY-MM-DD-slug.md``).

Pages: the list by year, one printable page per meeting, the decision register,
the action-item tracker, an Atom feed and a block on Beranda. Drafts
(``status: draf``) are checked but never published.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from datetime import date
from typing import Any

from markupsafe import Markup

from ...archive import Archive, Year
from ...checks import IMAGE_SUFFIXES
from ...contenttype import ContentType, Dataset, HomeSection, HomeTile, NewFile
from ...datafiles import DataFile, Upload
from ...errors import ErrorLog
from ...filecontent import published
from ...page import PageMeta
from ...reader import DataReader
from ...render import tanggal
from ...search import SearchMeta
from ..anggota.collection import Members
from ..kegiatan.collection import Activities
from .collection import Minutes, link_minutes, load_minutes, minutes_url
from .feed import feed_file
from .model import Notulen
from .scaffold import scaffold_minutes
from .views import (
    FEED_PATH,
    INDEX_URL,
    REGISTER_URL,
    TRACKER_URL,
    feed_link,
    index_view,
    meeting_view,
    open_data_records,
    register_meta,
    register_view,
    register_year,
    summary,
    tracker_anchor,
    tracker_view,
)

HOME_COUNT = 3  # latest minutes on Beranda


def year_pages(
    renderer,
    archive: Archive[Any],
    template: str,
    *,
    title: str,
    what: str,
    latest_url: str,
    view: Callable[[Year[Any]], dict[str, Any]],
    meta: Callable[[str], PageMeta] = lambda url: PageMeta(head=feed_link(url)),
) -> Iterator[Any]:
    """A page for each older year of a list (``<title> 2019``), linking the other years."""
    for year in archive.older:
        yield renderer.page(
            year.url,
            f"{title} {year.year}",
            template,
            description=f"{len(year.entries)} {what} tahun {year.year}.",
            meta=meta(year.url),
            archived=[other for other in archive.older if other is not year],
            latest_url=latest_url,
            **view(year),
        )


class NotulenType(ContentType):
    name = "notulen"
    order = 60
    nav_title = "Notulen"
    data_files = (
        DataFile(
            "notulen",
            "notulen/*.md",
            Notulen,
            "Notulen rapat",
            "Front matter notulen satu rapat (data/notulen/TTTT-BB-HH-judul.md); di bawahnya pembahasan dalam Markdown.",
            new_file="{tanggal}-{judul}",
            body="Pembahasan",
            # images pasted into the discussion: their own folder, not the first media folder
            uploads={"body": Upload("notulen/gambar", "image", IMAGE_SUFFIXES, written_from="notulen")},
        ),
    )

    def load(self, reader: DataReader) -> Minutes:
        return load_minutes(reader)

    def link(self, index, log: ErrorLog) -> None:
        link_minutes(index[Minutes], index[Members], index.get(Activities), log)

    def pages(self, index, renderer):
        minutes: Minutes = index[Minutes]
        meetings = index_view(minutes)
        yield renderer.page(
            "notulen/",
            "Notulen",
            "notulen/daftar.html",
            description=f"{len(minutes)} notulen rapat, dengan daftar keputusan dan tindak lanjut.",
            meta=PageMeta(head=feed_link("notulen/")),
            years=meetings.recent,
            archived=meetings.older,
            latest_url=None,
            feed_url=FEED_PATH,
        )
        yield from year_pages(
            renderer,
            meetings,
            "notulen/daftar.html",
            title="Notulen",
            what="notulen rapat",
            latest_url=INDEX_URL,
            view=lambda year: {"years": [year], "feed_url": FEED_PATH},
        )
        for meeting in minutes.published:
            url = f"notulen/{meeting.id}/"
            published_time = f'<meta property="article:published_time" content="{meeting.tanggal.isoformat()}">'
            yield renderer.page(
                url,
                meeting.judul,
                "notulen/notulen.html",
                description=summary(meeting),
                meta=PageMeta(
                    og_type="article",
                    head=Markup(published_time) + "\n" + feed_link(url),
                    search=SearchMeta(
                        kind="Notulen",
                        filters={
                            "tahun": str(meeting.tanggal.year),
                            **({"jenis rapat": meeting.jenis} if meeting.jenis else {}),
                        },
                        meta={"tanggal": tanggal(meeting.tanggal)},
                    ),
                ),
                **meeting_view(meeting, index),
            )
            for picture in meeting.gambar.values():
                yield published(picture.url, picture.source)
        decisions = register_view(minutes)
        total = sum(len(year.entries) for year in decisions.years)
        yield renderer.page(
            "notulen/keputusan/",
            "Daftar keputusan rapat",
            "notulen/keputusan.html",
            description=f"{total} keputusan dari {len(minutes)} rapat, terbaru lebih dahulu.",
            meta=register_meta("notulen/keputusan/"),
            years=[register_year(year) for year in decisions.recent],
            archived=decisions.older,
            latest_url=None,
            total=total,
            meeting_count=len(minutes),
        )
        yield from year_pages(
            renderer,
            decisions,
            "notulen/keputusan.html",
            title="Keputusan rapat",
            what="keputusan rapat",
            latest_url=REGISTER_URL,
            view=lambda year: {
                "years": [register_year(year)],
                "total": len(year.entries),
                "meeting_count": len({decision["meeting"].id for decision in year.entries}),
            },
            meta=register_meta,
        )
        tracker = tracker_view(minutes, index.site.today, index[Members])
        yield renderer.page(
            "notulen/tindak-lanjut/",
            "Tindak lanjut rapat",
            "notulen/tindak_lanjut.html",
            description=(
                f"{tracker['counts']['terlambat']} terlambat, {tracker['counts']['terbuka']} belum selesai, "
                f"{tracker['counts']['selesai']} selesai."
            ),
            meta=PageMeta(head=feed_link("notulen/tindak-lanjut/"), search=SearchMeta(kind="Notulen")),
            **tracker,
        )
        yield feed_file(minutes, index, renderer)

    def home_tile(self, index) -> HomeTile:
        count = len(index[Minutes].published)
        return HomeTile("Notulen rapat", f"{count} notulen, keputusan dan tindak lanjut", "notulen/", order=30)

    def home_section(self, index, renderer) -> HomeSection | None:
        minutes: Minutes = index[Minutes]
        if not minutes.published:
            return None
        overdue = sum(item.status(index.site.today) == "terlambat" for _, item in minutes.action_items)
        html = renderer.render("notulen/beranda.html", "", meetings=minutes.published[:HOME_COUNT], overdue=overdue)
        return HomeSection("Notulen rapat terbaru", html, order=60)

    def member_links(self, index, member_id: str) -> list[tuple[str, str]]:
        minutes: Minutes = index[Minutes]
        items = [item for _, item in minutes.action_items if item.pj == member_id]
        if not items:
            return []
        still_open = sum(item.selesai is None for item in items)
        label = f"Tindak lanjut rapat ({still_open} terbuka)" if still_open else "Tindak lanjut rapat (semua selesai)"
        return [(label, f"{TRACKER_URL}#{tracker_anchor(member_id)}")]

    def scaffold(self, today: date, slug: str | None) -> NewFile:
        return NewFile(*scaffold_minutes(today, slug))

    def open_data(self, index) -> list[Dataset]:
        return [Dataset("notulen", "Notulen rapat", open_data_records(index[Minutes], index))]


CONTENT_TYPE = NotulenType()

__all__ = ["CONTENT_TYPE", "Minutes", "minutes_url"]
