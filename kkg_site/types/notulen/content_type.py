"""The minutes content type: declarations and the phases, carried out by the modules beside it."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date

from ...checks import IMAGE_SUFFIXES
from ...contenttype import ContentType, Dataset, HomeSection, HomeTile, NewFile
from ...datafiles import DataFile, Upload
from ...errors import ErrorLog
from ...index import SiteIndex
from ...page import Asset, GeneratedFile, Page
from ...reader import DataReader
from ...render import Renderer
from ..anggota.collection import Members
from ..kegiatan.collection import Activities
from ..organisasi.collection import Organisasi
from . import pages, scaffold
from .collection import FOLDER, INDEX_URL, Minutes
from .links import link_minutes
from .load import IMAGES, load_minutes
from .model import Notulen


class NotulenType(ContentType):
    name = "notulen"
    order = 60
    nav_title = "Notulen"
    requires = (Organisasi, Members)
    data_files = (
        DataFile(
            "notulen",
            f"{FOLDER}/*.md",
            Notulen,
            "Notulen rapat",
            "Front matter notulen satu rapat (data/notulen/TTTT-BB-HH-judul.md); di bawahnya pembahasan dalam Markdown.",
            new_file="{tanggal}-{judul}",
            body="Pembahasan",
            # images pasted into the discussion: their own folder, not the first media folder
            uploads={"body": Upload(f"{FOLDER}/{IMAGES}", "image", IMAGE_SUFFIXES, written_from=FOLDER)},
        ),
    )

    def load(self, reader: DataReader) -> Minutes:
        return load_minutes(reader)

    def link(self, index: SiteIndex, log: ErrorLog) -> None:
        link_minutes(index[Minutes], index[Members], index.get(Activities), log)

    def pages(self, index: SiteIndex, renderer: Renderer) -> Iterator[Page | Asset | GeneratedFile]:
        return pages.pages(index, renderer)

    def home_tile(self, index: SiteIndex) -> HomeTile:
        count = len(index[Minutes])
        return HomeTile("Notulen rapat", f"{count} notulen, keputusan dan tindak lanjut", INDEX_URL, order=30)

    def home_section(self, index: SiteIndex, renderer: Renderer) -> HomeSection | None:
        return pages.home_section(index, renderer)

    def member_links(self, index: SiteIndex, member_id: str) -> list[tuple[str, str]]:
        return pages.member_links(index, member_id)

    def scaffold(self, today: date, slug: str | None) -> NewFile:
        return scaffold.scaffold(today, slug)

    def open_data(self, index: SiteIndex) -> list[Dataset]:
        return [Dataset("notulen", "Notulen rapat", pages.open_data_records(index))]


CONTENT_TYPE = NotulenType()
