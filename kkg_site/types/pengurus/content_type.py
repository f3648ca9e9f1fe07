"""Boards by period (``data/pengurus.yml``): page Pengurus with the current board first."""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING

from ...contenttype import ContentType, Dataset
from ...datafiles import DataFile
from ...errors import ErrorLog
from ...page import Page
from ...reader import DataReader
from ..anggota.collection import Members
from .collection import Boards
from .links import link_boards
from .load import FILE, load_boards
from .model import Pengurus
from .pages import board_pages, boards_data

if TYPE_CHECKING:
    from ...index import SiteIndex
    from ...render import Renderer


class PengurusType(ContentType):
    name = "pengurus"
    order = 30
    nav_title = "Pengurus"
    data_files = (
        DataFile(
            "pengurus",
            FILE,
            list[Pengurus],
            "Pengurus KKG",
            "Susunan pengurus per periode, urut dari yang terlama (data/pengurus.yml).",
        ),
    )
    requires = (Members,)

    def load(self, reader: DataReader) -> Boards:
        return load_boards(reader)

    def link(self, index: SiteIndex, log: ErrorLog) -> None:
        link_boards(index[Boards], index[Members], log)

    def pages(self, index: SiteIndex, renderer: Renderer) -> Iterator[Page]:
        return board_pages(index, renderer)

    def open_data(self, index: SiteIndex) -> list[Dataset]:
        return [boards_data(index)]


CONTENT_TYPE = PengurusType()
