"""The treasury: balances add up, money is written the Indonesian way, the chart is real SVG."""

from __future__ import annotations

import itertools
import re
import xml.etree.ElementTree as ET
from collections import defaultdict
from datetime import date, timedelta
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from support.build import ROOT, TODAY
from support.data import demo_yaml
from support.pages import page

from kkg_site.render import rupiah
from kkg_site.schoolyear import SchoolYear
from kkg_site.types.keuangan.ledger import build_ledgers
from kkg_site.types.keuangan.model import Entri

KAS = demo_yaml("kas.yml")
MEMBERS = demo_yaml("anggota.yml")
SVG = "{http://www.w3.org/2000/svg}"


def money(text: str) -> int:
    """'Rp1.250.000' → 1250000, '-Rp5.000' → -5000, '–' → 0."""
    text = text.strip()
    if text in ("", "–"):
        return 0
    match = re.fullmatch(r"(-?)Rp([\d.]+)", text)
    assert match, text
    return int(match.group(1) + match.group(2).replace(".", ""))


def signed(entry: dict) -> int:
    return -entry["jumlah"] if entry["jenis"] == "pengeluaran" else entry["jumlah"]


def school_year(day: date) -> str:
    first = day.year if day.month >= 7 else day.year - 1
    return f"{first}/{first + 1}"


# --- money format -----------------------------------------------------------------


@pytest.mark.parametrize(
    ("amount", "written"),
    [
        (1_250_000, "Rp1.250.000"),
        (0, "Rp0"),
        (999, "Rp999"),
        (1_000, "Rp1.000"),
        (-5_000, "-Rp5.000"),
        (12_345_678_900, "Rp12.345.678.900"),
    ],
)
def test_rupiah_format(amount: int, written: str) -> None:
    assert rupiah(amount) == written


# --- arithmetic: a property test over random ledgers ---------------------------------

FIRST = SchoolYear(2024)
kinds = st.sampled_from(["iuran", "hibah", "lainnya", "pengeluaran"])
entries = st.lists(
    st.builds(
        lambda day, jenis, jumlah: Entri(
            tanggal=FIRST.start + timedelta(days=day), uraian="x", jenis=jenis, jumlah=jumlah
        ),
        st.integers(0, (SchoolYear(2026).end - FIRST.start).days),
        kinds,
        st.integers(1, 50_000_000),
    ),
    max_size=60,
)


@settings(max_examples=150, deadline=None)
@given(opening=st.integers(0, 100_000_000), ledger_entries=entries)
def test_balances_add_up(opening: int, ledger_entries: list[Entri]) -> None:
    ledgers = build_ledgers(FIRST, opening, ledger_entries, SchoolYear(2026), today=date(2027, 6, 30))
    assert [ledger.year for ledger in ledgers] == [SchoolYear(2024), SchoolYear(2025), SchoolYear(2026)]
    assert ledgers[-1].closing == opening + sum(e.signed for e in ledger_entries)
    assert ledgers[0].opening == opening
    assert sum(len(ledger.rows) for ledger in ledgers) == len(ledger_entries)
    for earlier, later in itertools.pairwise(ledgers):
        assert later.opening == earlier.closing
    for ledger in ledgers:
        balance = ledger.opening
        for row in ledger.rows:  # each running balance is the one before plus this entry
            assert ledger.year.contains(row.entry.tanggal)
            balance += row.entry.signed
            assert row.balance == balance
        assert [r.entry.tanggal for r in ledger.rows] == sorted(r.entry.tanggal for r in ledger.rows)
        assert len(ledger.months) == 12
        closing_by_month = {}
        for row in ledger.rows:
            closing_by_month[(row.entry.tanggal.year, row.entry.tanggal.month)] = row.balance
        previous = ledger.opening
        for month in ledger.months:
            expected = closing_by_month.get((month.start.year, month.start.month), previous)
            assert month.closing == expected == previous + month.income - month.spending
            previous = month.closing
        assert ledger.closing == previous
        assert ledger.income - ledger.spending == sum(r.entry.signed for r in ledger.rows)
        assert sum(ledger.total(kind) for kind in ("iuran", "hibah", "lainnya")) == ledger.income


