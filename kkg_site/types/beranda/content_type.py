"""Beranda (home page), the KKG's front door: who the KKG is (name, logo, cover photo), the tasks
members come for as tiles (agenda, materials, minutes, reports: each type's ``home_tile``), the
other sections as plain links, then the blocks other types contribute (next activities first)."""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING

from ...contenttype import ContentType
from ...page import Page
from ..organisasi.collection import Organisasi
from .pages import URL, home_pages

if TYPE_CHECKING:
    from ...index import SiteIndex
    from ...render import Renderer


class BerandaType(ContentType):
    name = "beranda"
    order = 0
    requires = (Organisasi,)

    def nav(self) -> list[dict[str, str]]:
        return [{"Beranda": URL}]

    def pages(self, index: SiteIndex, renderer: Renderer) -> Iterator[Page]:
        return home_pages(self, index, renderer)


CONTENT_TYPE = BerandaType()
