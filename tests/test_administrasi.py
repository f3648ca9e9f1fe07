"""The secretary's paperwork (issue 19): the invitation letter, the attendance sheet and the
certificates of the demo, checked against the data files, printed to PDF by Chromium, and the
certificates' QR codes decoded back to their verification pages."""

from __future__ import annotations

import io
import posixpath
import re
import shutil
from pathlib import Path

import pytest
import yaml
from PIL import Image
from support.build import ROOT, TODAY
from support.pages import page

from kkg_site.generator import generate
from kkg_site.types.administrasi.views import audience

SITE_URL = yaml.safe_load((ROOT / "mkdocs.yml").read_text(encoding="utf-8"))["site_url"]
MEMBERS = {m["id"]: m for m in yaml.safe_load((ROOT / "data" / "anggota.yml").read_text(encoding="utf-8"))}
SCHOOLS = yaml.safe_load((ROOT / "data" / "sekolah.yml").read_text(encoding="utf-8"))
KKG = yaml.safe_load((ROOT / "data" / "kkg.yml").read_text(encoding="utf-8"))
BOARDS = yaml.safe_load((ROOT / "data" / "pengurus.yml").read_text(encoding="utf-8"))


def activities_with(key: str) -> dict[str, dict]:
    found = {}
    for path in sorted((ROOT / "data" / "kegiatan").glob("*.yml")):
        record = yaml.safe_load(path.read_text(encoding="utf-8"))
        if record.get(key):
            found[path.stem] = record
    return found


INVITING = activities_with("undangan")
CERTIFYING = activities_with("sertifikat")
LETTER_ID, LETTER = next(iter(INVITING.items()))
CERT_ID, CERTIFIED = next(iter(CERTIFYING.items()))


def chair_on(day) -> str:
    board = next(b for b in BOARDS if b["mulai"] <= day <= b["selesai"])
    return MEMBERS[board["ketua"]]["nama"]


def recipients(record: dict) -> list[tuple[str, str]]:
    """(name, role) in certificate order: speakers, then peserta, then guests."""
    speakers = [
        (MEMBERS[s["anggota"]]["nama"] if "anggota" in s else s["nama"], "Narasumber") for s in record["narasumber"]
    ]
    spoke = {s.get("anggota") for s in record["narasumber"]}
    members = [(MEMBERS[m]["nama"], "Peserta") for m in record["peserta"] if m not in spoke]
    return speakers + members + [(g["nama"], "Peserta") for g in record.get("tamu", [])]


def site_url_of(from_url: str, href: str) -> str:
    """The site URL a relative link on the page at ``from_url`` leads to."""
    return posixpath.normpath(from_url + href) + "/"


def certificate_urls(site: Path, activity_id: str) -> list[str]:
    url = f"kegiatan/{activity_id}/"
    return [site_url_of(url, a["href"]) for a in page(site, url).select("ol.kkg-sertifikat-daftar a")]


def test_demo_has_an_upcoming_letter_and_a_finished_activity_with_certificates() -> None:
    assert LETTER["tanggal"] > TODAY and LETTER["undangan"]["tanggal"] <= TODAY
    assert CERTIFIED["tanggal"] < TODAY and CERTIFIED["peserta"] and CERTIFIED["tamu"] and CERTIFIED["jp"]


def test_letter_names_number_schools_and_signatories(site: Path) -> None:
    soup = page(site, f"kegiatan/{LETTER_ID}/undangan/")
    letter = soup.select_one(".kkg-surat__lembar")
    text = letter.get_text(" ", strip=True)
    assert letter.select_one(".kkg-kop__nama").get_text(strip=True) == KKG["nama"]
    assert LETTER["undangan"]["nomor"] in text and "Perihal" in text and "Lampiran" in text
    assert LETTER["judul"] in text and "08.00–12.00 WIB" in text
    names = [p.get_text(strip=True) for p in letter.select(".kkg-ttd__nama")]
    assert names == [KKG["pengawas"], chair_on(LETTER["undangan"]["tanggal"])]
    assert "Mengetahui," in text
    # The attachment: every school of data/sekolah.yml (kepada is left out: all schools), with its head
    attachment = soup.select_one(".kkg-surat__lampiran")
    assert [h.get_text(strip=True) for h in attachment.select("h3")] == [s["nama"] for s in SCHOOLS]
    for school in SCHOOLS:
        assert f"Kepala sekolah: {school['kepala_sekolah']}" in attachment.get_text(" ", strip=True)