def test_current_year_stops_at_the_build_month() -> None:
    entry = Entri(tanggal=date(2026, 8, 3), uraian="x", jenis="iuran", jumlah=5)
    ledger = build_ledgers(SchoolYear(2026), 0, [entry], SchoolYear(2026), today=date(2026, 11, 28))[0]
    assert [m.start.month for m in ledger.months] == [7, 8, 9, 10, 11]


# --- the built pages -----------------------------------------------------------------


def demo_years() -> dict[str, list[dict]]:
    by_year: dict[str, list[dict]] = defaultdict(list)
    for entry in KAS["entri"]:
        by_year[school_year(entry["tanggal"])].append(entry)
    return by_year


def test_demo_has_a_year_and_a_half_of_entries() -> None:
    months = {(entry["tanggal"].year, entry["tanggal"].month) for entry in KAS["entri"]}
    assert len(months) >= 17
    kinds = {entry["jenis"] for entry in KAS["entri"]}
    assert kinds == {"iuran", "hibah", "lainnya", "pengeluaran"}


def test_year_pages_add_up(site: Path) -> None:
    opening = KAS["saldo_awal"][0]["jumlah"]
    for label, year_entries in sorted(demo_years().items()):
        soup = page(site, f"keuangan/{label.replace('/', '-')}/")
        facts = {
            dt.get_text(strip=True): money(dd.get_text(strip=True))
            for dt, dd in zip(soup.select("dl.kkg-facts dt"), soup.select("dl.kkg-facts dd"))
        }
        income = sum(e["jumlah"] for e in year_entries if e["jenis"] != "pengeluaran")
        spending = sum(e["jumlah"] for e in year_entries if e["jenis"] == "pengeluaran")
        assert facts["Saldo awal"] == opening
        assert facts["Pemasukan"] == income
        assert facts["Pengeluaran"] == spending
        closing = opening + income - spending
        assert closing in facts.values()
        # the ledger's running balance: last row shows the closing balance
        ledger_rows = soup.select("#buku-kas ~ .kkg-table-wrap tbody tr")
        assert len(ledger_rows) == len(year_entries) + 1  # plus the opening row
        balances = [money(row.find_all("td")[-1].get_text()) for row in ledger_rows]
        assert balances[-1] == closing
        assert balances[0] == opening
        opening = closing


def test_summary_page_lists_every_year(site: Path) -> None:
    soup = page(site, "keuangan/")
    rows = soup.select("table.kkg-table tbody tr")
    assert [row.th.get_text(strip=True) for row in rows] == sorted(demo_years(), reverse=True)
    for row in rows:
        opening, income, spending, closing = (money(td.get_text()) for td in row.find_all("td"))
        assert opening + income - spending == closing
    assert money(soup.select_one(".kkg-saldo__value").get_text()) == money(rows[0].find_all("td")[-1].get_text())


@pytest.mark.parametrize(("label", "months"), [("2025-2026", 12), ("2026-2027", TODAY.month - 6)])
def test_chart_is_well_formed_svg_with_one_bar_group_per_month(site: Path, label: str, months: int) -> None:
    soup = page(site, f"keuangan/{label}/")
    svg = ET.fromstring(str(soup.select_one("figure.kkg-grafik svg")))
    assert svg.get("role") == "img"
    title, desc = svg.find(f"{SVG}title"), svg.find(f"{SVG}desc")
    assert svg.get("aria-labelledby").split() == [title.get("id"), desc.get("id")]
    assert title.text and "Total pemasukan" in desc.text
    groups = [g for g in svg.iter(f"{SVG}g") if g.get("class") == "kkg-grafik__bulan"]
    assert len(groups) == months
    table_rows = soup.select("#tabel-per-bulan tbody tr")
    assert len(table_rows) == months  # the table fallback has the same months
    ratios = []
    for group, row in zip(groups, table_rows):
        income_bar, spending_bar = group.findall(f"{SVG}rect")
        cells = [money(td.get_text()) for td in row.find_all("td")]
        assert row.th.get_text(strip=True) in group.find(f"{SVG}title").text
        for bar, amount in ((income_bar, sum(cells[:3])), (spending_bar, cells[3])):
            height = float(bar.get("height"))
            assert (height == 0) == (amount == 0)
            if amount:
                ratios.append(height / amount)
    # every bar is drawn to the same scale
    assert max(ratios) == pytest.approx(min(ratios), rel=0.01)


