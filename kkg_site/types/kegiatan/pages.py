"""The pages phase: the list pages, a page and a calendar file per activity, the feed,
the Beranda section and tile, a member's activities and the open data."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from typing import Any

from ...archive import by_year
from ...contenttype import Dataset, HomeSection, HomeTile
from ...filecontent import published
from ...index import SiteIndex
from ...opendata import link
from ...page import Asset, GeneratedFile, Page, PageMeta
from ...render import Renderer, json_ld
from ...schoolyear import SchoolYear
from ...search import SearchMeta
from ..anggota.collection import Members
from .calendar import CalendarWriter
from .collection import FEED, SECTION, Activities, kind_url
from .model import JENIS_LABELS
from .views import ActivityView, CalendarLinks, Filter, Views

LIST_URL = f"{SECTION}/"
HOME_COUNT = 3  # next activities shown on Beranda
PAST_BUDGET = 80  # past activities on a list page before older school years get pages of their own


def pages(index: SiteIndex, renderer: Renderer) -> Iterator[Page | Asset | GeneratedFile]:
    context = Views(index)
    activities = index[Activities]
    views = [context.of(a) for a in activities.items]
    kinds = [kind for kind in JENIS_LABELS if any(v.activity.jenis == kind for v in views)]
    today = index.site.today
    feed = context.calendar_links(FEED)
    upcoming = activities.upcoming(today)
    description = (
        f"Jadwal, laporan dan kalender kegiatan {context.kkg.short_name}: {len(upcoming)} kegiatan akan datang."
    )
    yield from _listing_pages(renderer, LIST_URL, "Kegiatan", description, views, today, kinds, None, feed)
    for kind in kinds:
        label = JENIS_LABELS[kind]
        of_kind = [v for v in views if v.activity.jenis == kind]
        description = f"Kegiatan KKG berjenis {label.lower()}."
        yield from _listing_pages(
            renderer, kind_url(kind), f"Kegiatan: {label}", description, of_kind, today, kinds, kind, feed
        )
    calendars = CalendarWriter(context, views)
    for view in views:
        yield _activity_page(view, context, renderer, index, feed)
        if view.addable:
            yield GeneratedFile(view.calendar_url, calendars.file([view], view.activity.judul))
        for photo in view.photos:
            yield published(photo.url, photo.source)
    yield GeneratedFile(FEED, calendars.file(views, f"Kegiatan {context.kkg.short_name}"))


def _listing_pages(
    renderer: Renderer,
    url: str,
    title: str,
    description: str,
    views: list[ActivityView],
    today: date,
    kinds: list[str],
    current: str | None,
    feed: CalendarLinks,
) -> Iterator[Page]:
    """The Kegiatan page (or a per-jenis page) and a page for each older school year (kkg_site.archive)."""
    past = by_year(
        [v for v in reversed(views) if v.activity.is_over(today)],
        lambda view: SchoolYear.of(view.activity.first_day).label,
        url,
        PAST_BUDGET,
    )
    filters = [Filter("Semua", LIST_URL, current is None)]
    filters += [Filter(JENIS_LABELS[kind], kind_url(kind), kind == current) for kind in kinds]
    yield renderer.page(
        url,
        title,
        "kegiatan/daftar.html",
        description=description,
        upcoming=[v for v in views if not v.activity.is_over(today)],
        past=past.recent,
        filters=filters,
        feed=feed,
        **past.links(),
    )
    yield from past.pages(
        renderer,
        "kegiatan/daftar.html",
        title=lambda year: f"{title}, Tahun Pelajaran {year.year}",
        description=lambda year: f"{len(year.entries)} kegiatan pada Tahun Pelajaran {year.year}.",
        view=lambda year: {"upcoming": None, "past": [year], "filters": filters, "feed": feed},
    )


def _activity_page(
    view: ActivityView, context: Views, renderer: Renderer, index: SiteIndex, feed: CalendarLinks
) -> Page:
    filters = {"jenis kegiatan": [view.jenis_label], "status": [view.status_label]}
    if view.bidang_label:
        filters["bidang"] = [view.bidang_label]
    card = index.previews.card("Kegiatan", view.activity.judul, view.summary) if index.previews else None
    return renderer.page(
        view.url,
        view.activity.judul,
        "kegiatan/kegiatan.html",
        description=view.summary,
        meta=PageMeta(
            og_type="article",
            og_image=card,
            head=json_ld(context.json_ld(view)),
            search=SearchMeta(
                kind="Kegiatan", filters=filters, meta={"tanggal": view.dates, "status": view.status_label}
            ),
        ),
        view=view,
        feed=feed,
        list_url=LIST_URL,
        sections=[section for t in index.types for section in t.page_sections(index, renderer, view.url)],
    )


def home_section(index: SiteIndex, renderer: Renderer) -> HomeSection:
    context = Views(index)
    upcoming = [context.of(a) for a in index[Activities].upcoming(index.site.today)[:HOME_COUNT]]
    feed = context.calendar_links(FEED)
    html = renderer.render("kegiatan/beranda.html", "", upcoming=upcoming, feed=feed, list_url=LIST_URL)
    return HomeSection("Kegiatan mendatang", html, order=10)


def home_tile(index: SiteIndex) -> HomeTile:
    upcoming = [a for a in index[Activities].upcoming(index.site.today) if not a.dibatalkan]
    text = f"{len(upcoming)} kegiatan akan datang" if upcoming else "Jadwal dan laporan kegiatan"
    return HomeTile("Agenda kegiatan", f"{text}; tambahkan ke kalender Anda", LIST_URL, order=10)


def member_links(index: SiteIndex, member_id: str) -> list[tuple[str, str]]:
    """The activities where the member spoke, latest first."""
    activities = index[Activities]
    return [
        (f"Narasumber: {a.judul}", activities.url(a.id))
        for a in reversed(activities.items)
        if not a.dibatalkan and any(s.anggota == member_id for s in a.narasumber)
    ]


def open_data(index: SiteIndex) -> list[Dataset]:
    context = Views(index)
    records = [_open_data_record(context.of(a), index) for a in index[Activities].items]
    return [Dataset("kegiatan", "Kegiatan", records)]


def _open_data_record(view: ActivityView, index: SiteIndex) -> dict[str, Any]:
    """An activity as its page shows it, for open data."""
    activity = view.activity
    organiser = index[Members].person(activity.penanggung_jawab)
    return {
        "id": activity.id,
        "judul": activity.judul,
        "jenis": activity.jenis,
        "status": view.status,
        "mulai": activity.first_day.isoformat(),
        "selesai": activity.last_day.isoformat(),
        "jam": str(activity.jam) if activity.jam else None,
        "tempat": {"nama": view.place.name, "alamat": view.place.address} if view.place else None,
        "bidang": activity.bidang,
        # One shape for members and guests (unlike PersonRef.data): the dataset has always had it.
        "narasumber": [
            {
                "nama": s.person.name,
                "lembaga": s.person.affiliation,
                "topik": s.topic,
                "url": link(index, s.person.url) if s.person.url else None,
            }
            for s in view.speakers
        ],
        "penanggung_jawab": organiser.data(index.site) if organiser else None,
        "sasaran": activity.sasaran,
        "deskripsi": activity.deskripsi,
        "alasan": activity.alasan if activity.dibatalkan else None,
        "program": activity.program,
        "materi": [link(index, material.url) for material in view.materials],
        "jumlah_peserta": activity.jumlah_peserta,
        "laporan": activity.laporan,
        "foto": [link(index, photo.url) for photo in view.photos],
        "kalender": link(index, view.calendar_url) if view.addable else None,  # written only while it helps
        "url": link(index, view.url),
    }
