"""The link phase of pengurus: every officer and coordinator is a member."""

from __future__ import annotations

from ...checks import check_reference
from ...errors import ErrorLog
from ..anggota.collection import Members
from .collection import Boards
from .model import ROLES


def link_boards(boards: Boards, members: Members, log: ErrorLog) -> None:
    for board in boards.periods:
        for key in ROLES:
            check_reference(log, board, key, getattr(board, key), members, members.file)
        for coordinator in board.koordinator:
            check_reference(log, coordinator, "anggota", coordinator.anggota, members, members.file)
