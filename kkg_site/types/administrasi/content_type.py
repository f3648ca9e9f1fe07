"""The paperwork type: declarations and its phases (see the package's docstring)."""

from __future__ import annotations

from collections.abc import Iterator

from markupsafe import Markup

from ...contenttype import ContentType, Dataset
from ...errors import ErrorLog
from ...index import SiteIndex
from ...page import Page
from ...reader import DataReader
from ...render import Renderer
from ..anggota.collection import Members
from ..kegiatan.collection import Activities
from ..organisasi.collection import Organisasi
from . import pages
from .collection import Paperwork
from .links import check_links


class AdministrasiType(ContentType):
    name = "administrasi"
    order = 45  # after kegiatan, whose records it reads
    requires = (Organisasi, Members, Activities)

    def load(self, reader: DataReader) -> Paperwork:
        return Paperwork()  # filled in by link, once activities, members and boards are known

    def link(self, index: SiteIndex, log: ErrorLog) -> None:
        check_links(index, log)

    def pages(self, index: SiteIndex, renderer: Renderer) -> Iterator[Page]:
        return pages.pages(index, renderer)

    def page_sections(self, index: SiteIndex, renderer: Renderer, url: str) -> list[Markup]:
        return pages.activity_sections(index, renderer, url)

    def member_links(self, index: SiteIndex, member_id: str) -> list[tuple[str, str]]:
        return pages.member_links(index, member_id)

    def open_data(self, index: SiteIndex) -> list[Dataset]:
        return pages.open_data(index)


CONTENT_TYPE = AdministrasiType()
