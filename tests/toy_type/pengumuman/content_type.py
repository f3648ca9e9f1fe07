from __future__ import annotations

from collections.abc import Iterator

from kkg_site.contenttype import ContentType
from kkg_site.datafiles import DataFile
from kkg_site.index import SiteIndex
from kkg_site.page import Page, PageMeta
from kkg_site.reader import DataReader
from kkg_site.record import validate_list
from kkg_site.render import Renderer
from kkg_site.search import SearchMeta

from .collection import Announcements
from .model import Pengumuman

FILE = "pengumuman.yml"


class PengumumanType(ContentType):
    name = "pengumuman"
    order = 45
    nav_title = "Pengumuman"
    data_files = (DataFile("pengumuman", FILE, list[Pengumuman], "Pengumuman", "Pengumuman KKG."),)
    requires = (Announcements,)

    def load(self, reader: DataReader) -> Announcements:
        listed = reader.yaml_file(FILE, required=True)
        items = validate_list(Pengumuman, listed.data, listed.file, reader.log, "pengumuman")
        return Announcements(sorted(items, key=lambda item: item.tanggal, reverse=True))

    def pages(self, index: SiteIndex, renderer: Renderer) -> Iterator[Page]:
        yield renderer.page(
            "pengumuman/",
            "Pengumuman",
            "pengumuman/daftar.html",
            description="Pengumuman KKG.",
            meta=PageMeta(search=SearchMeta(kind="Pengumuman")),
            items=index[Announcements].items,
        )


CONTENT_TYPE = PengumumanType()
