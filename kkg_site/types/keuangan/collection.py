"""The treasury collection (``index.get(Treasury)``) and its URLs: what other types may read.

Its entries have no ids (nothing refers to one), so it is a small dataclass, not an ``IdCollection``."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

from ...schoolyear import SchoolYear
from .ledger import YearLedger, build_ledgers
from .model import Entri, SaldoAwal

URL = "keuangan/"


def year_url(year: SchoolYear) -> str:
    return f"{URL}{year.slug}/"


def attachment_url(bukti: str) -> str:
    return f"{URL}bukti/{bukti.lower()}"  # a scan's Nota.PDF is published as nota.pdf


@dataclass
class Treasury:
    openings: list[SaldoAwal]  # at least one
    entries: list[Entri]
    file: str
    attachments: dict[str, Path] = field(default_factory=dict)  # bukti as written -> file

    def __len__(self) -> int:
        return len(self.entries)

    @property
    def first_year(self) -> SchoolYear:
        return min(s.tahun_ajaran for s in self.openings)

    def ledgers(self, today: date) -> list[YearLedger]:
        """Every school year from the first one to the one running ``today`` (or a later one
        that has entries or an opening balance), oldest first."""
        first = self.first_year
        opening = next(s.jumlah for s in self.openings if s.tahun_ajaran == first)
        last = max(
            [
                first,
                SchoolYear.of(today),
                *(SchoolYear.of(e.tanggal) for e in self.entries),
                *(s.tahun_ajaran for s in self.openings),
            ]
        )
        return build_ledgers(first, opening, self.entries, last, today)
