"""The programme type: declarations, and the phases that :mod:`.load`, :mod:`.links` and
:mod:`.pages` carry out."""

from __future__ import annotations

from collections.abc import Iterator

from ...contenttype import ContentType, HomeSection, HomeTile
from ...datafiles import DataFile
from ...errors import ErrorLog
from ...index import SiteIndex
from ...page import Page
from ...reader import DataReader
from ...render import Renderer
from ..organisasi.collection import Organisasi
from . import pages
from .collection import Programme
from .links import check_links
from .load import FILE, load_programme
from .model import Program


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
    requires = (Organisasi,)  # the reports' letterhead; members, activities, minutes and boards are optional

    def load(self, reader: DataReader) -> Programme:
        return load_programme(reader)

    def link(self, index: SiteIndex, log: ErrorLog) -> None:
        check_links(index, log)

    def pages(self, index: SiteIndex, renderer: Renderer) -> Iterator[Page]:
        yield from pages.programme_pages(index, renderer)
        yield from pages.report_pages(index, renderer)

    def home_tile(self, index: SiteIndex) -> HomeTile:
        return pages.home_tile(index)

    def home_section(self, index: SiteIndex, renderer: Renderer) -> HomeSection | None:
        return pages.home_section(index, renderer)


CONTENT_TYPE = ProgramType()
