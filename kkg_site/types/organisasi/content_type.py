"""The organisation (``data/kkg.yml``) and its schools (``data/sekolah.yml``): page Tentang."""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING, Any

from ...checks import IMAGE_SUFFIXES
from ...contenttype import ContentType, Dataset
from ...datafiles import DataFile, Upload
from ...errors import ErrorLog
from ...page import Asset, Page
from ...reader import DataReader
from ...site import SiteProfile
from .collection import Organisasi
from .links import link_organisasi
from .load import PROFILE_FILE, SCHOOLS_FILE, load_organisasi
from .model import KKG, Sekolah
from .pages import URL, about_pages, schools_data

if TYPE_CHECKING:
    from ...index import SiteIndex
    from ...render import Renderer


class OrganisasiType(ContentType):
    name = "organisasi"
    order = 10
    data_files = (
        DataFile(
            "kkg",
            PROFILE_FILE,
            KKG,
            "Profil KKG",
            "Identitas, wilayah, kontak, logo, visi dan misi KKG (data/kkg.yml).",
            uploads={key: Upload("foto", "image", IMAGE_SUFFIXES) for key in ("logo", "sampul")},
        ),
        DataFile(
            "sekolah", SCHOOLS_FILE, list[Sekolah], "Sekolah anggota", "Daftar sekolah anggota KKG (data/sekolah.yml)."
        ),
    )

    def load(self, reader: DataReader) -> Organisasi:
        return load_organisasi(reader)

    def site_profile(self, collection: Organisasi) -> SiteProfile | None:
        kkg = collection.kkg
        if kkg is None:
            return None
        return SiteProfile(
            name=kkg.nama,
            short_name=kkg.short_name,
            region=kkg.region,
            description=kkg.visi or kkg.nama,
            timezone=kkg.timezone,
            logo=collection.logo.path if collection.logo else None,
            address=kkg.alamat,
            phone=kkg.telepon,
            email=kkg.surel,
            whatsapp=kkg.whatsapp,
        )

    def template_globals(self, index: SiteIndex) -> dict[str, Any]:
        return {"kkg": index[Organisasi].kkg}  # letterheads, contacts

    def link(self, index: SiteIndex, log: ErrorLog) -> None:
        link_organisasi(index[Organisasi], log)

    def nav(self) -> list[dict[str, str]]:
        return [{"Tentang": URL}]

    def pages(self, index: SiteIndex, renderer: Renderer) -> Iterator[Page | Asset]:
        return about_pages(index, renderer)

    def open_data(self, index: SiteIndex) -> list[Dataset]:
        return [schools_data(index)]


CONTENT_TYPE = OrganisasiType()
