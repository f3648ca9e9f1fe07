"""The anggota collection: what the type's pages and other types read from the index."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from pathlib import Path
from typing import TYPE_CHECKING

from ...collection import IdCollection
from ...people import PersonRef
from .model import Anggota

if TYPE_CHECKING:
    from ...index import SiteIndex

SEARCH_KIND = "Pengurus/Anggota"  # the kind of people pages in search results (shared with pengurus)
SECTION = "anggota"


class Members(IdCollection[Anggota]):
    """The members in the file's order, their photos, and their schools' names (set in the link
    phase, when the organisasi collection is known)."""

    section = SECTION

    def __init__(
        self,
        items: Iterable[Anggota],
        file: str,
        failed_ids: Iterable[str] = (),
        complete: bool = True,
        photos: Mapping[str, Path] | None = None,
    ) -> None:
        super().__init__(items, file, failed_ids, complete)
        self.photos: dict[str, Path] = dict(photos or {})  # member id -> photo file
        self.school_names: dict[str, str] = {}  # school id -> name

    def person(self, member_id: str | None) -> PersonRef | None:
        """The member as pages name them (linked, with their school); None for an unknown id."""
        member = self.get(member_id)
        if member is None:
            return None
        return PersonRef(member.nama, self.url(member.id), self.school_names.get(member.sekolah or ""), member.id)

    def photo_url(self, member_id: str) -> str | None:
        """Where the member's photo is published, if they have one."""
        source = self.photos.get(member_id)
        return f"{SECTION}/foto/{member_id}{source.suffix.lower()}" if source else None


def links_of(index: SiteIndex, member_id: str) -> list[tuple[str, str]]:
    """What every content type links to from a member (their materials, activities, …)."""
    return [link for t in index.types for link in t.member_links(index, member_id)]
