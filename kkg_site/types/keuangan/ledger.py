"""The treasury's arithmetic: entries grouped by school year and month, with running balances.

The ledger starts at the earliest school year that has a ``saldo_awal``; every
later year opens with the closing balance of the year before it.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date

from ...schoolyear import SchoolYear
from .model import Entri

INCOME_KINDS = ("iuran", "hibah", "lainnya")


@dataclass(frozen=True)
class Row:
    entry: Entri
    balance: int  # after this entry


@dataclass(frozen=True)
class Month:
    start: date  # first day of the month
    income_by_kind: dict[str, int]
    spending: int  # a positive amount
    closing: int

    @property
    def income(self) -> int:
        return sum(self.income_by_kind.values())


@dataclass(frozen=True)
class YearLedger:
    year: SchoolYear
    opening: int
    rows: list[Row]  # by date; entries of one day keep their order in the file
    months: list[Month]  # July first, up to the last month shown

    @property
    def income(self) -> int:
        return sum(m.income for m in self.months)

    @property
    def spending(self) -> int:
        return sum(m.spending for m in self.months)

    @property
    def closing(self) -> int:
        return self.opening + self.income - self.spending

    def total(self, kind: str) -> int:
        if kind == "pengeluaran":
            return self.spending
        return sum(m.income_by_kind[kind] for m in self.months)


def build_ledgers(
    first: SchoolYear, opening: int, entries: Iterable[Entri], last: SchoolYear, today: date
) -> list[YearLedger]:
    """One ledger per school year from ``first`` to ``last``, oldest first.

    Entries outside those years are ignored (validation reports them). Months
    after ``today`` without entries are left out of the current year, so the
    chart does not show a row of empty future months.
    """
    ordered = sorted(entries, key=lambda e: e.tanggal)  # stable: same-day entries keep file order
    ledgers = []
    year, balance = first, opening
    while year <= last:
        year_entries = [e for e in ordered if year.contains(e.tanggal)]
        ledger = _year_ledger(year, balance, year_entries, today)
        ledgers.append(ledger)
        year, balance = year.next(), ledger.closing
    return ledgers


def _year_ledger(year: SchoolYear, opening: int, entries: list[Entri], today: date) -> YearLedger:
    rows = []
    balance = opening
    for entry in entries:
        balance += entry.signed
        rows.append(Row(entry, balance))
    last_entry = entries[-1].tanggal if entries else year.start
    shown_until = max(min(today, year.end), last_entry)
    months = []
    balance = opening
    for start in year.months():
        if start > shown_until:
            break
        in_month = [e for e in entries if (e.tanggal.year, e.tanggal.month) == (start.year, start.month)]
        income = {kind: sum(e.jumlah for e in in_month if e.jenis == kind) for kind in INCOME_KINDS}
        spending = sum(e.jumlah for e in in_month if e.is_spending)
        balance += sum(income.values()) - spending
        months.append(Month(start, income, spending, balance))
    return YearLedger(year, opening, rows, months)
