"""In Chromium, under a GitHub Pages-like sub-path: from Beranda to Pengurus."""

from __future__ import annotations

import pytest

pytestmark = pytest.mark.browser


def test_navigate_from_home_to_pengurus_under_sub_path(served_site: str, desktop) -> None:
    failed: list[str] = []
    desktop.on("requestfailed", lambda request: failed.append(request.url))
    foreign: list[str] = []
    desktop.on("request", lambda request: None if request.url.startswith(served_site) else foreign.append(request.url))
    response = desktop.goto(served_site)
    assert response.ok
    assert desktop.locator("html").get_attribute("lang") == "id"
    desktop.get_by_role("link", name="Pengurus").first.click()
    desktop.wait_for_url(served_site + "pengurus/")
    assert desktop.locator("h1").inner_text() == "Pengurus"
    assert desktop.locator(".kkg-person__role").first.inner_text().strip().lower() == "ketua"
    assert not failed, failed
    assert not foreign, foreign


def test_phone_menu_reaches_pengurus(served_site: str, phone) -> None:
    phone.goto(served_site)
    phone.locator("label.md-header__button[for='__drawer']").click()
    phone.locator(".md-nav--primary").get_by_role("link", name="Pengurus").click()
    phone.wait_for_url(served_site + "pengurus/")
    assert phone.locator("h1").inner_text() == "Pengurus"
