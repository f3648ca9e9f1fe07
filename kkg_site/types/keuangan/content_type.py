"""The treasury type: declarations, and the phases that :mod:`.load`, :mod:`.links` and
:mod:`.pages` carry out."""

from __future__ import annotations

from collections.abc import Iterator

from ...contenttype import ContentType, HomeSection
from ...datafiles import DataFile, Upload
from ...errors import ErrorLog
from ...index import SiteIndex
from ...page import Asset, GeneratedFile, Page
from ...reader import DataReader
from ...render import Renderer
from ..organisasi.collection import Organisasi
from . import pages
from .collection import Treasury
from .links import check_links
from .load import FILE, load_treasury
from .model import ATTACHMENT_SUFFIXES, Kas


class KeuanganType(ContentType):
    name = "keuangan"
    order = 80
    nav_title = "Keuangan"
    data_files = (
        DataFile(
            "kas",
            FILE,
            Kas,
            "Buku kas",
            "Saldo awal dan transaksi kas KKG (data/kas.yml), diisi bendahara.",
            uploads={"bukti": Upload("kas/bukti", "file", ATTACHMENT_SUFFIXES)},
        ),
    )
    requires = (Organisasi,)  # the pages' KKG name and place; members and boards are optional

    def load(self, reader: DataReader) -> Treasury | None:
        return load_treasury(reader)

    def link(self, index: SiteIndex, log: ErrorLog) -> None:
        check_links(index, log)

    def pages(self, index: SiteIndex, renderer: Renderer) -> Iterator[Page | Asset | GeneratedFile]:
        return pages.treasury_pages(index, renderer)

    def home_section(self, index: SiteIndex, renderer: Renderer) -> HomeSection | None:
        return pages.home_section(index, renderer)


CONTENT_TYPE = KeuanganType()
