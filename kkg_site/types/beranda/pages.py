"""The pages phase of beranda: the home page, from every type's tile, section and nav entries."""

from __future__ import annotations

from collections.abc import Iterator

from ...contenttype import ContentType
from ...index import SiteIndex
from ...page import Page, PageMeta
from ...preview import LOGO
from ...render import Renderer
from ..organisasi.collection import Organisasi

URL = ""  # the site's root


def home_pages(home: ContentType, index: SiteIndex, renderer: Renderer) -> Iterator[Page]:
    organisasi = index[Organisasi]
    kkg = organisasi.kkg
    assert kkg is not None  # data/kkg.yml is required: with errors in it, the build stops before pages
    sections = [s for t in index.types if (s := t.home_section(index, renderer)) is not None]
    tiles = sorted((tile for t in index.types if (tile := t.home_tile(index))), key=lambda tile: tile.order)
    tiled = {tile.url.split("/")[0] + "/" for tile in tiles}  # the sections the tiles lead into
    quick_links = [
        (title, url)
        for t in index.types
        if t is not home
        for entry in t.nav()
        for title, url in entry.items()
        if url not in tiled
    ]
    yield renderer.page(
        URL,
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
