"""Member photos (`foto:` in data/anggota.yml) reach the built site as real images."""

from __future__ import annotations

from pathlib import Path
from urllib.parse import urljoin, urlparse

import pytest
from PIL import Image
from support.build import ROOT
from support.data import demo_yaml
from support.pages import page

MEMBERS = demo_yaml("anggota.yml")
WITH_PHOTO = [member for member in MEMBERS if member.get("foto")]
BOARDS = demo_yaml("pengurus.yml")


def built_file(site: Path, page_url: str, src: str) -> Path:
    """The file an <img src> on the page at ``page_url`` loads."""
    path = urlparse(urljoin(f"http://kkg.test/{page_url}", src)).path
    return site / path.lstrip("/")


def assert_photo(site: Path, page_url: str, image, member: dict) -> None:
    assert image["alt"] == f"Foto {member['nama']}"
    assert int(image["width"]) > 0 and image["width"] == image["height"]
    target = built_file(site, page_url, image["src"])
    # Published re-encoded without metadata (test_attachments.py), with the very same pixels.
    with Image.open(target) as built, Image.open(ROOT / "data" / member["foto"]) as source:
        assert built.format == source.format
        assert built.convert("RGBA").tobytes() == source.convert("RGBA").tobytes()


def test_demo_has_a_few_member_photos() -> None:
    assert 2 <= len(WITH_PHOTO) <= 3
    for member in WITH_PHOTO:
        data = (ROOT / "data" / member["foto"]).read_bytes()
        assert data.startswith(b"\x89PNG\r\n\x1a\n") and len(data) < 8_000


@pytest.mark.parametrize("member", WITH_PHOTO, ids=lambda m: m["id"])
def test_member_page_shows_the_photo(site: Path, member: dict) -> None:
    url = f"anggota/{member['id']}/"
    images = page(site, url).select(".kkg-profil img")
    assert len(images) == 1
    assert_photo(site, url, images[0], member)


def test_pengurus_card_shows_the_photo(site: Path) -> None:
    current = BOARDS[-1]
    officers = {current[role] for role in ("ketua", "sekretaris", "bendahara")}
    officers |= {c["anggota"] for c in current["koordinator"]}
    pictured = [m for m in WITH_PHOTO if m["id"] in officers]
    assert pictured, "at least one officer of the current board has a photo"
    cards = [card for card in page(site, "pengurus/").select("article.kkg-person") if not card.find_parent("details")]
    for member in pictured:
        card = next(c for c in cards if c.select_one(".kkg-person__name").get_text(strip=True) == member["nama"])
        image = card.find("img")
        assert image is not None, member["id"]
        assert_photo(site, "pengurus/", image, member)


def test_members_without_photo_get_initials(site: Path) -> None:
    member = next(m for m in MEMBERS if not m.get("foto"))
    profile = page(site, f"anggota/{member['id']}/").select_one(".kkg-profil__head")
    assert profile.find("img") is None
    assert profile.select_one(".kkg-avatar--initials").get_text(strip=True)