def test_invited_teachers_follow_the_sasaran(site: Path) -> None:
    """ "Guru kelas 1–6": the class teachers of each school, active, in the members' order."""
    assert "kelas 1–6" in LETTER["sasaran"].lower()
    invited = [
        li.get_text(strip=True)
        for li in page(site, f"kegiatan/{LETTER_ID}/undangan/").select(".kkg-surat__lampiran li")
    ]
    expected = [
        m["nama"] + f", {m['tugas']}"
        for school in SCHOOLS
        for m in MEMBERS.values()
        if m.get("sekolah") == school["id"]
        and m.get("aktif", True)
        and re.match(r"Guru Kelas [1-6]$", m.get("tugas", ""))
    ]
    assert invited == expected and expected


def test_audience_reads_classes_and_subjects() -> None:
    class Member:
        def __init__(self, tugas: str | None) -> None:
            self.tugas = tugas

    people = [Member(t) for t in ("Kepala Sekolah", "Guru Kelas 2", "Guru Kelas 5", "Guru PAI", "Guru PJOK", None)]
    duties = lambda sasaran: [m.tugas for m in audience(sasaran, people)]  # noqa: E731
    assert duties("Guru kelas 4-6") == ["Guru Kelas 5"]
    assert duties("Guru kelas 1 sampai 3 dan guru PAI") == ["Guru Kelas 2", "Guru PAI"]
    assert duties("Seluruh anggota") == [m.tugas for m in people]
    assert duties(None) == [m.tugas for m in people]


def test_attendance_sheet_numbers_rows_and_alternates_signatures(site: Path) -> None:
    soup = page(site, f"kegiatan/{LETTER_ID}/daftar-hadir/")
    invited = page(site, f"kegiatan/{LETTER_ID}/undangan/").select(".kkg-surat__lampiran li")
    members, guests = soup.select("table.kkg-hadir__tabel")
    rows = [tr for tr in members.select("tbody tr") if not tr.th]
    assert [tr.select("td")[1].get_text(strip=True) for tr in rows] == [
        li.get_text(strip=True).split(", Guru")[0] for li in invited
    ]
    numbers = [int(tr.td.get_text()) for tr in rows + guests.select("tbody tr")]
    assert numbers == list(range(1, len(numbers) + 1))
    for tr in rows + guests.select("tbody tr"):
        number = int(tr.td.get_text())
        left, right = (td.get_text(strip=True) for td in tr.select("td.kkg-hadir__ttd"))
        assert (left, right) == ((f"{number}.", "") if number % 2 else ("", f"{number}."))
    headings = [
        h.get_text(strip=True) for h in page(site, f"kegiatan/{LETTER_ID}/undangan/").select(".kkg-surat__lampiran h3")
    ]
    assert [th.get_text(strip=True) for th in members.select("tbody th")] == headings  # every school has teachers


def test_activity_page_links_the_papers_and_lists_every_certificate(site: Path) -> None:
    hrefs = [a["href"] for a in page(site, f"kegiatan/{LETTER_ID}/").select(".kkg-surat__tautan a")]
    assert hrefs == ["undangan/", "daftar-hadir/"]
    soup = page(site, f"kegiatan/{CERT_ID}/")
    listed = [
        (li.a.get_text(strip=True), li.get_text(" ", strip=True).split(" · ")[1])
        for li in soup.select("ol.kkg-sertifikat-daftar li")
    ]
    assert listed == recipients(CERTIFIED)
    assert not page(site, "kegiatan/2026-10-10-seminar-numerasi/").select("#administrasi")


