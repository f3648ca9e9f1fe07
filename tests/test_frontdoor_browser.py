"""The front door on a phone (Chromium): sharing an activity, link-preview images, no missing file."""

from __future__ import annotations

import io
import json
from urllib.parse import parse_qs, urlsplit

import pytest
from PIL import Image
from support.gates import count_checked
from support.pages import page_type_sample

pytestmark = pytest.mark.browser

ACTIVITY = "kegiatan/2026-12-05-lokakarya-penyusunan-soal-sumatif/"
INVITATION = "*Lokakarya Penyusunan Soal Asesmen Sumatif Akhir Semester*"


def test_share_action_on_an_activity_with_the_invitation(served_site: str, phone) -> None:
    phone.goto(served_site + ACTIVITY)
    share = phone.locator(".kkg-bagikan a")
    assert share.is_visible() and share.bounding_box()["height"] >= 44
    # This Chromium has no share sheet: the WhatsApp link, with the invitation and the address.
    assert share.inner_text() == "Bagikan ke WhatsApp"
    (text,) = parse_qs(urlsplit(share.get_attribute("href")).query)["text"]
    assert INVITATION in text.splitlines() and "Waktu: 08.00–12.00 WIB" in text
    assert text.endswith("/" + ACTIVITY)


def test_share_sheet_where_the_browser_has_one(served_site: str, browser) -> None:
    context = browser.new_context(viewport={"width": 390, "height": 844}, is_mobile=True, has_touch=True)
    # A phone browser's navigator.share, recording what the page hands it.
    context.add_init_script("navigator.share = async (data) => { window.shared = data; };")
    phone = context.new_page()
    try:
        phone.goto(served_site + ACTIVITY)
        share = phone.get_by_role("link", name="Bagikan", exact=True)
        share.click()
        shared = phone.evaluate("window.shared")
        assert phone.url == served_site + ACTIVITY  # the page stayed: the share sheet opened instead of WhatsApp
        assert INVITATION in shared["text"].splitlines()
        assert shared["url"].endswith("/" + ACTIVITY)
    finally:
        context.close()


def test_every_page_type_has_a_loadable_preview_image_and_no_missing_file(served_site: str, site, phone) -> None:
    missing: list[str] = []
    phone.on("response", lambda response: missing.append(response.url) if response.status == 404 else None)
    for url in page_type_sample(site):
        if url == "404.html":
            continue  # answered with 404 on purpose
        response = phone.goto(served_site + url)
        assert response.ok, url
        phone.wait_for_load_state("networkidle")
        # The head's files a browser fetches when it needs them (install, bookmark, tab icon).
        manifest_url = phone.evaluate("document.querySelector('link[rel=manifest]').href")
        answer = phone.request.get(manifest_url)
        assert answer.ok, url
        icons = [phone.evaluate("([src, base]) => new URL(src, base).href", [icon["src"], manifest_url])
                 for icon in json.loads(answer.body())["icons"]]  # fmt: skip
        icons += phone.evaluate(
            "[...document.querySelectorAll('link[rel~=icon], link[rel=apple-touch-icon]')].map(l => l.href)"
        )
        assert len(icons) == 4, url
        for icon in icons:
            assert phone.request.get(icon).ok, icon
        image_url = phone.locator("meta[property='og:image']").get_attribute("content")
        # The page's own address is site_url's (https://contoh.github.io/portal-kkg/): fetch the same path here.
        served_image = served_site + urlsplit(image_url).path.split("/portal-kkg/", 1)[1]
        image = phone.request.get(served_image)
        assert image.ok and image.headers["content-type"] == "image/png", url
        with Image.open(io.BytesIO(image.body())) as decoded:
            assert decoded.size == (1200, 630), url
        count_checked("page types served with their preview image")
    assert missing == []
