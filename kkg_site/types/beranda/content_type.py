"""Beranda (home page), the KKG's front door: who the KKG is (name, logo, cover photo), the tasks
members come for as tiles (agenda, materials, minutes, reports: each type's ``home_tile``), the
other sections as plain links, then the blocks other types contribute (next activities first)."""

from __future__ import annotations

from ...contenttype import ContentType
from ...page import PageMeta
from ...preview import LOGO
from ..organisasi.collection import Organisasi


class BerandaType(ContentType):
    name = "beranda"
    order = 0

    def nav(self) -> list[dict[str, str]]:
        return [{"Beranda": ""}]

    def pages(self, index, renderer):
        organisasi = index[Organisasi]
        kkg = organisasi.kkg
        sections = [s for t in index.types if (s := t.home_section(index, renderer)) is not None]
        tiles = sorted((tile for t in index.types if (tile := t.home_tile(index))), key=lambda tile: tile.order)
        tiled = {tile.url.split("/")[0] + "/" for tile in tiles}  # the sections the tiles lead into
        quick_links = [
            (title, url)
            for t in index.types
            if t is not self
            for entry in t.nav()
            for title, url in entry.items()
            if url not in tiled
        ]
        yield renderer.page(
            "",
            "Beranda",
            "beranda/beranda.html",
            description=(kkg.visi or kkg.nama),
            meta=PageMeta(hide=("toc", "navigation"), og_title=kkg.nama),
            tiles=tiles,
            quick_links=quick_links,
            logo_url=LOGO[0] if organisasi.logo else None,
            cover=organisasi.cover,
            cover_url=organisasi.cover_url,
            sections=sorted(sections, key=lambda s: s.order),
        )


CONTENT_TYPE = BerandaType()
