"""What the Keuangan pages and the Beranda section render (the chart's geometry is in :mod:`.chart`)."""

from __future__ import annotations

from dataclasses import dataclass

from ...people import PersonRef
from .ledger import YearLedger


@dataclass(frozen=True)
class YearLink:
    """A school year's ledger and its page."""

    ledger: YearLedger
    url: str


@dataclass(frozen=True)
class KindTotal:
    label: str  # "Iuran anggota"
    amount: int


@dataclass(frozen=True)
class Officers:
    """The current board's officers who sign the treasury's report (None: not known)."""

    treasurer: PersonRef | None
    chair: PersonRef | None