def test_verification_page_states_the_certificate(site: Path) -> None:
    day = CERTIFIED["tanggal"].strftime("%Y%m%d")
    urls = certificate_urls(site, CERT_ID)
    assert urls == [f"kegiatan/sertifikat/{day}-{n:03d}/" for n in range(1, len(recipients(CERTIFIED)) + 1)]
    for n, (url, (name, role)) in enumerate(zip(urls, recipients(CERTIFIED)), start=1):
        soup = page(site, url)
        facts = {
            tr.th.get_text(strip=True): tr.td.get_text(" ", strip=True)
            for tr in soup.select(".kkg-sertifikat__fakta tr")
        }
        assert facts["Nomor"] == f"SERT/{day}/{n:03d}"
        assert facts["Nama"] == name and facts["Peran"] == role
        assert facts["Kegiatan"] == CERTIFIED["judul"] and facts["Jam pelajaran"] == f"{CERTIFIED['jp']} JP"
        printed = soup.select_one(".kkg-sertifikat__lembar")
        assert printed.select_one(".kkg-sertifikat__nama").get_text(strip=True) == name
        assert f"{CERTIFIED['jp']} JP" in printed.get_text(" ", strip=True)
        assert [p.get_text(strip=True) for p in printed.select(".kkg-ttd__nama")] == [
            KKG["pengawas"],
            chair_on(CERTIFIED["tanggal"]),
        ]


def test_member_page_links_their_certificate(site: Path) -> None:
    member_id = CERTIFIED["peserta"][0]
    links = page(site, f"anggota/{member_id}/").select("a")
    [link] = [a for a in links if a.get_text(strip=True) == "Sertifikat (1)"]
    target = page(site, site_url_of(f"anggota/{member_id}/", link["href"]))
    assert target.select_one(".kkg-sertifikat__nama").get_text(strip=True) == MEMBERS[member_id]["nama"]


def test_without_site_url_certificates_have_no_qr_code() -> None:
    """No absolute address to encode: the certificate says to check its number on the portal."""
    output = generate(ROOT / "data", TODAY, site_url=None)
    certificates = [p for p in output.pages if p.url.startswith("kegiatan/sertifikat/")]
    assert len(certificates) == len(recipients(CERTIFIED))
    for certificate in certificates:
        assert "<svg" not in certificate.body
        assert "Periksa keaslian dengan nomor ini di portal" in certificate.body


def test_a_member_with_several_certificates_gets_a_list(tmp_path: Path) -> None:
    data = tmp_path / "data"
    shutil.copytree(ROOT / "data", data)
    second = data / "kegiatan" / "2026-10-10-seminar-numerasi.yml"
    member_id = CERTIFIED["peserta"][0]
    second.write_text(
        second.read_text(encoding="utf-8") + f"peserta: [{member_id}]\njp: 4\nsertifikat: true\n", encoding="utf-8"
    )
    output = generate(data, TODAY, site_url=SITE_URL)
    listing = next(p for p in output.pages if p.url == f"kegiatan/sertifikat/anggota/{member_id}/")
    assert listing.body.index("Seminar Numerasi") < listing.body.index(CERTIFIED["judul"])  # newest first
    assert "kegiatan/sertifikat/20261010-002/" in {p.url for p in output.pages}


# --- printed by Chromium --------------------------------------------------------------


def pdf_pages(browser_page, url: str, style: str | None = None) -> list[tuple[float, float, str]]:
    """(width, height, text) of each page of ``url`` printed to PDF on A4, the CSS's page size
    first; ``style`` is added to the page before it prints."""
    from pypdf import PdfReader

    browser_page.goto(url)
    if style:
        browser_page.add_style_tag(content=style)
    pdf = browser_page.pdf(format="A4", prefer_css_page_size=True)
    return [
        (float(p.mediabox.width), float(p.mediabox.height), p.extract_text()) for p in PdfReader(io.BytesIO(pdf)).pages
    ]


