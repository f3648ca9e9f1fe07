"""Program Kerja and the Laporan Kegiatan reports, checked against the demo data files.

Expected values are worked out here from the YAML files (activities, programme,
minutes), independently of the generator, for the frozen build date and for
another date through ``generate()``.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from urllib.parse import urljoin

import pytest
import yaml
from bs4 import BeautifulSoup
from support.build import ROOT, TODAY
from support.pages import page

from kkg_site.generator import generate
from kkg_site.types.program import report

DATA = ROOT / "data"
PROGRAMME = yaml.safe_load((DATA / "program.yml").read_text(encoding="utf-8"))
KKG = yaml.safe_load((DATA / "kkg.yml").read_text(encoding="utf-8"))
MEMBERS = {m["id"]: m for m in yaml.safe_load((DATA / "anggota.yml").read_text(encoding="utf-8"))}
BOARDS = yaml.safe_load((DATA / "pengurus.yml").read_text(encoding="utf-8"))
MONTHS = [
    "Januari",
    "Februari",
    "Maret",
    "April",
    "Mei",
    "Juni",
    "Juli",
    "Agustus",
    "September",
    "Oktober",
    "November",
    "Desember",
]
STATE_LABELS = {
    "belum": "Belum dimulai",
    "berjalan": "Sedang berjalan",
    "terlaksana": "Terlaksana",
    "tidak": "Tidak terlaksana",
}


@dataclass
class Activity:
    id: str
    title: str
    start: date
    end: date
    cancelled: bool
    reason: str | None
    programme: str | None

    def status(self, day: date) -> str:
        if self.cancelled:
            return "dibatalkan"
        return "akan datang" if day < self.start else "selesai" if day > self.end else "sedang berlangsung"


def read_activities() -> list[Activity]:
    found = []
    for path in sorted((DATA / "kegiatan").glob("*.yml")):
        raw = yaml.safe_load(path.read_text(encoding="utf-8"))
        start = raw.get("tanggal") or raw["mulai"]
        found.append(
            Activity(
                path.stem,
                raw["judul"],
                start,
                raw.get("selesai") or start,
                raw.get("dibatalkan", False),
                raw.get("alasan"),
                raw.get("program"),
            )
        )
    return found


ACTIVITIES = read_activities()


def state(item_id: str, day: date) -> str:
    item = next(i for i in PROGRAMME if i["id"] == item_id)
    statuses = {a.status(day) for a in ACTIVITIES if a.programme == item_id and not a.cancelled}
    year_over = day >= date(int(item["tahun_ajaran"][5:]), 6, 30)
    if not statuses or statuses == {"akan datang"}:
        return "tidak" if year_over else "belum"
    return "terlaksana" if statuses == {"selesai"} and (item["jangka"] == "pendek" or year_over) else "berjalan"


def period_bounds(slug: str) -> tuple[str, date, date]:
    """("2025/2026", first day, last day) of a report slug such as ``2025-2026-ganjil``."""
    first = int(slug[:4])
    semester = slug[10:]
    start = date(first + (semester == "genap"), 1 if semester == "genap" else 7, 1)
    end = date(first, 12, 31) if semester == "ganjil" else date(first + 1, 6, 30)
    return f"{first}/{first + 1}", start, end


def expected_rows(slug: str, today: date) -> list[tuple[str, list[str], str]]:
    year, start, end = period_bounds(slug)
    as_of = min(today, end)
    done = [a for a in ACTIVITIES if start <= a.start <= end and a.status(as_of) == "selesai"]
    items = [i for i in PROGRAMME if i["tahun_ajaran"] == year]
    rows = [
        (i["nama"], [a.title for a in done if a.programme == i["id"]], STATE_LABELS[state(i["id"], as_of)])
        for i in items
    ]
    outside = [a.title for a in done if a.programme not in {i["id"] for i in items}]
    if outside:
        rows.append(("Kegiatan di luar program kerja", outside, "–"))
    return rows


def table_rows(soup: BeautifulSoup) -> list[tuple[str, list[str], str]]:
    """(item, titles of its done activities, state) per row; a title is the whole list entry
    in a report that details the activities, the link to the activity otherwise."""
    rows = []
    for tr in soup.select("#tabel-realisasi tbody tr"):
        cells = tr.find_all("td")
        titles = [(li.a or li).get_text(strip=True) for li in cells[4].find_all("li")]
        rows.append((cells[1].get_text(strip=True), titles, cells[5].get_text(strip=True)))
    return rows


def read_meetings(start: date, end: date) -> list[dict]:
    """The published minutes held from ``start`` to ``end``, oldest first, with their ``id``."""
    meetings = []
    for path in sorted((DATA / "notulen").glob("*.md")):
        front = yaml.safe_load(path.read_text(encoding="utf-8").split("---")[1])
        if start <= front["tanggal"] <= end and front.get("status", "disahkan") != "draf":
            meetings.append({"id": path.stem, **front})
    return meetings


def report_slugs(today: date) -> list[str]:
    years = sorted({i["tahun_ajaran"] for i in PROGRAMME})
    slugs = []
    for year in years:
        base = year.replace("/", "-")
        for slug in (base, f"{base}-ganjil", f"{base}-genap"):
            if period_bounds(slug)[1] <= today:
                slugs.append(slug)
    return slugs


# --- demo data ------------------------------------------------------------------------


def test_demo_programme_covers_two_school_years() -> None:
    by_year: dict[str, int] = {}
    for item in PROGRAMME:
        by_year[item["tahun_ajaran"]] = by_year.get(item["tahun_ajaran"], 0) + 1
    assert by_year == {"2025/2026": by_year["2025/2026"], "2026/2027": by_year["2026/2027"]}
    assert all(8 <= count <= 12 for count in by_year.values())


@pytest.mark.skipif(
    not (ROOT / "kkg_site" / "types" / "kegiatan").is_dir(), reason="the kegiatan type is not in this checkout"
)
def test_demo_activities_realise_most_items() -> None:
    linked = {a.programme for a in ACTIVITIES if a.programme}
    assert len(linked) >= 15


# --- the reports ----------------------------------------------------------------------


def test_reports_exist_for_periods_that_have_begun(site: Path) -> None:
    built = sorted(p.name for p in (site / "program" / "laporan").iterdir() if p.is_dir())
    assert built == sorted(report_slugs(TODAY))
    assert "2026-2027-genap" not in built  # starts in January 2027


@pytest.mark.parametrize("slug", report_slugs(TODAY))
def test_realisation_table_matches_the_activities(site: Path, slug: str) -> None:
    assert table_rows(page(site, f"program/laporan/{slug}/")) == expected_rows(slug, TODAY)


@pytest.mark.parametrize("today", [date(2026, 3, 1), date(2025, 10, 20)])
def test_realisation_table_for_another_build_date(today: date) -> None:
    output = generate(DATA, today=today)
    reports = {
        p.url.removeprefix("program/laporan/").removesuffix("/"): p
        for p in output.pages
        if p.url.startswith("program/laporan/")
    }
    assert sorted(reports) == sorted(report_slugs(today))
    for slug, report_page in reports.items():
        soup = BeautifulSoup(report_page.body, "html.parser")
        assert table_rows(soup) == expected_rows(slug, today), slug
        as_of = min(today, period_bounds(slug)[2])
        provisional = soup.select_one(".kkg-laporan__sementara")
        assert (provisional is not None) == (as_of < period_bounds(slug)[2])


def test_report_document(site: Path) -> None:
    slug = "2025-2026"
    soup = page(site, f"program/laporan/{slug}/")
    kop = soup.select_one(".kkg-kop").get_text(" ", strip=True)
    for value in (KKG["nama"], KKG["gugus"], KKG["kecamatan"], KKG["alamat"]):
        assert value in kop
    headings = [h.get_text(strip=True) for h in soup.select(".kkg-laporan h2")]
    assert headings == [
        "Pendahuluan",
        "Program kerja dan realisasi",
        "Pelaksanaan kegiatan",
        "Rapat dan keputusan",
        "Rencana yang belum terlaksana",
        "Penutup",
    ]
    assert KKG["visi"] in soup.get_text()

    year, start, end = period_bounds(slug)
    done = [a for a in ACTIVITIES if start <= a.start <= end and a.status(end) == "selesai"]
    sections = soup.select(".kkg-laporan__kegiatan")
    assert [re.sub(r"^\d+\.\s*", "", s.h3.get_text(strip=True)) for s in sections] == [a.title for a in done]
    for section, activity in zip(sections, done):
        raw = yaml.safe_load((DATA / "kegiatan" / f"{activity.id}.yml").read_text(encoding="utf-8"))
        facts = dict(
            zip(
                [dt.get_text(strip=True) for dt in section.select("dt")],
                [dd.get_text(" ", strip=True) for dd in section.select("dd")],
            )
        )
        participants = raw.get("jumlah_peserta")
        assert facts["Peserta"] == (f"{participants} orang" if participants is not None else "tidak dicatat")
        for speaker in raw.get("narasumber") or []:
            name = speaker.get("nama") or MEMBERS[speaker["anggota"]]["nama"]
            assert name in facts["Narasumber"]
        if raw.get("laporan"):
            assert raw["laporan"].split()[0] in section.get_text()

    not_done = soup.select_one("#tabel-belum-terlaksana").get_text(" ", strip=True)
    for activity in ACTIVITIES:
        if activity.cancelled and start <= activity.start <= end:
            assert " ".join(activity.reason.split()) in not_done
    for item in PROGRAMME:
        if item["tahun_ajaran"] == year and state(item["id"], end) in ("belum", "tidak"):
            assert item["nama"] in not_done

    board = next(b for b in BOARDS if b["mulai"] <= TODAY <= b["selesai"])
    signatures = soup.select_one(".kkg-ttd").get_text(" ", strip=True)
    assert MEMBERS[board["ketua"]]["nama"] in signatures
    assert KKG["pengawas"] in signatures
    assert "NIP" not in signatures  # the chair's NIP is private in the demo data


def test_report_lists_meetings_and_attaches_their_minutes(site: Path) -> None:
    """A meeting is a row (date, title linked to its minutes, attendance, number of decisions);
    its minutes, with the decisions, are the report's attachments, numbered as the rows."""
    if not (DATA / "notulen").is_dir():
        pytest.skip("the notulen type is not installed")
    slug = "2025-2026-ganjil"
    _, start, end = period_bounds(slug)
    meetings = read_meetings(start, end)
    assert meetings
    url = f"program/laporan/{slug}/"
    soup = page(site, url)
    rows = soup.select("#tabel-rapat tbody tr")
    assert [[td.get_text(" ", strip=True) for td in tr.find_all("td")] for tr in rows] == [
        [
            str(number),
            f"{m['tanggal'].day} {MONTHS[m['tanggal'].month - 1]} {m['tanggal'].year}",
            m["judul"],
            str(len(m["hadir"])),
            str(len(m.get("keputusan") or [])),
        ]
        for number, m in enumerate(meetings, 1)
    ]
    for row, meeting in zip(rows, meetings):
        minutes = urljoin(url, row.a["href"])
        assert minutes == f"notulen/{meeting['id']}/"
        assert page(site, minutes).h1.get_text(strip=True) == meeting["judul"]
    assert "terlampir sesuai nomor pada tabel" in soup.select_one("#rapat-dan-keputusan + p").get_text()
    text = soup.select_one(".kkg-laporan").get_text(" ", strip=True)
    decisions = [decision for m in meetings for decision in m.get("keputusan") or []]
    assert decisions and not [decision for decision in decisions if decision in text]


