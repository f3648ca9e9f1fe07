"""The pages phase: the list by year, a page per meeting (with its pictures), the decision
register, the action-item tracker, the feed, the block on Beranda and the open data."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from markupsafe import Markup

from ...contenttype import HomeSection
from ...filecontent import published
from ...index import SiteIndex
from ...opendata import link
from ...page import Asset, GeneratedFile, Page, PageMeta
from ...render import Renderer, tanggal
from ...search import SearchMeta
from ..anggota.collection import Members
from ..kegiatan.collection import Activities
from .collection import REGISTER_URL, TRACKER_URL, URLS, Minutes, minutes_url, tracker_anchor
from .feed import feed_file
from .model import Notulen
from .views import (
    feed_link,
    feed_meta,
    index_view,
    meeting_view,
    register_meta,
    register_view,
    register_year,
    summary,
    tracker_view,
)

HOME_COUNT = 3  # latest minutes on Beranda


def pages(index: SiteIndex, renderer: Renderer) -> Iterator[Page | Asset | GeneratedFile]:
    minutes = index[Minutes]
    yield from _index_pages(minutes, renderer)
    for meeting in minutes.published:
        yield _meeting_page(meeting, index, renderer)
        for picture in meeting.gambar.values():
            yield published(picture.url, picture.source)
    yield from _register_pages(minutes, renderer)
    yield _tracker_page(minutes, index, renderer)
    yield feed_file(minutes, index, renderer)


def _index_pages(minutes: Minutes, renderer: Renderer) -> Iterator[Page]:
    meetings = index_view(minutes)
    yield renderer.page(
        meetings.list_url,
        "Notulen",
        "notulen/daftar.html",
        description=f"{len(minutes)} notulen rapat, dengan daftar keputusan dan tindak lanjut.",
        meta=feed_meta(meetings.list_url),
        years=meetings.recent,
        urls=URLS,
        **meetings.links(),
    )
    yield from meetings.pages(
        renderer,
        "notulen/daftar.html",
        title=lambda year: f"Notulen {year.year}",
        description=lambda year: f"{len(year.entries)} notulen rapat tahun {year.year}.",
        meta=feed_meta,
        view=lambda year: {"years": [year], "urls": URLS},
    )


def _meeting_page(meeting: Notulen, index: SiteIndex, renderer: Renderer) -> Page:
    url = minutes_url(meeting.id)
    published_time = f'<meta property="article:published_time" content="{meeting.tanggal.isoformat()}">'
    return renderer.page(
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
                    "tahun": [str(meeting.tanggal.year)],
                    **({"jenis rapat": [meeting.jenis]} if meeting.jenis else {}),
                },
                meta={"tanggal": tanggal(meeting.tanggal)},
            ),
        ),
        meeting=meeting,
        view=meeting_view(meeting, index),
        urls=URLS,
    )


def _register_pages(minutes: Minutes, renderer: Renderer) -> Iterator[Page]:
    decisions = register_view(minutes)
    total = sum(len(year.entries) for year in decisions.years)
    yield renderer.page(
        REGISTER_URL,
        "Daftar keputusan rapat",
        "notulen/keputusan.html",
        description=f"{total} keputusan dari {len(minutes)} rapat, terbaru lebih dahulu.",
        meta=register_meta(REGISTER_URL),
        years=[register_year(year) for year in decisions.recent],
        total=total,
        meeting_count=len(minutes),
        urls=URLS,
        **decisions.links(),
    )
    yield from decisions.pages(
        renderer,
        "notulen/keputusan.html",
        title=lambda year: f"Keputusan rapat {year.year}",
        description=lambda year: f"{len(year.entries)} keputusan rapat tahun {year.year}.",
        meta=register_meta,
        view=lambda year: {
            "years": [register_year(year)],
            "urls": URLS,
            "total": len(year.entries),
            "meeting_count": len({decision.meeting.id for decision in year.entries}),
        },
    )


def _tracker_page(minutes: Minutes, index: SiteIndex, renderer: Renderer) -> Page:
    tracker = tracker_view(minutes, index.site.today, index[Members])
    counts = tracker.counts
    return renderer.page(
        TRACKER_URL,
        "Tindak lanjut rapat",
        "notulen/tindak_lanjut.html",
        description=f"{counts['terlambat']} terlambat, {counts['terbuka']} belum selesai, {counts['selesai']} selesai.",
        meta=PageMeta(head=feed_link(TRACKER_URL), search=SearchMeta(kind="Notulen")),
        tracker=tracker,
        urls=URLS,
    )


def home_section(index: SiteIndex, renderer: Renderer) -> HomeSection | None:
    minutes = index[Minutes]
    if not minutes.published:
        return None
    overdue = sum(item.status(index.site.today) == "terlambat" for _, item in minutes.action_items)
    html = renderer.render(
        "notulen/beranda.html", "", meetings=minutes.published[:HOME_COUNT], overdue=overdue, urls=URLS
    )
    return HomeSection("Notulen rapat terbaru", html, order=60)


def member_links(index: SiteIndex, member_id: str) -> list[tuple[str, str]]:
    """The member's action items on the tracker, with how many are still open."""
    items = [item for _, item in index[Minutes].action_items if item.pj == member_id]
    if not items:
        return []
    still_open = sum(item.selesai is None for item in items)
    label = f"Tindak lanjut rapat ({still_open} terbuka)" if still_open else "Tindak lanjut rapat (semua selesai)"
    return [(label, f"{TRACKER_URL}#{tracker_anchor(member_id)}")]


def open_data_records(index: SiteIndex) -> list[dict[str, Any]]:
    """The published meetings (never drafts), newest first, as their pages show them."""
    minutes = index[Minutes]
    members = index[Members]
    activities = index.get(Activities)

    def person(member_id: str | None) -> dict[str, str | None] | None:
        ref = members.person(member_id)
        return ref.data(index.site) if ref else None

    return [
        {
            "id": meeting.id,
            "judul": meeting.judul,
            "tanggal": meeting.tanggal.isoformat(),
            "jam": str(meeting.jam) if meeting.jam else None,
            "tempat": meeting.tempat,
            "jenis": meeting.jenis,
            "pimpinan": person(meeting.pimpinan),
            "notulis": person(meeting.notulis),
            "hadir": [person(member_id) for member_id in meeting.hadir],
            "izin": [person(member_id) for member_id in meeting.izin],
            "tamu": meeting.tamu,
            "agenda": meeting.agenda,
            "keputusan": meeting.keputusan,
            "tindak_lanjut": [
                {
                    "tugas": item.tugas,
                    "pj": person(item.pj),
                    "tenggat": item.tenggat.isoformat() if item.tenggat else None,
                    "selesai": item.selesai.isoformat() if item.selesai else None,
                    "status": item.status(index.site.today),
                }
                for item in meeting.tindak_lanjut
            ],
            "kegiatan": link(index, activities.url(meeting.kegiatan)) if activities and meeting.kegiatan else None,
            "pembahasan": meeting.pembahasan,
            "url": link(index, minutes_url(meeting.id)),
        }
        for meeting in minutes.published
    ]
