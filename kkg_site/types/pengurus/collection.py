"""The pengurus collection: what the type's pages and other types read from the index."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from .model import ROLES, Pengurus

URL = "pengurus/"  # the one page: every period's board


@dataclass
class Boards:
    periods: list[Pengurus]  # oldest first
    file: str

    def __len__(self) -> int:
        return len(self.periods)

    def current(self, today: date) -> Pengurus | None:
        """The board whose period contains ``today``, else the latest one."""
        for board in self.periods:
            if board.contains(today):
                return board
        return self.periods[-1] if self.periods else None

    def roles_of(self, member_id: str) -> list[tuple[str, str]]:
        """(role, period) pairs a member has held, newest first."""
        held = []
        for board in reversed(self.periods):
            for key, label in ROLES.items():
                if getattr(board, key) == member_id:
                    held.append((label, board.periode))
            held.extend((f"Koordinator {c.bidang}", board.periode) for c in board.koordinator if c.anggota == member_id)
        return held
