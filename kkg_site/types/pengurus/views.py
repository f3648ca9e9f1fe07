"""What the Pengurus page renders: each period's board as cards of people."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from ...index import SiteIndex
from ...people import PersonRef
from ..anggota.collection import Members, links_of
from .model import DUTIES, ROLES, Pengurus


@dataclass(frozen=True)
class PersonCard:
    """A board member's card (``m.person_card``): role, the person, their photo, their duty and
    what they contributed (other types' ``member_links``)."""

    role: str
    person: PersonRef
    photo: str | None
    links: tuple[tuple[str, str], ...]
    duty: str | None = None


@dataclass(frozen=True)
class BoardView:
    period: str
    start: date
    end: date
    sk: str | None
    officers: tuple[PersonCard, ...]  # in the order of ROLES; a role nobody holds is left out
    coordinators: tuple[PersonCard, ...]  # by field


def board_view(index: SiteIndex, board: Pengurus) -> BoardView:
    members = index[Members]

    def card(role: str, member_id: str | None, duty: str | None = None) -> PersonCard | None:
        person = members.person(member_id)
        if member_id is None or person is None:
            return None
        return PersonCard(role, person, members.photo_url(member_id), tuple(links_of(index, member_id)), duty)

    officers = (card(label, getattr(board, key), DUTIES[key]) for key, label in ROLES.items())
    coordinators = (
        card(f"Koordinator {c.bidang}", c.anggota) for c in sorted(board.koordinator, key=lambda c: c.bidang)
    )
    return BoardView(
        board.periode,
        board.mulai,
        board.selesai,
        board.sk,
        tuple(c for c in officers if c),
        tuple(c for c in coordinators if c),
    )
