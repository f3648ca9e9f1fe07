"""The pages phase of pengurus: page Pengurus (the current board first) and its open data."""

from __future__ import annotations

from collections.abc import Iterator

from ...contenttype import Dataset
from ...index import SiteIndex
from ...page import Page, PageMeta
from ...people import PersonRef
from ...render import Renderer
from ...search import SearchMeta
from ...site import SiteInfo
from ..anggota.collection import SEARCH_KIND, Members
from .collection import URL, Boards
from .model import DUTIES, ROLES
from .views import board_view


def board_pages(index: SiteIndex, renderer: Renderer) -> Iterator[Page]:
    boards = index[Boards]
    current = boards.current(index.site.today)
    yield renderer.page(
        URL,
        "Pengurus",
        "pengurus/pengurus.html",
        description=f"Susunan pengurus periode {current.periode}." if current else "Susunan pengurus.",
        meta=PageMeta(search=SearchMeta(kind=SEARCH_KIND)),
        current=board_view(index, current) if current else None,
        earlier=[board_view(index, b) for b in reversed(boards.periods) if b is not current],
        coordinator_duty=DUTIES["koordinator"],
    )


def boards_data(index: SiteIndex) -> Dataset:
    """Every period shown on Pengurus, oldest first; people by id, name and page."""
    boards = index[Boards]
    members = index[Members]
    current = boards.current(index.site.today)
    records = [
        {
            "periode": board.periode,
            "mulai": board.mulai.isoformat(),
            "selesai": board.selesai.isoformat(),
            "berlaku": board is current,
            "sk": board.sk,
            **{key: _data(members.person(getattr(board, key)), index.site) for key in ROLES},
            "koordinator": [
                {"bidang": c.bidang, "anggota": _data(members.person(c.anggota), index.site)} for c in board.koordinator
            ],
        }
        for board in boards.periods
    ]
    return Dataset("pengurus", "Pengurus KKG", records)


def _data(person: PersonRef | None, site: SiteInfo) -> dict[str, str | None] | None:
    return person.data(site) if person else None
