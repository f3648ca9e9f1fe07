"""The pages phase: Program Kerja and its archived school years, the Laporan Kegiatan reports,
and the programme's tile and section on Beranda."""

from __future__ import annotations

from collections.abc import Iterator

from ...contenttype import HomeSection, HomeTile
from ...index import SiteIndex
from ...page import Page, PageMeta
from ...render import Renderer
from ...share import share
from .collection import URL, Programme
from .progress import periods_of
from .report import programme_view, report_view


def programme_pages(index: SiteIndex, renderer: Renderer) -> Iterator[Page]:
    programme = index[Programme]
    views = {view.year: view for view in programme_view(index, programme)}
    archive = programme.archive
    yield renderer.page(
        URL,
        "Program Kerja",
        "program/program.html",
        description=f"Program kerja KKG per tahun ajaran: {len(programme)} program, dengan kegiatan dan capaiannya.",
        years=[views[year] for entry in archive.recent for year in entry.entries],
        **archive.links(),
    )
    yield from archive.pages(
        renderer,
        "program/program.html",
        title=lambda entry: f"Program Kerja {entry.year}",
        description=lambda entry: f"Program kerja KKG tahun ajaran {entry.year}, dengan kegiatan dan capaiannya.",
        view=lambda entry: {"years": [views[year] for year in entry.entries]},
    )


def report_pages(index: SiteIndex, renderer: Renderer) -> Iterator[Page]:
    programme = index[Programme]
    for year in programme.years:
        for period in periods_of(year, index.site.today):
            report = report_view(index, programme, period)
            yield renderer.page(
                period.url,
                f"Laporan Kegiatan {period.label}",
                "program/laporan.html",
                description=f"Laporan kegiatan {report.kkg.nama}, {period.label.lower()}, untuk Dinas Pendidikan.",
                meta=PageMeta(hide=("navigation", "toc")),
                share=share(
                    f"Laporan Kegiatan {report.kkg.short_name}, {period.label}", index.site.absolute_url(period.url)
                ),
                report=report,
            )


def home_tile(index: SiteIndex) -> HomeTile:
    """The newest Laporan Kegiatan that can be written today (else Program Kerja)."""
    periods = [p for year in index[Programme].years for p in periods_of(year, index.site.today)]
    latest = max(periods, key=lambda p: (p.start, p.semester is not None), default=None)
    if latest is None:
        return HomeTile("Program dan laporan", "Program kerja KKG dan capaiannya", URL, order=40)
    return HomeTile("Laporan kegiatan", f"{latest.label}, siap dicetak untuk Dinas", latest.url, order=40)


def home_section(index: SiteIndex, renderer: Renderer) -> HomeSection | None:
    years = programme_view(index, index[Programme])
    year = next((y for y in years if y.running), years[0] if years else None)
    if year is None:
        return None
    html = renderer.render("program/beranda.html", "", year=year, programme_url=URL)
    return HomeSection(f"Program kerja {year.year}", html, order=70)
