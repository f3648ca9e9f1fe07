"""Beranda (home page): who the KKG is, quick links, and the blocks other types contribute."""

from __future__ import annotations

from ...contenttype import ContentType
from ...page import page_url


class BerandaType(ContentType):
    name = "beranda"
    order = 0

    def nav(self) -> list[dict[str, str]]:
        return [{"Beranda": "index.md"}]

    def pages(self, index, renderer):
        kkg = index["organisasi"].kkg
        sections = [s for t in index.types if (s := t.home_section(index, renderer)) is not None]
        quick_links = [
            (title, page_url(path))
            for t in index.types
            if t is not self
            for entry in t.nav()
            for title, path in entry.items()
        ]
        yield renderer.page(
            "index.md",
            "Beranda",
            "beranda/beranda.html",
            description=(kkg.visi or kkg.nama),
            meta={"hide": ["toc"]},
            quick_links=quick_links,
            sections=sorted(sections, key=lambda s: s.order),
        )


CONTENT_TYPE = BerandaType()
