"""The anggota collection: what the type's pages and other types read from the index."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

from ...opendata import link
from ...people import PersonRef
from .model import Anggota

SEARCH_KIND = "Pengurus/Anggota"  # the kind of people pages in search results (shared with pengurus)


@dataclass
class Members:
    by_id: dict[str, Anggota]
    ids: set[str]  # includes members whose record has errors
    file: str
    photos: dict[str, Path] = field(default_factory=dict)  # member id -> photo file
    complete: bool = True  # False: some member ids are unknown, references go unchecked
    school_names: dict[str, str] = field(default_factory=dict)  # school id -> name (set in link)

    def __len__(self) -> int:
        return len(self.by_id)

    def __contains__(self, member_id: object) -> bool:
        return member_id in self.ids

    def __iter__(self) -> Iterator[str]:
        return iter(self.ids)

    def get(self, member_id: str | None) -> Anggota | None:
        return self.by_id.get(member_id or "")

    def url(self, member_id: str) -> str:
        return member_url(member_id)

    def person(self, member_id: str | None) -> PersonRef | None:
        """The member as pages name them (linked, with their school); None for an unknown id."""
        member = self.get(member_id)
        if member is None:
            return None
        return PersonRef(member.nama, member_url(member.id), self.school_names.get(member.sekolah or ""), member.id)


def links_of(index, member_id: str) -> list[tuple[str, str]]:
    """What every content type links to from a member (their materials, activities, …)."""
    return [link for t in index.types for link in t.member_links(index, member_id)]


def member_url(member_id: str) -> str:
    return f"anggota/{member_id}/"


def member_reference(index, member_id: str | None) -> dict[str, str] | None:
    """A member as other types' open data names them: id, name and page."""
    member = index[Members].get(member_id)
    if member is None:
        return None
    return {"id": member.id, "nama": member.nama, "url": link(index, member_url(member.id))}


def photo_url(member: Anggota, photos: dict[str, Path]) -> str | None:
    source = photos.get(member.id)
    return f"anggota/foto/{member.id}{source.suffix.lower()}" if source else None
