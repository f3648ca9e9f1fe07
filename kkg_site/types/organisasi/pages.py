"""The pages phase of organisasi: page Tentang, the cover photo, the schools as open data."""

from __future__ import annotations

from collections.abc import Iterator

from ...contenttype import Dataset
from ...index import SiteIndex
from ...page import Asset, Page
from ...render import Renderer
from .collection import Organisasi

URL = "tentang/"


def about_pages(index: SiteIndex, renderer: Renderer) -> Iterator[Page | Asset]:
    organisasi = index[Organisasi]
    kkg = organisasi.kkg
    assert kkg is not None  # data/kkg.yml is required: with errors in it, the build stops before pages
    schools = sorted(organisasi.schools.items, key=lambda s: (s.status != "negeri", s.nama))
    yield renderer.page(
        URL,
        "Tentang",
        "organisasi/tentang.html",
        description=f"Profil {kkg.nama}: visi, misi, sekolah anggota dan kontak.",
        kkg=kkg,
        schools=schools,
        secretariat=organisasi.schools.get(kkg.sekretariat),
    )
    # The logo is published as drawn for pages and icons (kkg_site.preview), not as written.
    cover, cover_url = organisasi.cover, organisasi.cover_url
    if cover and cover_url:
        yield Asset(cover_url, cover.path)


def schools_data(index: SiteIndex) -> Dataset:
    schools = index[Organisasi].schools.items  # all shown on Tentang
    return Dataset("sekolah", "Sekolah anggota", [school.model_dump(mode="json") for school in schools])
