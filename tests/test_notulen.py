"""Notulen: the built minutes pages, register, tracker and feed against the data files."""

from __future__ import annotations

import re
from datetime import date
from pathlib import Path
from urllib.parse import parse_qs, urlparse

import feedparser
import pytest
from support.build import ROOT, SITE_URL, TODAY, copy_project, kkg_site
from support.data import demo_yaml, front_matter
from support.pages import built_file, files_containing, page

from kkg_site.errors import ErrorLog
from kkg_site.generator import generate
from kkg_site.reader import DataReader
from kkg_site.record import validate_record
from kkg_site.render import tanggal
from kkg_site.types.anggota.collection import Members
from kkg_site.types.notulen.links import link_minutes
from kkg_site.types.notulen.load import load_minutes
from kkg_site.types.notulen.model import Notulen

MINUTES_DIR = ROOT / "data" / "notulen"
MEMBERS = {m["id"]: m for m in demo_yaml("anggota.yml")}
ALL_MINUTES = [{"id": path.stem, **front_matter(path)} for path in sorted(MINUTES_DIR.glob("*.md"))]
PUBLISHED = sorted(
    (m for m in ALL_MINUTES if m.get("status", "disahkan") == "disahkan"), key=lambda m: m["tanggal"], reverse=True
)
DRAFTS = [m for m in ALL_MINUTES if m.get("status") == "draf"]


def site_path(site: Path, absolute_url: str) -> Path:
    """The built file an absolute site URL points to."""
    assert absolute_url.startswith(SITE_URL), absolute_url
    return built_file(site, absolute_url.removeprefix(SITE_URL))


def test_demo_data_covers_the_brief() -> None:
    assert len(PUBLISHED) >= 12
    assert (PUBLISHED[0]["tanggal"] - PUBLISHED[-1]["tanggal"]).days > 365
    assert len(DRAFTS) == 1 and DRAFTS[0]["tanggal"] > PUBLISHED[0]["tanggal"]
    items = [item for m in PUBLISHED for item in m.get("tindak_lanjut", [])]
    assert any(item["selesai"] for item in items)
    assert any(not item["selesai"] and item["tenggat"] < TODAY for item in items)
    assert any(not item["selesai"] and item["tenggat"] >= TODAY for item in items)
    assert any(any("Pengawas" in guest for guest in m.get("tamu", [])) for m in PUBLISHED)


def test_draft_appears_in_no_built_file(site: Path) -> None:
    draft = DRAFTS[0]
    markers = [draft["id"], draft["judul"], *draft["keputusan"], *(i["tugas"] for i in draft["tindak_lanjut"])]
    # The markers are the draft's own: no other data file contains them.
    for path in (ROOT / "data").rglob("*"):
        if path.is_file() and path.stem != draft["id"]:
            text = path.read_bytes().decode("utf-8", errors="ignore")
            assert not any(marker in text for marker in markers), path
    assert len(list(site.rglob("*.html"))) > 50
    assert not files_containing(site, markers)


def test_feed_parses_and_lists_published_minutes_newest_first(site: Path) -> None:
    feed = feedparser.parse((site / "notulen" / "feed.xml").read_bytes())
    assert not feed.bozo, feed.get("bozo_exception")
    assert feed.version == "atom10"
    assert [entry.title for entry in feed.entries] == [m["judul"] for m in PUBLISHED]
    assert [entry.published_parsed[:3] for entry in feed.entries] == [m["tanggal"].timetuple()[:3] for m in PUBLISHED]
    assert len({entry.id for entry in feed.entries}) == len(PUBLISHED)
    for entry, minutes in zip(feed.entries, PUBLISHED):
        assert entry.link == f"{SITE_URL}notulen/{minutes['id']}/"
        assert site_path(site, entry.link).is_file()
        for decision in minutes["keputusan"]:
            assert decision in entry.content[0].value
    self_link = next(link.href for link in feed.feed.links if link.rel == "self")
    assert self_link == f"{SITE_URL}notulen/feed.xml"


