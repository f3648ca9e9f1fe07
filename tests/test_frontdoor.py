"""The front door in the built demo: link previews, the KKG's identity, sharing, calendar links."""

from __future__ import annotations

import io
import json
import re
from datetime import timedelta
from pathlib import Path
from urllib.parse import parse_qs, urljoin, urlsplit

import pytest
from PIL import Image
from support.build import ROOT, SITE_URL, TODAY
from support.data import demo_yaml
from support.demo_kegiatan import activities
from support.gates import count_checked
from support.pages import page, page_type_sample

from kkg_site.generator import generate
from kkg_site.preview import CACHE_VARIABLE, CARD_SIZE, Previews

KKG = demo_yaml("kkg.yml")
WHATSAPP_LIMIT = 300 * 1024


def meta_tags(soup) -> dict[str, str]:
    return {tag.get("property") or tag.get("name"): tag["content"] for tag in soup.head.find_all("meta", content=True)}


def site_file(site: Path, absolute_url: str) -> Path:
    assert absolute_url.startswith(SITE_URL), absolute_url
    return site / absolute_url.removeprefix(SITE_URL)


def test_every_page_type_has_open_graph_and_twitter_card_with_a_1200x630_image(site: Path) -> None:
    for url in page_type_sample(site):
        tags = meta_tags(page(site, url))
        for key in (
            "og:title",
            "og:site_name",
            "og:image",
            "og:image:alt",
            "twitter:card",
            "twitter:title",
            "twitter:image",
        ):
            assert tags.get(key), (url, key)
        assert tags["twitter:card"] == "summary_large_image"
        assert (tags["og:image:width"], tags["og:image:height"]) == ("1200", "630")
        image_file = site_file(site, tags["og:image"])
        assert image_file.stat().st_size < WHATSAPP_LIMIT, (url, image_file.stat().st_size)
        with Image.open(image_file) as image:
            assert image.format == "PNG" and image.size == CARD_SIZE, url
        count_checked("page types with a link preview")


def test_home_title_is_the_kkg_name(site: Path) -> None:
    soup = page(site, "")
    assert soup.title.string.strip() == KKG["nama"]
    assert meta_tags(soup)["og:title"] == KKG["nama"]


def test_activity_and_material_pages_have_their_own_cards(site: Path) -> None:
    activity = next(a for a in activities() if a.id == "2026-12-05-lokakarya-penyusunan-soal-sumatif")
    tags = meta_tags(page(site, activity.url))
    assert re.fullmatch(rf"{SITE_URL}assets/kartu/[0-9a-f]{{32}}\.png", tags["og:image"])
    assert activity.raw["judul"] in tags["og:image:alt"] and "5 Desember 2026" in tags["og:image:alt"]
    material = meta_tags(page(site, "materi/soal-sts-matematika-kelas-2-semester-ganjil/"))
    assert "Matematika · Kelas 2" in material["og:image:alt"]
    cards = {site_file(site, tags["og:image"]).read_bytes(), site_file(site, material["og:image"]).read_bytes()}
    default = site_file(site, meta_tags(page(site, "notulen/"))["og:image"]).read_bytes()
    assert len(cards | {default}) == 3


