"""The 404 page in Chromium: at any depth under /portal-kkg/, styled, Indonesian, with a way home.

The test server answers every missing path with status 404 and the body of 404.html,
as GitHub Pages does, so the page's assets must resolve from wherever it is shown.
"""

from __future__ import annotations

import pytest

pytestmark = pytest.mark.browser

STYLESHEETS_LOADED = """() => [...document.styleSheets]
    .filter(sheet => sheet.href)
    .map(sheet => [new URL(sheet.href).pathname, sheet.cssRules.length])"""


@pytest.mark.parametrize("missing", ["tidak-ada/", "a/b/c/tidak-ada/", "anggota/x/y/berkas.pdf"])
def test_missing_page_is_styled_indonesian_and_leads_home(served_site: str, phone, missing: str) -> None:
    statuses: dict[str, int] = {}
    phone.on("response", lambda response: statuses.__setitem__(response.url, response.status))
    failed: list[str] = []
    phone.on("requestfailed", lambda request: failed.append(request.url))

    response = phone.goto(served_site + missing)

    assert response.status == 404
    assert phone.locator("html").get_attribute("lang") == "id"
    assert phone.locator("h1").inner_text() == "Halaman tidak ditemukan"
    assert phone.title().startswith("Halaman tidak ditemukan")
    # every stylesheet came from the site, answered 200 and has rules (an HTML 404 body has none)
    sheets = dict(phone.evaluate(STYLESHEETS_LOADED))
    assert any(path.endswith("/assets/kkg.css") for path in sheets), sheets
    assert any("/assets/stylesheets/main." in path for path in sheets), sheets
    for path, rules in sheets.items():
        assert path.startswith("/portal-kkg/") and rules > 0, (path, rules)
    assert all(status == 200 for url, status in statuses.items() if url != served_site + missing), statuses
    assert not failed, failed
    # Material's styles are applied: the header sticks to the top, the home link is a filled button
    assert phone.eval_on_selector(".md-header", "e => getComputedStyle(e).position") == "sticky"
    home = phone.get_by_role("link", name="Kembali ke Beranda")
    background = home.evaluate("e => getComputedStyle(e).backgroundColor")
    assert background not in ("rgba(0, 0, 0, 0)", "transparent"), background

    home.click()
    phone.wait_for_url(served_site)
    assert phone.locator(".kkg-hero h1").count() == 1