def test_feed_without_site_url_links_relative_to_itself() -> None:
    output = generate(ROOT / "data", TODAY, site_url=None)
    (feed_file,) = [f for f in output.files if f.path == "notulen/feed.xml"]
    base = "https://sekolah.contoh/kkg/notulen/feed.xml"
    headers = {"content-location": base, "content-type": "application/atom+xml"}
    feed = feedparser.parse(feed_file.content, response_headers=headers)
    assert not feed.bozo
    assert [entry.link for entry in feed.entries] == [
        f"https://sekolah.contoh/kkg/notulen/{m['id']}/" for m in PUBLISHED
    ]
    meeting = next(p for p in output.pages if p.url == f"notulen/{PUBLISHED[0]['id']}/")
    assert "wa.me" not in meeting.body  # no address to share without site_url


def test_every_minutes_page_links_the_feed_in_its_head(site: Path) -> None:
    for url in ["notulen/", "notulen/keputusan/", "notulen/tindak-lanjut/", f"notulen/{PUBLISHED[0]['id']}/"]:
        link = page(site, url).head.find("link", rel="alternate", type="application/atom+xml")
        assert link, url
        assert (site / url / link["href"]).resolve() == (site / "notulen" / "feed.xml").resolve()


def register_meetings(soup) -> list[tuple[str, str, str, list[str]]]:
    """The register's meetings as (link, title, date, decisions): a heading, its list beneath."""
    found = []
    for heading in soup.select(".kkg-register h3"):
        decisions = heading.find_next_sibling()
        assert decisions.name == "ol", heading
        link = heading.find("a")
        found.append(
            (
                link["href"],
                link.get_text(),
                heading.small.get_text(),
                [li.get_text() for li in decisions.find_all("li")],
            )
        )
    return found


def test_register_lists_the_published_decisions_under_their_meetings(site: Path) -> None:
    soup = page(site, "notulen/keputusan/")
    expected = [
        (f"../{m['id']}/", m["judul"], tanggal(m["tanggal"]), m["keputusan"]) for m in PUBLISHED if m["keputusan"]
    ]
    assert register_meetings(soup) == expected  # each meeting once, its decisions in the minutes' order
    for href, *_ in expected:
        assert (site / "notulen" / "keputusan" / href / "index.html").is_file()
    # The filter needs notulen.js, the print button assets/kkg.js: hidden in the HTML, the scripts show them.
    assert soup.find("input", type="search").find_parent("p").has_attr("hidden")
    assert soup.find("script", src="../notulen.js", defer=True)
    meeting = page(site, f"notulen/{PUBLISHED[0]['id']}/")
    assert "kkg-cetak--siap" not in meeting.find("button", string="Cetak / simpan PDF")["class"]
    assert meeting.find("script", src="../../assets/kkg.js")
    assert (site / "notulen" / "notulen.js").is_file()


def expected_overdue(today: date) -> list[str]:
    return sorted(
        (item["tenggat"], item["tugas"])
        for m in PUBLISHED
        for item in m.get("tindak_lanjut", [])
        if not item["selesai"] and item.get("tenggat") and item["tenggat"] < today
    )


def overdue_in(soup) -> list[str]:
    return [li.select_one(".kkg-task__tugas").contents[0].strip() for li in soup.select("#terlambat + ul > li")]


def test_tracker_lists_overdue_items_for_the_build_date(site: Path) -> None:
    soup = page(site, "notulen/tindak-lanjut/")
    expected = expected_overdue(TODAY)
    assert len(expected) >= 2
    assert overdue_in(soup) == [tugas for _, tugas in expected]
    # Every action item of a published meeting appears once under its person.
    per_person = soup.select("#per-penanggung-jawab ~ ul > li, #per-penanggung-jawab ~ details li")
    assert len(per_person) == sum(len(m.get("tindak_lanjut", [])) for m in PUBLISHED)
    for member_id in {item["pj"] for m in PUBLISHED for item in m.get("tindak_lanjut", [])}:
        heading = soup.find("h3", id=f"pj-{member_id}")
        assert heading.get_text(strip=True) == MEMBERS[member_id]["nama"]