def test_no_member_is_named_in_the_treasury(site: Path) -> None:
    """Dues are aggregates: apart from the treasurer named as author and the chair who signs
    the printed report beside her, no member appears."""
    treasurer = next(m for m in MEMBERS if m["id"] == "lilis-suryani")["nama"].split(",")[0]
    boards = demo_yaml("pengurus.yml")
    chair = next(b for b in boards if b["mulai"] <= TODAY <= b["selesai"])["ketua"]
    names = [m["nama"].split(",")[0] for m in MEMBERS if m["id"] not in ("lilis-suryani", chair)]
    pages = list((site / "keuangan").rglob("*.html"))
    assert len(pages) >= 3
    for path in pages:
        text = path.read_text(encoding="utf-8")
        assert not [name for name in names if name in text], path
    assert treasurer in (site / "keuangan" / "index.html").read_text(encoding="utf-8")


def test_receipts_are_published_and_linked(site: Path) -> None:
    receipts = [e for e in KAS["entri"] if e.get("bukti")]
    assert receipts
    for entry in receipts:
        published = site / "keuangan" / "bukti" / entry["bukti"]
        assert published.read_bytes() == (ROOT / "data" / entry["bukti"]).read_bytes()
        soup = page(site, f"keuangan/{school_year(entry['tanggal']).replace('/', '-')}/")
        links = [a["href"] for a in soup.select("#buku-kas ~ .kkg-table-wrap a")]
        assert f"../bukti/{entry['bukti']}" in links


def test_a_later_opening_balance_that_matches_is_accepted(project) -> None:
    text = (project.data / "kas.yml").read_text(encoding="utf-8")
    closing_2025 = KAS["saldo_awal"][0]["jumlah"] + sum(signed(e) for e in demo_years()["2025/2026"])
    project.write(
        "data/kas.yml",
        text.replace("entri:\n", f'  - tahun_ajaran: "2026/2027"\n    jumlah: {closing_2025}\n\nentri:\n', 1),
    )
    assert project.periksa().returncode == 0
    project.write(
        "data/kas.yml",
        text.replace("entri:\n", f'  - tahun_ajaran: "2026/2027"\n    jumlah: {closing_2025 + 1}\n\nentri:\n', 1),
    )
    result = project.periksa()
    assert result.returncode == 1
    assert (
        f"saldo_awal[2].jumlah: saldo awal 2026/2027 harus sama dengan saldo akhir tahun ajaran sebelumnya menurut entri kas (apakah maksud Anda '{closing_2025}'?)"
        in result.stderr
    )


def test_beranda_shows_the_current_balance(site: Path) -> None:
    section = next(s for s in page(site, "").select(".kkg-home-section") if s.h2.get_text(strip=True) == "Kas KKG")
    summary = page(site, "keuangan/").select_one(".kkg-saldo__value").get_text(strip=True)
    assert summary in section.get_text()
    assert section.a["href"] == f"keuangan/{school_year(TODAY).replace('/', '-')}/"


def test_an_entry_after_the_build_date_is_only_a_warning(project) -> None:
    text = (project.data / "kas.yml").read_text(encoding="utf-8")
    future = TODAY + timedelta(days=3)
    project.write(
        "data/kas.yml",
        text
        + f"  - tanggal: {future.isoformat()}\n    uraian: Konsumsi rapat rutin\n    jenis: pengeluaran\n    jumlah: 300000\n",
    )
    result = project.periksa()
    assert result.returncode == 0, result.stderr
    assert (
        f"peringatan: entri[{len(KAS['entri']) + 1}].tanggal: tanggal {future.isoformat()} belum terjadi"
        in result.stderr
    )
