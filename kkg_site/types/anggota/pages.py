"""The pages phase of anggota: page Anggota (by school), a page per member, photos, open data."""

from __future__ import annotations

from collections.abc import Iterator

from ...contenttype import Dataset
from ...filecontent import published
from ...index import SiteIndex
from ...opendata import link
from ...page import Asset, GeneratedFile, Page, PageMeta
from ...render import Renderer
from ...search import SearchMeta
from ..organisasi.collection import Organisasi
from ..pengurus.collection import Boards
from .collection import SEARCH_KIND, SECTION, Members, links_of
from .views import member_view, school_groups

LIST_URL = f"{SECTION}/"


def member_pages(index: SiteIndex, renderer: Renderer) -> Iterator[Page | Asset | GeneratedFile]:
    members = index[Members]
    boards = index.get(Boards)
    groups = school_groups(members, index[Organisasi].schools)
    yield renderer.page(
        LIST_URL,
        "Anggota",
        "anggota/daftar.html",
        description=f"{sum(len(g.members) for g in groups)} anggota aktif dari {len(groups)} sekolah.",
        meta=PageMeta(search=SearchMeta(kind=SEARCH_KIND)),
        groups=groups,
    )
    for member in members.items:
        roles = boards.roles_of(member.id) if boards else []
        view = member_view(members, member, roles, links_of(index, member.id))
        yield renderer.page(
            members.url(member.id),
            member.nama,
            "anggota/anggota.html",
            description=", ".join(filter(None, [view.task, view.school])),
            meta=PageMeta(
                search=SearchMeta(kind=SEARCH_KIND, meta={"tugas": view.task or "", "sekolah": view.school or ""})
            ),
            member=view,
            list_url=LIST_URL,
        )
    for member_id, source in members.photos.items():
        photo = members.photo_url(member_id)
        assert photo is not None  # the member has a photo file
        yield published(photo, source)


def members_data(index: SiteIndex) -> Dataset:
    """What a member's page shows: no private field unless the member published it."""
    members = index[Members]
    records = []
    for member in sorted(members.items, key=lambda m: m.id):
        photo = members.photo_url(member.id)
        records.append(
            {
                "id": member.id,
                "nama": member.nama,
                "sekolah": member.sekolah,
                "tugas": member.tugas,
                "aktif": member.aktif,
                "foto": link(index, photo) if photo else None,
                "kontak": member.published_private(),
                "url": link(index, members.url(member.id)),
            }
        )
    return Dataset("anggota", "Anggota KKG", records)