@pytest.mark.parametrize("today", [date(2026, 1, 1), date(2026, 8, 1)])
def test_tracker_overdue_list_follows_the_frozen_today(today: date) -> None:
    from bs4 import BeautifulSoup

    output = generate(ROOT / "data", today)
    tracker = next(p for p in output.pages if p.url == "notulen/tindak-lanjut/")
    soup = BeautifulSoup(tracker.body, "html.parser")
    assert overdue_in(soup) == [tugas for _, tugas in expected_overdue(today)]
    assert overdue_in(soup) != [tugas for _, tugas in expected_overdue(TODAY)]


def test_meeting_page_reads_like_minutes(site: Path) -> None:
    minutes = next(m for m in PUBLISHED if m.get("tamu") and m.get("izin") and m.get("tindak_lanjut"))
    soup = page(site, f"notulen/{minutes['id']}/")
    facts = {
        row.th.get_text(strip=True): row.td.get_text(" ", strip=True) for row in soup.select("table.kkg-identitas tr")
    }
    assert list(facts)[:1] == ["Acara"]
    assert facts["Acara"] == minutes["judul"]
    assert facts["Hari/tanggal"].endswith(minutes["tanggal"].strftime("%Y"))
    assert facts["Pimpinan rapat"] == MEMBERS[minutes["pimpinan"]]["nama"]
    assert facts["Notulis"] == MEMBERS[minutes["notulis"]]["nama"]
    assert facts["Peserta"].startswith(f"{len(minutes['hadir'])} orang hadir")
    present = soup.select("ol.kkg-peserta--hadir a")
    assert [a.get_text(strip=True) for a in present] == [MEMBERS[i]["nama"] for i in minutes["hadir"]]
    assert present[0]["href"] == f"../../anggota/{minutes['hadir'][0]}/"
    headings = [h.get_text(strip=True) for h in soup.select("article h2")]
    assert headings == ["Peserta", "Agenda", "Pembahasan", "Keputusan", "Tindak lanjut"]
    assert [li.get_text(strip=True) for li in soup.select("ol.kkg-keputusan li")] == minutes["keputusan"]
    signatures = soup.select_one(".kkg-ttd").get_text(" ", strip=True)
    assert MEMBERS[minutes["pimpinan"]]["nama"] in signatures and MEMBERS[minutes["notulis"]]["nama"] in signatures
    kop = soup.select_one(".kkg-kop").get_text(" ", strip=True)
    kkg = demo_yaml("kkg.yml")
    assert kkg["nama"] in kop and kkg["alamat"] in kop


def test_meeting_page_has_open_graph_and_a_whatsapp_link(site: Path) -> None:
    minutes = PUBLISHED[0]
    soup = page(site, f"notulen/{minutes['id']}/")
    meta = {tag["property"]: tag["content"] for tag in soup.head.find_all("meta", property=True)}
    assert meta["og:type"] == "article"
    assert meta["og:title"] == minutes["judul"]
    assert f"{len(minutes['keputusan'])} keputusan" in meta["og:description"]
    assert meta["article:published_time"] == minutes["tanggal"].isoformat()
    share = soup.find("a", string="Bagikan ke WhatsApp")
    link = urlparse(share["href"])
    assert (link.scheme, link.netloc) == ("https", "wa.me")
    (text,) = parse_qs(link.query)["text"]
    assert minutes["judul"] in text
    assert text.endswith(f"{SITE_URL}notulen/{minutes['id']}/")


def test_index_groups_meetings_by_year_newest_first(site: Path) -> None:
    soup = page(site, "notulen/")
    years = [h.get_text(strip=True) for h in soup.select("article h2")]
    assert years == sorted({str(m["tanggal"].year) for m in PUBLISHED}, reverse=True)
    rows = [[td.get_text(" ", strip=True) for td in tr.find_all("td")] for tr in soup.select("article tbody tr")]
    assert [row[1].startswith(m["judul"]) for row, m in zip(rows, PUBLISHED)] == [True] * len(PUBLISHED)
    assert [(row[2], row[3]) for row in rows] == [(str(len(m["hadir"])), str(len(m["keputusan"]))) for m in PUBLISHED]


