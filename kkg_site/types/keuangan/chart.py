"""Geometry of the monthly bar chart, drawn at build time as inline SVG.

This module computes coordinates and texts; ``templates/grafik.html`` writes
the SVG. One group of two bars (income, spending) per month, a y axis with
round steps, and a ``<title>`` per group for pointer users. Screen-reader
users get the chart's title and description, and the monthly table below it.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

from babel.numbers import format_compact_decimal

from ...render import LOCALE, rupiah, tanggal
from .ledger import YearLedger

# A narrow drawing, so that its labels stay legible when a phone scales it down: style.css
# sets their size per screen width (at least 12 px as shown); the margins fit them.
WIDTH, HEIGHT = 480, 240
LEFT, RIGHT, TOP, BOTTOM = 74, 4, 12, 30  # margins: axis labels left, month names below
PLOT_HEIGHT = HEIGHT - TOP - BOTTOM
BAR_GAP = 2


@dataclass(frozen=True)
class Bar:
    kind: str  # "masuk" or "keluar": the CSS modifier
    x: float
    y: float
    width: float
    height: float


@dataclass(frozen=True)
class MonthGroup:
    label: str  # "Jul"
    title: str  # "Juli 2025: pemasukan Rp…, pengeluaran Rp…"
    label_x: float
    bars: tuple[Bar, Bar]


@dataclass(frozen=True)
class Tick:
    y: float
    label: str


@dataclass(frozen=True)
class BarChart:
    id: str  # prefix of the element ids (title, description)
    title: str
    description: str
    width: int
    height: int
    plot_left: int
    plot_right: int
    baseline: float
    ticks: list[Tick]
    groups: list[MonthGroup]


def nice_step(largest: int, steps: int = 4) -> int:
    """A round axis step (1, 2, 2.5 or 5 × 10ⁿ rupiah) so that about ``steps`` steps cover ``largest``."""
    if largest <= 0:
        return 1
    raw = largest / steps
    magnitude = 10 ** math.floor(math.log10(raw))
    for factor in (1, 2, 2.5, 5, 10):
        if factor * magnitude >= raw:
            return max(1, round(factor * magnitude))
    raise AssertionError("unreachable")


def monthly_chart(ledger: YearLedger, chart_id: str) -> BarChart:
    months = ledger.months
    largest = max((max(m.income, m.spending) for m in months), default=0)
    step = nice_step(largest)
    top = step * max(1, math.ceil(largest / step))
    scale = PLOT_HEIGHT / top
    baseline = TOP + PLOT_HEIGHT
    slot = (WIDTH - LEFT - RIGHT) / 12  # twelve slots: a short year keeps the same bar widths
    bar_width = slot * 0.36

    def bar(kind: str, x: float, value: int) -> Bar:
        height = value * scale
        return Bar(kind, round(x, 2), round(baseline - height, 2), round(bar_width, 2), round(height, 2))

    groups = []
    for position, month in enumerate(months):
        centre = LEFT + slot * (position + 0.5)
        groups.append(
            MonthGroup(
                label=tanggal(month.start, "LLL"),
                title=f"{tanggal(month.start, 'LLLL y')}: pemasukan {rupiah(month.income)}, pengeluaran {rupiah(month.spending)}",
                label_x=round(centre, 2),
                bars=(
                    bar("masuk", centre - bar_width - BAR_GAP / 2, month.income),
                    bar("keluar", centre + BAR_GAP / 2, month.spending),
                ),
            )
        )
    ticks = [
        Tick(round(baseline - value * scale, 2), format_compact_decimal(value, locale=LOCALE, fraction_digits=1))
        for value in range(0, top + 1, step)
    ]
    first, last = months[0].start, months[-1].start
    description = (
        f"Diagram batang pemasukan dan pengeluaran kas per bulan, {tanggal(first, 'LLLL y')} sampai {tanggal(last, 'LLLL y')}. "
        f"Total pemasukan {rupiah(ledger.income)}, total pengeluaran {rupiah(ledger.spending)}, "
        f"saldo akhir {rupiah(ledger.closing)}. Angka tiap bulan ada pada tabel di bawah diagram."
    )
    return BarChart(
        id=chart_id,
        title=f"Pemasukan dan pengeluaran per bulan, tahun ajaran {ledger.year.label}",
        description=description,
        width=WIDTH,
        height=HEIGHT,
        plot_left=LEFT,
        plot_right=WIDTH - RIGHT,
        baseline=baseline,
        ticks=ticks,
        groups=groups,
    )
