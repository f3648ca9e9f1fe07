"""What the anggota templates render: the list of members by school and a member's page."""

from __future__ import annotations

from dataclasses import dataclass

from ...people import PersonRef
from ..organisasi.collection import Schools
from .collection import Members
from .model import Anggota


@dataclass(frozen=True)
class MemberItem:
    """A member in the list: linked name, photo (or initials) and task."""

    person: PersonRef
    photo: str | None
    task: str | None


@dataclass(frozen=True)
class SchoolGroup:
    anchor: str  # the heading's id
    title: str
    members: tuple[MemberItem, ...]


@dataclass(frozen=True)
class Contact:
    """A private field the member published: label, value, and a link for an e-mail address."""

    label: str
    value: str
    href: str | None = None


@dataclass(frozen=True)
class MemberView:
    name: str
    photo: str | None
    task: str | None
    school: str | None
    status: str
    contacts: tuple[Contact, ...]
    roles: tuple[tuple[str, str], ...]  # (role, period), newest first
    links: tuple[tuple[str, str], ...]  # (label, site URL) of other types' items


def school_groups(members: Members, schools: Schools) -> list[SchoolGroup]:
    """The active members by school (schools by name, members by name); members whose school is
    not known come last, under "Sekolah belum diisi"."""
    by_school: dict[str, list[Anggota]] = {}
    for member in sorted(members.items, key=lambda m: m.nama):
        if member.aktif:
            by_school.setdefault(member.sekolah or "", []).append(member)
    groups = [(schools.get(school_id), group) for school_id, group in by_school.items()]
    return [
        SchoolGroup(
            school.id if school else "tanpa-sekolah",
            school.nama if school else "Sekolah belum diisi",
            tuple(MemberItem(_person(members, m), members.photo_url(m.id), m.tugas) for m in group),
        )
        for school, group in sorted(groups, key=lambda pair: pair[0].nama if pair[0] else "~")
    ]


def member_view(
    members: Members, member: Anggota, roles: list[tuple[str, str]], links: list[tuple[str, str]]
) -> MemberView:
    published = member.public_contact()
    return MemberView(
        name=member.nama,
        photo=members.photo_url(member.id),
        task=member.tugas,
        school=_person(members, member).affiliation,
        status="Anggota aktif" if member.aktif else "Tidak aktif",
        contacts=tuple(
            Contact(label, value, f"mailto:{value}" if label == "Surel" else None) for label, value in published.items()
        ),
        roles=tuple(roles),
        links=tuple(links),
    )


def _person(members: Members, member: Anggota) -> PersonRef:
    person = members.person(member.id)
    assert person is not None  # a member of the collection
    return person