@pytest.mark.skipif(not (DATA / "notulen").is_dir(), reason="the notulen type is not installed")
@pytest.mark.parametrize("slug", ["2025-2026", "2025-2026-ganjil"])
def test_a_report_over_its_budget_names_its_activities(monkeypatch: pytest.MonkeyPatch, slug: str) -> None:
    """Over its budget of done activities, a report names them with their dates and links to
    their pages instead of detailing them, and a year report attaches its semester reports;
    at the budget it details them itself."""
    _year, start, end = period_bounds(slug)
    done = [a for a in ACTIVITIES if start <= a.start <= end and a.status(end) == "selesai"]
    meetings = read_meetings(start, end)
    url = f"program/laporan/{slug}/"

    def reports(budget: int) -> dict[str, BeautifulSoup]:
        monkeypatch.setattr(report, "DETAIL_BUDGET", budget)
        pages = generate(DATA, today=TODAY).pages
        return {p.url: BeautifulSoup(p.body, "html.parser") for p in pages if p.url.startswith("program/laporan/")}

    detailed = reports(len(done))[url]
    assert len(detailed.select(".kkg-laporan__kegiatan")) == len(done)

    pages = reports(len(done) - 1)
    summary = pages[url]
    assert not summary.select(".kkg-laporan__kegiatan")
    # Every activity is still named, in the realisation table, with a link to its page.
    assert table_rows(summary) == expected_rows(slug, TODAY)
    linked = [a["href"] for a in summary.select("#tabel-realisasi a")]
    assert sorted(linked) == sorted(f"../../../kegiatan/{a.id}/" for a in done)
    assert "halaman kegiatan itu" in summary.select_one("#pelaksanaan-kegiatan + p").get_text()
    # The meetings are listed as in the detailed report.
    assert len(meetings) == len(summary.select("#tabel-rapat tbody tr"))
    assert summary.select_one("#tabel-rapat") == detailed.select_one("#tabel-rapat")
    # The rest of the document is the same.
    assert summary.select_one(".kkg-kop") is not None and summary.select_one(".kkg-ttd") is not None
    assert [h.get_text(strip=True) for h in summary.select("h2")] == [
        h.get_text(strip=True) for h in detailed.select("h2")
    ]

    attachments = summary.select("#pelaksanaan-kegiatan + p + ol a")
    if slug.endswith(("-ganjil", "-genap")):
        assert not attachments  # a semester has no smaller report: its activities' pages hold the details
        return
    # The semester reports are attached; here both are within the budget and together detail everything.
    assert [a["href"] for a in attachments] == [f"../{slug}-ganjil/", f"../{slug}-genap/"]
    semesters = [pages[f"program/laporan/{slug}-{s}/"] for s in ("ganjil", "genap")]
    details = [
        re.sub(r"^\d+\.\s*", "", h3.get_text(strip=True))
        for s in semesters
        for h3 in s.select(".kkg-laporan__kegiatan h3")
    ]
    assert details == [a.title for a in done]
    for link, semester in zip(attachments, semesters):
        counts = f"({len(semester.select('.kkg-laporan__kegiatan'))} kegiatan, {len(semester.select('#tabel-rapat tbody tr'))} rapat)"
        assert link.parent.get_text(" ", strip=True).endswith(counts)
    assert "terlampir pada laporan semesternya" in summary.select_one("#rapat-dan-keputusan + p").get_text()


