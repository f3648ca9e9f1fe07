"""Activities (``data/kegiatan/*.yml``): Kegiatan pages, the calendar feed and next activities on Beranda."""

from __future__ import annotations

from datetime import date

from ...archive import by_year
from ...checks import IMAGE_SUFFIXES, check_reference
from ...contenttype import ContentType, Dataset, HomeSection, HomeTile
from ...datafiles import DataFile, Upload
from ...errors import ErrorLog
from ...filecontent import published
from ...page import GeneratedFile
from ...preview import Card
from ...reader import DataReader
from ...render import json_ld
from ...schoolyear import SchoolYear
from .calendar import CalendarWriter
from .collection import FOLDER, Activities, activity_url, read_activities
from .model import JENIS_LABELS, Kegiatan
from .scaffold import scaffold_text
from .view import ActivityView, Views, open_data_record

FEED = "kegiatan.ics"
HOME_COUNT = 3  # next activities shown on Beranda
PAST_BUDGET = 80  # past activities on a list page before older school years get pages of their own


class KegiatanType(ContentType):
    name = "kegiatan"
    order = 40
    nav_title = "Kegiatan"
    data_files = (
        DataFile(
            "kegiatan",
            f"{FOLDER}/*.yml",
            Kegiatan,
            "Kegiatan",
            "Satu kegiatan KKG (data/kegiatan/TTTT-BB-HH-nama-singkat.yml): jadwal, tempat, narasumber, laporan.",
            new_file="{tanggal}-{judul}",
            uploads={"dokumentasi": Upload(f"{FOLDER}/foto", "image", IMAGE_SUFFIXES, written_from=FOLDER)},
        ),
    )

    def load(self, reader: DataReader) -> Activities:
        return read_activities(reader)

    def link(self, index, log: ErrorLog) -> None:
        activities: Activities = index["kegiatan"]
        members = index.get("anggota")
        materials = index.get("materi")
        for activity in activities.items:
            if members is not None:
                check_reference(log, activity, "penanggung_jawab", activity.penanggung_jawab, members, members.file)
                for speaker in activity.narasumber:
                    check_reference(log, speaker, "anggota", speaker.anggota, members, members.file)
            if materials is not None:
                for position, material in enumerate(activity.materi):
                    check_reference(log, activity, "materi", material, materials, materials.file, item=position)

    def pages(self, index, renderer):
        context = Views(index)
        activities: Activities = index["kegiatan"]
        views = [context.of(a) for a in activities.items]
        kinds = [kind for kind in JENIS_LABELS if any(v.activity.jenis == kind for v in views)]
        upcoming = activities.upcoming(index.today)
        yield from _listing_pages(
            renderer,
            "kegiatan/",
            "Kegiatan",
            f"Jadwal, laporan dan kalender kegiatan {context.kkg.short_name}: {len(upcoming)} kegiatan akan datang.",
            views,
            index.today,
            kinds,
            None,
            feed=context.calendar_links(FEED),
        )
        for kind in kinds:
            label = JENIS_LABELS[kind]
            yield from _listing_pages(
                renderer,
                f"kegiatan/jenis/{kind}/",
                f"Kegiatan: {label}",
                f"Kegiatan KKG berjenis {label.lower()}.",
                [v for v in views if v.activity.jenis == kind],
                index.today,
                kinds,
                kind,
                feed=context.calendar_links(FEED),
            )
        calendars = CalendarWriter(context, views)
        paperwork = index.get("administrasi")  # letters and certificates (types/administrasi), when installed
        for view in views:
            card = index.previews.card("Kegiatan", view.activity.judul, view.summary)
            papers = paperwork.of(view.activity.id) if paperwork is not None else None
            yield _activity_page(view, context, renderer, card, papers)
            if view.addable:
                yield GeneratedFile(view.calendar_url, calendars.file([view], view.activity.judul))
            for photo in view.photos:
                yield published(photo.url, photo.source)
        yield GeneratedFile(FEED, calendars.file(views, f"Kegiatan {context.kkg.short_name}"))

    def home_section(self, index, renderer) -> HomeSection:
        context = Views(index)
        upcoming = [context.of(a) for a in index["kegiatan"].upcoming(index.today)[:HOME_COUNT]]
        html = renderer.render(
            "kegiatan/beranda.html", "index.md", upcoming=upcoming, feed=context.calendar_links(FEED)
        )
        return HomeSection("Kegiatan mendatang", html, order=10)

    def home_tile(self, index) -> HomeTile:
        upcoming = [a for a in index["kegiatan"].upcoming(index.today) if not a.dibatalkan]
        text = f"{len(upcoming)} kegiatan akan datang" if upcoming else "Jadwal dan laporan kegiatan"
        return HomeTile("Agenda kegiatan", f"{text}; tambahkan ke kalender Anda", "kegiatan/", order=10)

    def member_links(self, index, member_id: str) -> list[tuple[str, str]]:
        """The activities where the member spoke, latest first."""
        return [
            (f"Narasumber: {a.judul}", activity_url(a.id))
            for a in reversed(index["kegiatan"].items)
            if not a.dibatalkan and any(s.anggota == member_id for s in a.narasumber)
        ]

    def scaffold(self, today: date, slug: str | None) -> tuple[str, str]:
        path, text = scaffold_text(today, slug)
        return path, self.data_files[0].modeline(path) + "\n" + text

    def open_data(self, index) -> list[Dataset]:
        context = Views(index)
        records = [open_data_record(context.of(a), index) for a in index["kegiatan"].items]
        return [Dataset("kegiatan", "Kegiatan", records)]


def _listing_pages(renderer, url: str, title: str, description: str, views, today: date, kinds, current, **extra):
    """The Kegiatan page (or a per-jenis page) and a page for each older school year (kkg_site.archive)."""
    past = by_year(
        [v for v in reversed(views) if v.activity.is_over(today)],
        lambda view: SchoolYear.of(view.activity.mulai).label,
        url,
        PAST_BUDGET,
    )
    filters = [("Semua", "kegiatan/", current is None)]
    filters += [(JENIS_LABELS[kind], f"kegiatan/jenis/{kind}/", kind == current) for kind in kinds]
    yield renderer.page(
        f"{url}index.md",
        title,
        "kegiatan/daftar.html",
        description=description,
        upcoming=[v for v in views if not v.activity.is_over(today)],
        past=past.recent,
        filters=filters,
        **past.links(),
        **extra,
    )
    for year, path, links in past.year_pages():
        yield renderer.page(
            path,
            f"{title}, Tahun Pelajaran {year.year}",
            "kegiatan/daftar.html",
            description=f"{len(year.entries)} kegiatan pada Tahun Pelajaran {year.year}.",
            upcoming=None,
            past=[year],
            filters=filters,
            **links,
            **extra,
        )


def _activity_page(view: ActivityView, context: Views, renderer, card: Card, papers):
    activity = view.activity
    filters = {"jenis kegiatan": view.jenis_label, "status": view.status_label}
    if view.bidang_label:
        filters["bidang"] = view.bidang_label
    return renderer.page(
        f"kegiatan/{activity.id}.md",
        activity.judul,
        "kegiatan/kegiatan.html",
        description=view.summary,
        meta={
            "og_type": "article",
            "og_image": card.meta(),
            "kkg_head": json_ld(context.json_ld(view)),
            "search": {
                "kind": "Kegiatan",
                "filters": filters,
                "meta": {"tanggal": view.dates, "status": view.status_label},
            },
        },
        view=view,
        feed=context.calendar_links(FEED),
        papers=papers,
    )


CONTENT_TYPE = KegiatanType()
