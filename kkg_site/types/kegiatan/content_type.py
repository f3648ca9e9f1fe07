"""Activities (``data/kegiatan/*.yml``): Kegiatan pages, the calendar feed and next activities on Beranda."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date

from ...contenttype import ContentType, Dataset, HomeSection, HomeTile, NewFile
from ...errors import ErrorLog
from ...index import SiteIndex
from ...page import Asset, GeneratedFile, Page
from ...reader import DataReader
from ...render import Renderer
from ..anggota.collection import Members
from ..materi.collection import Materials
from ..organisasi.collection import Organisasi
from . import pages
from .collection import Activities
from .links import check_links
from .load import DATA_FILE, read_activities
from .scaffold import scaffold


class KegiatanType(ContentType):
    name = "kegiatan"
    order = 40
    nav_title = "Kegiatan"
    data_files = (DATA_FILE,)
    requires = (Organisasi, Members)

    def load(self, reader: DataReader) -> Activities:
        return read_activities(reader)

    def link(self, index: SiteIndex, log: ErrorLog) -> None:
        check_links(index[Activities], index[Members], index.get(Materials), log)

    def pages(self, index: SiteIndex, renderer: Renderer) -> Iterator[Page | Asset | GeneratedFile]:
        return pages.pages(index, renderer)

    def home_section(self, index: SiteIndex, renderer: Renderer) -> HomeSection:
        return pages.home_section(index, renderer)

    def home_tile(self, index: SiteIndex) -> HomeTile:
        return pages.home_tile(index)

    def member_links(self, index: SiteIndex, member_id: str) -> list[tuple[str, str]]:
        return pages.member_links(index, member_id)

    def open_data(self, index: SiteIndex) -> list[Dataset]:
        return pages.open_data(index)

    def scaffold(self, today: date, slug: str | None) -> NewFile:
        return scaffold(today, slug)


CONTENT_TYPE = KegiatanType()