def test_home_shows_the_latest_minutes(site: Path) -> None:
    soup = page(site, "")
    latest = [a.get_text(strip=True) for a in soup.select(".kkg-notulen-terbaru a")]
    assert latest == [m["judul"] for m in PUBLISHED[:3]]


def test_member_page_links_their_action_items(site: Path) -> None:
    member_id = next(item["pj"] for m in PUBLISHED for item in m.get("tindak_lanjut", []) if not item["selesai"])
    open_count = sum(
        1 for m in PUBLISHED for item in m.get("tindak_lanjut", []) if item["pj"] == member_id and not item["selesai"]
    )
    link = page(site, f"anggota/{member_id}/").find("a", string=f"Tindak lanjut rapat ({open_count} terbuka)")
    assert link["href"] == f"../../notulen/tindak-lanjut/#pj-{member_id}"


def test_meeting_pages_carry_search_metadata() -> None:
    output = generate(ROOT / "data", TODAY)
    meeting = next(p for p in output.pages if p.url == f"notulen/{PUBLISHED[0]['id']}/")
    assert meeting.meta.search.kind == "Notulen"
    assert meeting.meta.search.meta["tanggal"].endswith(str(PUBLISHED[0]["tanggal"].year))


@pytest.mark.parametrize(
    ("written", "stored"),
    [
        ("13:00", "13.00–selesai"),  # YAML 1.2 reads an unquoted 13:00 as text; a lone time is open-ended
        (13.3, "13.30–selesai"),  # and 13.30 as a float
        (8, "08.00–selesai"),
        ("8:00 - 11:30", "08.00–11.30"),
        ("13.00–selesai", "13.00–selesai"),
        ("08.00 s.d. selesai", "08.00–selesai"),
        # the forms activities accept, the same type (kkg_site.timerange)
        ("08.00 s/d 12.00", "08.00–12.00"),
        ("pukul 08.00 WIB", "08.00–selesai"),
        ("Jam 08.00 WITA sampai 11.30 WITA", "08.00–11.30"),
    ],
)
def test_meeting_time_is_read_as_written(written: object, stored: str) -> None:
    jam = Notulen.model_validate({"judul": "Rapat", "tanggal": "2026-03-14", "jam": written}).jam
    assert str(jam) == stored


@pytest.mark.parametrize(
    ("written", "message"),
    [
        ("25.00", "jam 25.00 tidak ada (jam 00-23, menit 00-59)"),
        ("08.00-24.30", "jam 24.30 tidak ada (jam 00-23, menit 00-59)"),
        (25, "jam 25.00 tidak ada (jam 00-23, menit 00-59)"),
        ("11.30-08.00", "jam selesai (08.00) harus sesudah jam mulai (11.30)"),
        ("pagi", "jam harus ditulis seperti 08.00-12.00 atau 13.00-selesai"),
        ("08.00/11.30", "jam harus ditulis seperti 08.00-12.00 atau 13.00-selesai (apakah maksud Anda '08.00-11.30'?)"),
        (True, "jam harus ditulis seperti 08.00-12.00 atau 13.00-selesai"),
    ],
)
def test_impossible_meeting_time_is_an_indonesian_error(written: object, message: str) -> None:
    log = ErrorLog()
    raw = {"judul": "Rapat", "tanggal": "2026-03-14", "jam": written}
    assert validate_record(Notulen, raw, "data/notulen/2026-03-14-rapat.md", log) is None
    assert [(e.field, e.text) for e in log.entries] == [("jam", message)]