A4 = (595, 842)  # points


@pytest.mark.browser
def test_letter_prints_on_one_a4_page_and_the_attachment_after_it(served_site: str, desktop) -> None:
    pages = pdf_pages(desktop, f"{served_site}kegiatan/{LETTER_ID}/undangan/")
    width, height, first = pages[0]
    assert (round(width), round(height)) == A4
    flat = " ".join(first.split())
    assert KKG["nama"].upper() in flat and LETTER["undangan"]["nomor"] in flat
    assert "Mengetahui," in flat and chair_on(LETTER["undangan"]["tanggal"]) in flat and KKG["pengawas"] in flat
    assert "Daftar guru yang diundang" not in flat
    assert "Daftar guru yang diundang" in pages[1][2]


# Rows as tall as a long name or duty makes them (three or four lines): a page break then falls
# inside a row unless the sheet's print styles keep rows whole; short rows mostly fit anyway.
TALL_ROWS = ".kkg-hadir__tabel td { height: 7em; }"


@pytest.mark.browser
@pytest.mark.parametrize("style", [None, TALL_ROWS], ids=["as-built", "tall-rows"])
def test_attendance_sheet_breaks_between_rows(site: Path, served_site: str, desktop, style: str | None) -> None:
    """A row's name sits at its top and its signature number at its bottom (on the line to
    sign): a row split across two pages would put them on different pages."""
    url = f"kegiatan/{LETTER_ID}/daftar-hadir/"
    pages = pdf_pages(desktop, served_site + url, style)
    assert len(pages) > 1 and all((round(w), round(h)) == A4 for w, h, _ in pages)
    texts = [" ".join(text.split()) for _, _, text in pages]
    rows = [tr.select("td") for tr in page(site, url).select("table.kkg-hadir__tabel tbody tr") if not tr.th]
    members = [(int(cells[0].get_text()), cells[1].get_text(strip=True)) for cells in rows if cells[1].get_text()]
    assert len(members) >= 20
    starts = [f"{number} {name}" for number, name in members]
    for (number, name), start, following in zip(members, starts, [*starts[1:], "Tamu undangan"]):
        [holding] = [text for text in texts if start in text]
        row = holding[holding.index(start) + len(start) :]
        if following in row:
            row = row[: row.index(following)]
        assert re.search(rf"(?<![\d.]){number}\.", row), (number, name)
    assert any("Tamu undangan" in text for text in texts)


@pytest.mark.browser
def test_certificate_prints_on_one_a4_landscape_page(served_site: str, desktop) -> None:
    for url in (
        f"kegiatan/sertifikat/{CERTIFIED['tanggal']:%Y%m%d}-001/",
        f"kegiatan/sertifikat/{CERTIFIED['tanggal']:%Y%m%d}-{len(recipients(CERTIFIED)):03d}/",
    ):
        pages = pdf_pages(desktop, served_site + url)
        assert len(pages) == 1, url
        width, height, text = pages[0]
        assert (round(width), round(height)) == A4[::-1]
        assert "SERTIFIKAT" in text.replace(" ", "")


@pytest.mark.browser
def test_qr_codes_decode_to_their_verification_pages(site: Path, served_site: str, desktop) -> None:
    import zxingcpp

    urls = certificate_urls(site, CERT_ID)
    for url, (name, _) in zip(urls, recipients(CERTIFIED)):
        desktop.goto(served_site + url)
        desktop.emulate_media(media="print")
        image = Image.open(io.BytesIO(desktop.locator(".kkg-qr").screenshot()))
        [decoded] = zxingcpp.read_barcodes(image)
        assert decoded.text == SITE_URL + url
        # the page it leads to exists and names the same person, activity and JP
        verified = page(site, decoded.text.removeprefix(SITE_URL))
        facts = verified.select_one(".kkg-sertifikat__fakta").get_text(" ", strip=True)
        assert name in facts and CERTIFIED["judul"] in facts and f"{CERTIFIED['jp']} JP" in facts
