"""In Chromium, under the sub-path: from Beranda to the next activity and its date in Indonesian."""

from __future__ import annotations

import pytest
from babel.dates import format_date
from support.build import TODAY
from support.demo_kegiatan import activities

pytestmark = pytest.mark.browser

NEXT = next(a for a in activities() if a.last_day >= TODAY and not a.cancelled)


def _open_next_activity(browser_page, served_site: str) -> None:
    browser_page.goto(served_site)
    section = browser_page.get_by_role("region", name="Kegiatan mendatang")
    section.get_by_role("link", name=NEXT.raw["judul"]).click()
    browser_page.wait_for_url(served_site + NEXT.url)
    assert browser_page.locator("h1").inner_text() == NEXT.raw["judul"]
    day = format_date(NEXT.first_day, "EEEE, d MMMM y", locale="id")
    when = browser_page.locator(".kkg-facts time").first.inner_text()
    assert when.startswith(day), when
    assert browser_page.get_by_role("link", name="Tambahkan ke kalender").is_visible()


def test_desktop_home_to_next_activity(served_site: str, desktop) -> None:
    failed: list[str] = []
    desktop.on("requestfailed", lambda request: failed.append(request.url))
    _open_next_activity(desktop, served_site)
    assert not failed, failed


def test_phone_home_to_next_activity(served_site: str, phone) -> None:
    _open_next_activity(phone, served_site)
    # The filter by kind works without JavaScript: plain links to per-kind pages.
    phone.goto(served_site + "kegiatan/")
    phone.locator(".kkg-filter").get_by_role("link", name="Seminar").click()
    phone.wait_for_url(served_site + "kegiatan/jenis/seminar/")
    kinds = phone.locator(".kkg-events .kkg-chip").all_inner_texts()
    assert kinds and set(kinds) == {"Seminar"}
