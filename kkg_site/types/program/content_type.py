"""The programme (``data/program.yml``): page Program Kerja and the Laporan Kegiatan reports.

Activities point to programme items with ``program:``; this type checks those
references. An item's state (belum / berjalan / terlaksana) comes from its
activities, see :mod:`.progress`. Reports are printable A4 documents for the
education office, one per school year and per semester that has begun.
"""

from __future__ import annotations

from ...archive import by_year
from ...checks import check_reference, unique_by
from ...contenttype import ContentType, HomeSection, HomeTile
from ...datafiles import DataFile
from ...errors import ErrorLog
from ...page import PageMeta
from ...reader import DataReader
from ...record import ids_complete, raw_ids, validate_list
from ...schoolyear import SchoolYear
from ...share import share
from ..anggota.collection import Members
from ..kegiatan.collection import Activities
from .collection import URL, YEARS_ON_PAGE, Programme
from .model import Program
from .progress import periods_of
from .report import programme_view, report_view

FILE = "program.yml"


def _covers(item: Program, year: SchoolYear) -> bool:
    """Whether activities of school year ``year`` may belong to ``item``."""
    return year == item.tahun_ajaran or (item.jangka == "panjang" and year > item.tahun_ajaran)


class ProgramType(ContentType):
    name = "program"
    order = 70
    nav_title = "Program Kerja"
    data_files = (
        DataFile(
            "program",
            FILE,
            list[Program],
            "Program kerja",
            "Butir program kerja KKG per tahun ajaran (data/program.yml).",
        ),
    )

    def load(self, reader: DataReader) -> Programme:
        listed = reader.yaml_file(FILE, required=False)
        records = validate_list(Program, listed.data, listed.file, reader.log, "program", partial=True)
        items = unique_by(records, "id", reader.log)
        complete = listed.ok and ids_complete(listed.data)
        return Programme(list(items.values()), raw_ids(listed.data) | set(items), listed.file, complete)

    def link(self, index, log: ErrorLog) -> None:
        programme: Programme = index[Programme]
        members = index.get(Members)
        if members is not None:
            for item in programme.items:
                check_reference(log, item, "penanggung_jawab", item.penanggung_jawab, members, members.file)
        activities = index.get(Activities)
        if activities is not None:
            for activity in activities.items:
                if check_reference(log, activity, "program", activity.program, programme, programme.file):
                    self._check_activity_year(activity, programme, log)

    @staticmethod
    def _check_activity_year(activity, programme: Programme, log: ErrorLog) -> None:
        """A short-term item's activities fall in its school year; a long-term item's not before it.
        The suggestion is the item of the same name in the activity's year, if there is one."""
        item = programme.get(activity.program)
        year = SchoolYear.of(activity.first_day)
        if item is None or _covers(item, year):
            return
        log.add(
            *activity.where("program"),
            f"kegiatan tahun ajaran {year} tidak termasuk program '{item.id}' (jangka {item.jangka}, "
            f"tahun ajaran {item.tahun_ajaran}); rujuk program tahun ajaran {year}",
            next(
                (o.id for o in programme.items if _covers(o, year) and o.nama.casefold() == item.nama.casefold()), None
            ),
        )

    def pages(self, index, renderer):
        programme: Programme = index[Programme]
        # Each school year is one entry: the newest years on Program Kerja, older ones on pages of their own.
        years = by_year(programme_view(index, programme), lambda view: view.year.label, URL, YEARS_ON_PAGE)
        yield renderer.page(
            "program/",
            "Program Kerja",
            "program/program.html",
            description=f"Program kerja KKG per tahun ajaran: {len(programme)} program, dengan kegiatan dan capaiannya.",
            years=[view for year in years.recent for view in year.entries],
            **years.links(),
        )
        for year, path, links in years.year_pages():
            yield renderer.page(
                path,
                f"Program Kerja {year.year}",
                "program/program.html",
                description=f"Program kerja KKG tahun ajaran {year.year}, dengan kegiatan dan capaiannya.",
                years=year.entries,
                **links,
            )
        for year in programme.years:
            for period in periods_of(year, index.site.today):
                view = report_view(index, programme, period)
                yield renderer.page(
                    f"program/laporan/{period.slug}/",
                    f"Laporan Kegiatan {period.label}",
                    "program/laporan.html",
                    description=f"Laporan kegiatan {view['kkg'].nama}, {period.label.lower()}, untuk Dinas Pendidikan.",
                    meta=PageMeta(hide=("navigation", "toc")),
                    share=share(
                        f"Laporan Kegiatan {view['kkg'].short_name}, {period.label}",
                        index.site.absolute_url(f"program/laporan/{period.slug}/"),
                    ),
                    **view,
                )

    def home_tile(self, index) -> HomeTile:
        """The newest Laporan Kegiatan that can be written today (else Program Kerja)."""
        periods = [p for year in index[Programme].years for p in periods_of(year, index.site.today)]
        latest = max(periods, key=lambda p: (p.start, p.semester is not None), default=None)
        if latest is None:
            return HomeTile("Program dan laporan", "Program kerja KKG dan capaiannya", URL, order=40)
        return HomeTile("Laporan kegiatan", f"{latest.label}, siap dicetak untuk Dinas", latest.url, order=40)

    def home_section(self, index, renderer) -> HomeSection | None:
        years = programme_view(index, index[Programme])
        year = next((y for y in years if y.running), years[0] if years else None)
        if year is None:
            return None
        html = renderer.render("program/beranda.html", "", year=year)
        return HomeSection(f"Program kerja {year.year}", html, order=70)


CONTENT_TYPE = ProgramType()
