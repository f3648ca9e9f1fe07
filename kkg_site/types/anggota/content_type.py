"""Members (``data/anggota.yml``): page Anggota (by school) and a page per member."""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING

from ...checks import IMAGE_SUFFIXES
from ...contenttype import ContentType, Dataset
from ...datafiles import DataFile, Upload
from ...errors import ErrorLog
from ...page import Asset, GeneratedFile, Page
from ...reader import DataReader
from ..organisasi.collection import Organisasi
from .collection import Members
from .links import link_members
from .load import FILE, load_members
from .model import Anggota
from .pages import member_pages, members_data

if TYPE_CHECKING:
    from ...index import SiteIndex
    from ...render import Renderer


class AnggotaType(ContentType):
    name = "anggota"
    order = 20
    nav_title = "Anggota"
    data_files = (
        DataFile(
            "anggota",
            FILE,
            list[Anggota],
            "Anggota KKG",
            "Daftar anggota KKG (data/anggota.yml). NIP, NUPTK, telepon, surel dan alamat tidak ditampilkan "
            "di situs kecuali dicantumkan di publik.",
            uploads={"foto": Upload("foto", "image", IMAGE_SUFFIXES)},
        ),
    )
    requires = (Organisasi,)

    def load(self, reader: DataReader) -> Members:
        return load_members(reader)

    def link(self, index: SiteIndex, log: ErrorLog) -> None:
        link_members(index[Members], index[Organisasi], log)

    def pages(self, index: SiteIndex, renderer: Renderer) -> Iterator[Page | Asset | GeneratedFile]:
        return member_pages(index, renderer)

    def open_data(self, index: SiteIndex) -> list[Dataset]:
        return [members_data(index)]


CONTENT_TYPE = AnggotaType()