def test_cards_are_cached_by_content(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv(CACHE_VARIABLE, str(tmp_path / "cache"))
    first = generate(ROOT / "data", TODAY, SITE_URL)
    drawn = first.index.previews.drawn
    cards = [a for a in first.assets if a.path.startswith("assets/kartu/")]
    assert drawn >= len(cards) > 20
    assert all(a.path == f"assets/kartu/{a.source.name}" for a in cards)  # named by content
    # The next day's rebuild (statuses change, cards carry no status) draws nothing.
    again = generate(ROOT / "data", TODAY + timedelta(days=1), SITE_URL)
    assert again.index.previews.drawn == 0
    assert sorted((a.path, a.source) for a in again.assets) == sorted((a.path, a.source) for a in first.assets)
    previews = Previews("KKG Lain", "", None, tmp_path / "cache")
    previews.card("Kegiatan", "Judul", "Sabtu, 5 Desember 2026")
    assert previews.drawn == 1  # another name: another card


def test_manifest_and_icons(site: Path) -> None:
    soup = page(site, "kegiatan/")
    manifest_url = urljoin("https://x.invalid/kegiatan/", soup.find("link", rel="manifest")["href"])
    manifest_path = site / urlsplit(manifest_url).path.lstrip("/")
    manifest = json.loads(manifest_path.read_text(encoding="utf-8"))
    assert (
        manifest["name"] == KKG["nama"]
        and manifest["theme_color"] == soup.find("meta", attrs={"name": "theme-color"})["content"]
    )
    for icon in manifest["icons"]:
        with Image.open(manifest_path.parent / icon["src"]) as image:
            assert f"{image.width}x{image.height}" == icon["sizes"]
    for rel in ("icon", "apple-touch-icon"):
        href = soup.find("link", rel=rel)["href"]
        assert (site / urlsplit(urljoin("https://x.invalid/kegiatan/", href)).path.lstrip("/")).is_file(), rel
    assert soup.select_one(".md-header__button.md-logo img")["src"].endswith("assets/logo.png")


def test_footer_on_every_page_type(site: Path) -> None:
    for url in page_type_sample(site):
        footer = page(site, url).select_one("footer .kkg-footer")
        assert footer is not None, url
        text = " ".join(footer.get_text(" ").split())
        assert KKG["alamat"] in text and KKG["telepon"] in text, url
        assert f"Diperbarui {TODAY.day} November {TODAY.year}" in text, url
        assert footer.find("a", href=KKG["whatsapp"]) is not None, url
        assert footer.find("a", string="Panduan pengelola") is not None, url


def test_guides_out_of_the_members_menu(site: Path) -> None:
    soup = page(site, "")
    tabs = [a.get_text(strip=True) for a in soup.select(".md-tabs__link")]
    assert "Panduan" not in tabs and "Kegiatan" in tabs
    assert (site / "panduan" / "index.html").is_file()


def test_home_page_is_a_front_door(site: Path) -> None:
    soup = page(site, "")
    tiles = {a.strong.get_text(): a["href"] for a in soup.select(".kkg-tiles a")}
    assert list(tiles) == ["Agenda kegiatan", "Materi per mapel", "Notulen rapat", "Laporan kegiatan"]
    assert tiles["Agenda kegiatan"] == "kegiatan/"
    assert (site / tiles["Laporan kegiatan"] / "index.html").is_file()
    logo = soup.select_one(".kkg-hero__logo")
    assert logo["alt"] == f"Logo {KKG['nama']}" and (site / logo["src"]).is_file()
    next_activity = soup.select_one(".kkg-home-section .kkg-event__title")
    assert next_activity.get_text() == "Lokakarya Penyusunan Soal Asesmen Sumatif Akhir Semester"
    assert soup.select_one(".md-sidebar--primary").has_attr("hidden")  # its links are the tabs and tiles


def test_share_action_is_one_macro_on_every_item_page(site: Path) -> None:
    urls = ["kegiatan/2026-12-05-lokakarya-penyusunan-soal-sumatif/", "materi/soal-sts-matematika-kelas-2-semester-ganjil/",
            "notulen/2026-11-14-rapat-rutin-asesmen-sumatif/", "program/laporan/2026-2027-ganjil/"]  # fmt: skip
    for url in urls:
        (link,) = page(site, url).select(".kkg-bagikan a")
        canonical = meta_tags(page(site, url))["og:url"]
        assert link["data-bagikan-url"] == canonical, url
        (text,) = parse_qs(urlsplit(link["href"]).query)["text"]
        assert urlsplit(link["href"]).netloc == "wa.me" and text == f"{link['data-bagikan-teks']}\n{canonical}", url


def test_activity_invitation_text(site: Path) -> None:
    link = page(site, "kegiatan/2026-12-05-lokakarya-penyusunan-soal-sumatif/").select_one(".kkg-bagikan a")
    assert link["data-bagikan-teks"].splitlines() == [
        f"Undangan {KKG['singkatan']}",
        "*Lokakarya Penyusunan Soal Asesmen Sumatif Akhir Semester*",
        "Hari, tanggal: Sabtu, 5 Desember 2026",
        "Waktu: 08.00–12.00 WIB",
        "Tempat: SD Negeri 3 Sukamaju, Kp. Babakan RT 02 RW 04, Desa Sukamaju, Kecamatan Sukamaju, Kabupaten Bandung Barat 40559",
    ]


@pytest.mark.parametrize("activity", [a for a in activities() if a.upcoming and not a.cancelled], ids=lambda a: a.id)
def test_google_calendar_link(site: Path, activity) -> None:
    link = page(site, activity.url).find("a", string="Google Kalender")
    parts = urlsplit(link["href"])
    assert (parts.netloc, parts.path) == ("calendar.google.com", "/calendar/render")
    query = {key: value for key, (value,) in parse_qs(parts.query).items()}
    assert query["action"] == "TEMPLATE" and query["text"] == activity.raw["judul"] and query["ctz"] == "Asia/Jakarta"
    start, end = query["dates"].split("/")
    if activity.hours:
        first, last = activity.hours[0], activity.hours[1]
        assert start == f"{activity.first_day:%Y%m%d}T{first:%H%M}00"
        assert end.startswith(f"{activity.last_day:%Y%m%d}T")
        if last:
            assert end == f"{activity.last_day:%Y%m%d}T{last:%H%M}00"
    else:  # all day: the end date is exclusive
        assert (start, end) == (f"{activity.first_day:%Y%m%d}", f"{activity.last_day + timedelta(days=1):%Y%m%d}")
    assert query["details"].endswith(meta_tags(page(site, activity.url))["og:url"])


def test_calendar_has_what_google_calendar_needs(site: Path) -> None:
    """What calendar apps have failed on (e.g. Android's "unable to launch event" without
    DTSTAMP, github.com/ctftime/ctftime.org/issues/75): checked on the feed and every file."""
    from icalendar import Calendar

    for path in [site / "kegiatan.ics", *site.glob("kegiatan/*/*.ics")]:
        raw = path.read_bytes()
        assert raw.count(b"\n") == raw.count(b"\r\n"), path  # CRLF line ends only
        calendar = Calendar.from_ical(raw)
        assert (str(calendar["VERSION"]), str(calendar["METHOD"])) == ("2.0", "PUBLISH") and calendar["PRODID"]
        zones = {str(zone["TZID"]) for zone in calendar.walk("VTIMEZONE")}
        for event in calendar.walk("VEVENT"):
            assert event["UID"] and event["DTSTAMP"] and event["DTSTART"] and event["DTEND"], path
            assert {event[key].params.get("TZID") for key in ("DTSTART", "DTEND")} - {None} <= zones, path
        count_checked("calendar files checked for Google Calendar")


def test_open_end_gets_three_hours(site: Path) -> None:
    from icalendar import Calendar

    calendar = Calendar.from_ical((site / "kegiatan.ics").read_bytes())
    open_ended = [a for a in activities() if a.hours and a.hours[1] is None]
    assert open_ended, "the demo has an activity written 13.00-selesai"
    for activity in open_ended:
        (event,) = [e for e in calendar.walk("VEVENT") if str(e["UID"]).startswith(activity.id + "@")]
        assert event.end - event.start == timedelta(hours=3)
        assert "selesai" in str(event["DESCRIPTION"])


def test_dues_agree_between_minutes_and_ledger() -> None:
    ledger = (ROOT / "data" / "kas.yml").read_text(encoding="utf-8")
    rates = set(re.findall(r"iuran \d+ anggota \((Rp[\d.]+) per anggota\)", ledger))
    minutes = " ".join(p.read_text(encoding="utf-8") for p in (ROOT / "data" / "notulen").glob("*.md"))
    decided = set(re.findall(r"[Ii]uran anggota[^.\n]*?(Rp[\d.]+) per bulan", minutes))
    assert rates and decided and rates == decided


def test_whatsapp_group_link_must_be_an_invitation() -> None:
    from kkg_site.types.organisasi.model import KKG as Profile

    assert Profile(nama="KKG", whatsapp=" https://chat.whatsapp.com/Kb3xT9sQmZ2LpR7vW4nYcD ").whatsapp.endswith("YcD")
    with pytest.raises(ValueError, match=r"chat\.whatsapp\.com"):
        Profile(nama="KKG", whatsapp="https://wa.me/6281234567890")


def test_cover_photo_and_a_kkg_without_logo(project) -> None:
    photo = io.BytesIO()
    Image.new("RGB", (1200, 500), (120, 160, 90)).save(photo, "JPEG")
    project.write("data/foto/sampul.jpg", photo.getvalue())
    profile = (
        (project.data / "kkg.yml")
        .read_text(encoding="utf-8")
        .replace("logo: foto/logo.png\n", "sampul: foto/sampul.jpg\n")
    )
    project.write("data/kkg.yml", profile)
    (project.data / "foto" / "logo.png").unlink()
    result = project.build()
    assert result.returncode == 0, result.stderr
    soup = page(project.site, "")
    cover = soup.select_one(".kkg-hero__sampul")
    assert (cover["width"], cover["height"]) == ("1200", "500") and (project.site / cover["src"]).is_file()
    assert soup.select_one(".kkg-hero__logo") is None and soup.select_one(".md-logo img") is None
    with Image.open(project.site / "assets" / "ikon" / "ikon-512.png") as icon:  # the KKG's initials
        assert icon.size == (512, 512)
    assert (project.site / meta_tags(soup)["og:image"].removeprefix(SITE_URL)).is_file()
