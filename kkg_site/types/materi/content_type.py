"""Teaching materials (``data/materi/**/<id>.yml`` and their attachments): the catalog.

One YAML file per material, anywhere under ``data/materi/`` (sub-folders by
subject are fine); the file name without ``.yml`` is its id and its page is
``materi/<id>/``, with the attachments copied beside the page. The catalog
(``materi/``) filters a compact JSON index in the browser; without JavaScript
it links to one page per subject, so no page grows with the whole collection.
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date

from ...contenttype import ContentType, Dataset, HomeSection, HomeTile, NewFile
from ...datafiles import DataFile, Upload
from ...errors import ErrorLog
from ...index import SiteIndex
from ...page import Asset, GeneratedFile, Page
from ...reader import DataReader
from ...render import Renderer
from ..anggota.collection import Members
from ..organisasi.collection import Organisasi
from . import pages
from .berkas import KINDS
from .collection import Materials
from .links import check_links
from .load import FOLDER, load_materials
from .model import Materi
from .scaffold import scaffold_text


class MateriType(ContentType):
    name = "materi"
    order = 50
    nav_title = "Materi"
    requires = (Organisasi, Members)
    data_files = (
        DataFile(
            "materi",
            f"{FOLDER}/**/*.yml",
            Materi,
            "Materi ajar",
            "Satu materi ajar (data/materi/<mapel>/<nama>.yml); lampirannya di folder yang sama.",
            new_file="{judul}",
            uploads={"berkas": Upload(FOLDER, "file", tuple(KINDS), written_from=f"{FOLDER}/*")},
        ),
    )

    def load(self, reader: DataReader) -> Materials:
        return load_materials(reader)

    def link(self, index: SiteIndex, log: ErrorLog) -> None:
        check_links(index, log)

    def pages(self, index: SiteIndex, renderer: Renderer) -> Iterator[Page | Asset | GeneratedFile]:
        return pages.pages(index, renderer, self.static_url("katalog.js"))

    def home_section(self, index: SiteIndex, renderer: Renderer) -> HomeSection | None:
        return pages.home_section(index, renderer)

    def home_tile(self, index: SiteIndex) -> HomeTile:
        return pages.home_tile(index)

    def member_links(self, index: SiteIndex, member_id: str) -> list[tuple[str, str]]:
        return pages.member_links(index, member_id)

    def scaffold(self, today: date, slug: str | None) -> NewFile:
        path = f"{FOLDER}/{slug or 'materi-baru'}.yml"
        return NewFile(path, self.data_files[0].modeline(path) + "\n" + scaffold_text(today))

    def open_data(self, index: SiteIndex) -> list[Dataset]:
        return [pages.dataset(index)]


CONTENT_TYPE = MateriType()
