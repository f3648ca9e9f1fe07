"""The built demo portal: pages, language, privacy, no third-party requests."""

from __future__ import annotations

import re
from pathlib import Path
from urllib.parse import urlparse

import pytest
from support.build import ROOT
from support.data import demo_yaml
from support.gates import count_checked
from support.pages import files_containing, page

MEMBERS = demo_yaml("anggota.yml")
BOARDS = demo_yaml("pengurus.yml")
PRIVATE = ("nip", "nuptk", "telepon", "surel", "alamat")


def html_pages(site: Path) -> list[Path]:
    return sorted(site.rglob("*.html"))


@pytest.mark.parametrize("url", ["", "tentang/", "pengurus/", "anggota/"])
def test_section_pages_exist_in_indonesian(site: Path, url: str) -> None:
    soup = page(site, url)
    assert soup.html["lang"] == "id"
    assert soup.find("h1")
    assert soup.find("nav")


def test_every_page_is_indonesian(site: Path) -> None:
    for path in html_pages(site):
        assert re.search(r'<html[^>]*\blang="id"', path.read_text(encoding="utf-8")), path


def test_no_request_to_another_host(site: Path) -> None:
    """Scripts, styles, images and fonts all come from the site itself."""
    for path in html_pages(site):
        soup = page(site, str(path.relative_to(site)))
        for tag, attribute in (("script", "src"), ("link", "href"), ("img", "src"), ("source", "src")):
            for element in soup.find_all(tag):
                value = element.get(attribute)
                if not value or (
                    tag == "link" and element.get("rel") not in (["stylesheet"], ["preload"], ["icon"], ["manifest"])
                ):
                    continue
                assert not urlparse(value).netloc, f"{path}: {tag} {value}"
    for path in site.rglob("*.css"):
        assert not re.search(r"url\(\s*['\"]?(https?:)?//", path.read_text(encoding="utf-8")), path


def test_stylesheet_keeps_every_rule_and_leaves_the_comments_in_the_sources(site: Path) -> None:
    published = (site / "assets" / "kkg.css").read_text(encoding="utf-8")
    assert "/*" not in published
    sources = [ROOT / "kkg_site" / "assets" / "kkg.css", *sorted((ROOT / "kkg_site" / "types").glob("*/style.css"))]
    rules = [
        line.strip()
        for source in sources
        for line in re.sub(r"/\*.*?\*/", "", source.read_text(encoding="utf-8"), flags=re.DOTALL).splitlines()
        if line.strip()
    ]
    assert len(rules) > 100
    missing = [rule for rule in rules if rule not in published]
    assert not missing, missing[:3]


def test_private_member_values_never_published(site: Path) -> None:
    private_values = {
        str(member[key])
        for member in MEMBERS
        for key in PRIVATE
        if member.get(key) and key not in member.get("publik", [])
    }
    assert len(private_values) > 20
    assert not files_containing(site, private_values)


def test_public_email_is_shown_when_member_allows_it(site: Path) -> None:
    member = next(m for m in MEMBERS if "surel" in m.get("publik", []))
    soup = page(site, f"anggota/{member['id']}/")
    assert soup.find("a", href=f"mailto:{member['surel']}")


def test_pengurus_shows_current_board_first(site: Path) -> None:
    current = BOARDS[-1]
    soup = page(site, "pengurus/")
    first_section = soup.find("h2", id="pengurus-aktif")
    assert current["periode"] in first_section.get_text()
    cards = soup.select(".kkg-person")
    roles = [card.select_one(".kkg-person__role").get_text(strip=True) for card in cards[:3]]
    assert roles == ["Ketua", "Sekretaris", "Bendahara"]
    names = {m["id"]: m["nama"] for m in MEMBERS}
    assert cards[0].select_one(".kkg-person__name").get_text(strip=True) == names[current["ketua"]]
    # every coordinator of the current board appears with their bidang
    text = soup.get_text(" ")
    for coordinator in current["koordinator"]:
        assert f"Koordinator {coordinator['bidang']}" in text
    # the earlier board is there too, folded
    assert soup.find("details", class_="kkg-details")


def test_anggota_groups_active_members_by_school(site: Path) -> None:
    soup = page(site, "anggota/")
    listed = {a.get_text(strip=True) for a in soup.select(".kkg-people a")}
    active = {m["nama"] for m in MEMBERS if m.get("aktif", True)}
    inactive = {m["nama"] for m in MEMBERS if not m.get("aktif", True)}
    assert listed == active
    assert not listed & inactive
    schools = demo_yaml("sekolah.yml")
    headings = [h.get_text(" ", strip=True) for h in soup.select("h2")]
    assert len(headings) == len(schools)


def test_tentang_lists_schools_with_npsn(site: Path) -> None:
    schools = demo_yaml("sekolah.yml")
    rows = page(site, "tentang/").select("table.kkg-table tbody tr")
    assert len(rows) == len(schools)
    npsns = {row.find_all("td")[1].get_text(strip=True) for row in rows}
    assert npsns == {s["npsn"] for s in schools}


def test_scrollable_tables_are_named_by_their_captions(site: Path) -> None:
    """A wide table scrolls inside a focusable region; screen readers list a page's regions by
    name, so each region is named by its own table's caption, and no two on a page alike."""
    sections = set()
    regions = 0
    for path in html_pages(site):
        url = path.relative_to(site).as_posix()
        soup = page(site, url)
        names = []
        for region in soup.select(".kkg-table-wrap"):
            assert (region.get("role"), region.get("tabindex"), region.get("aria-label")) == ("region", "0", None), url
            caption = region.select_one(":scope > table > caption")
            assert caption is not None and caption.get("id"), f"{url}: a scrollable table without a caption id"
            assert region.get("aria-labelledby") == caption["id"], url
            assert soup.find_all(id=caption["id"]) == [caption], f"{url}: id {caption['id']} is not unique"
            names.append(" ".join(caption.get_text().split()))
        assert all(names), url
        assert len(set(names)) == len(names), f"{url}: regions named alike: {names}"
        if names:
            sections.add(url.split("/")[0])
            regions += len(names)
    assert sections >= {"keuangan", "tentang", "program", "notulen"}, sections
    count_checked("scrollable tables named by their captions", regions)


def test_navigation_stays_small(site: Path) -> None:
    """Item pages are not in the navigation: the nav of a member page has the sections only."""
    soup = page(site, "anggota/")
    nav_links = soup.select("nav.md-nav--primary a.md-nav__link")
    assert len(nav_links) < 30
    assert not any("anggota/" in (a.get("href") or "") and a.get("href").count("/") > 2 for a in nav_links)