def test_unknown_activity_is_reported_when_activities_exist(tmp_path: Path) -> None:
    """The check uses only the collection protocol of ``index[Activities]``."""
    folder = tmp_path / "data" / "notulen"
    folder.mkdir(parents=True)
    (folder / "2026-03-14-rapat.md").write_text(
        "---\njudul: Rapat\ntanggal: 2026-03-14\nkegiatan: 2026-03-14-lokakarya-modul\n---\n", encoding="utf-8"
    )

    class Activities:  # what the kegiatan type's collection offers: `in`, iteration, `.file`
        file = "data/kegiatan/"
        ids = frozenset({"2026-03-14-lokakarya-modul-ajar"})

        def __contains__(self, activity_id: object) -> bool:
            return activity_id in self.ids

        def __iter__(self):
            return iter(self.ids)

    log = ErrorLog()
    minutes = load_minutes(DataReader(tmp_path / "data", log))
    members = generate(ROOT / "data", TODAY).index[Members]
    link_minutes(minutes, members, None, log)
    assert not log.entries
    link_minutes(minutes, members, Activities(), log)
    expected = (
        "data/notulen/2026-03-14-rapat.md:4: kegiatan: '2026-03-14-lokakarya-modul' tidak ada di data/kegiatan/ "
        "(apakah maksud Anda '2026-03-14-lokakarya-modul-ajar'?)"
    )
    assert [str(e) for e in log.entries] == [expected]


def test_scaffold_passes_periksa_once_filled(tmp_path: Path) -> None:
    project = copy_project(tmp_path / "proyek")
    created = kkg_site("baru", "notulen", "rapat-uji", cwd=project.root)
    assert created.returncode == 0, created.stderr
    path = project.root / created.stdout.strip()
    assert path.name == f"{TODAY.isoformat()}-rapat-uji.md"
    text = path.read_text(encoding="utf-8")
    keys = set(re.findall(r"^ *-? *(\w+):", text.split("---")[1], re.MULTILINE))
    assert set(Notulen.model_fields) | {"tugas", "pj", "tenggat", "selesai"} <= keys
    assert all(line.startswith("#") for line in text.splitlines()[1:5])

    unfilled = project.periksa()
    assert unfilled.returncode == 1 and "Traceback" not in unfilled.stderr
    assert f"{path.relative_to(project.root)}:" in unfilled.stderr

    filled = text.replace("id-anggota", "cecep-supriatna").replace('""', "Diisi untuk uji")
    path.write_text(filled, encoding="utf-8")
    result = project.periksa()
    assert result.returncode == 0, result.stderr

    again = kkg_site("baru", "notulen", "rapat-uji", cwd=project.root)
    assert again.returncode == 1
    assert path.read_text(encoding="utf-8") == filled


def test_links_on_minutes_pages_resolve(site: Path) -> None:
    pages = sorted((site / "notulen").rglob("index.html"))
    assert len(pages) == len(PUBLISHED) + 3
    for path in pages:
        for anchor in page(site, str(path.parent.relative_to(site)) + "/").select("article a[href]"):
            href = anchor["href"]
            if urlparse(href).scheme or href.startswith("#"):
                continue
            target = (path.parent / href.split("#")[0]).resolve()
            assert (target / "index.html" if target.is_dir() else target).is_file(), f"{path}: {href}"


def test_action_items_are_worded_as_in_the_tracker(site: Path) -> None:
    """An overdue item is "Terlambat" on its minutes too, not "Belum selesai"."""
    overdue = {tugas for _, tugas in expected_overdue(TODAY)}
    seen = 0
    for meeting in PUBLISHED:
        rows = page(site, f"notulen/{meeting['id']}/").select("#tabel-tindak-lanjut tbody tr")
        for item, row in zip(meeting.get("tindak_lanjut", []), rows):
            status = row.select_one(".kkg-badge").get_text(strip=True)
            expected = "Selesai" if item["selesai"] else "Terlambat" if item["tugas"] in overdue else "Belum selesai"
            assert status == expected, item["tugas"]
            seen += item["tugas"] in overdue
    assert seen == len(overdue) >= 2