# --- the Program Kerja page -------------------------------------------------------------


def test_programme_page_shows_each_item_with_its_state_and_activities(site: Path) -> None:
    soup = page(site, "program/")
    for item in PROGRAMME:
        card = soup.find("article", id=item["id"])
        assert card.h3.get_text(strip=True) == item["nama"]
        assert card.select_one(".kkg-status").get_text(strip=True) == STATE_LABELS[state(item["id"], TODAY)]
        listed = [a.get_text(strip=True) for a in card.select(".kkg-program__kegiatan a")]
        assert listed == [a.title for a in ACTIVITIES if a.programme == item["id"]]
        assert MEMBERS[item["penanggung_jawab"]]["nama"] in card.get_text()
    years = [h.get_text(strip=True) for h in soup.select("h2")]
    assert years == ["Tahun ajaran 2026/2027 (berjalan)", "Tahun ajaran 2025/2026"]
    links = {a["href"] for a in soup.select(".kkg-program__laporan a")}
    assert {f"laporan/{slug}/" for slug in report_slugs(TODAY)} == links


def test_beranda_summarises_the_running_year(site: Path) -> None:
    year = "2026/2027"
    section = next(
        s for s in page(site, "").select(".kkg-home-section") if s.h2.get_text(strip=True) == f"Program kerja {year}"
    )
    items = [i for i in PROGRAMME if i["tahun_ajaran"] == year]
    text = section.p.get_text(" ", strip=True)
    assert text.startswith(f"{len(items)} program")
    for key, label in STATE_LABELS.items():
        count = sum(state(i["id"], TODAY) == key for i in items)
        assert (f"{count} {label.lower()}" in text) == (count > 0)
