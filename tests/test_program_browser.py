"""In Chromium: the Laporan Kegiatan prints as an A4 document without the site's navigation."""

from __future__ import annotations

import re

import pytest
from support.browser import shown_texts

pytestmark = pytest.mark.browser

CHROME = [".md-header", ".md-tabs", ".md-sidebar--primary", ".md-footer"]


def test_report_prints_without_navigation(served_site: str, desktop) -> None:
    desktop.goto(served_site + "program/laporan/2025-2026/")
    for selector in CHROME[:2]:  # on screen the site's header and tabs are there
        assert desktop.locator(selector).first.is_visible(), selector
    desktop.emulate_media(media="print")
    for selector in CHROME:
        assert not desktop.locator(selector).first.is_visible(), selector
    assert not desktop.locator(".kkg-cetak").is_visible()  # the print button
    assert desktop.locator(".kkg-kop").is_visible()
    assert desktop.locator("h1").inner_text().replace("\n", " ") == "LAPORAN KEGIATAN TAHUN AJARAN 2025/2026"
    assert desktop.locator(".kkg-ttd").is_visible()
    # Each signature has room to sign and stamp between the role and the name (over 1.5 cm).
    for column in desktop.locator(".kkg-ttd__kolom").all():
        role, name = column.locator("p").nth(0).bounding_box(), column.locator(".kkg-ttd__nama").bounding_box()
        assert name["y"] - (role["y"] + role["height"]) > 1.5 / 2.54 * 96
    # The report fills the page: no sidebar space is left beside it.
    page_width = desktop.evaluate("document.documentElement.clientWidth")
    assert desktop.locator(".kkg-laporan").bounding_box()["width"] > 0.9 * page_width


@pytest.mark.parametrize("slug", ["2025-2026", "2025-2026-ganjil"])
def test_printed_report_starts_with_the_letterhead(served_site: str, desktop, slug: str) -> None:
    """The letterhead, then the report's own title: no heading for the screen above them."""
    desktop.goto(served_site + f"program/laporan/{slug}/")
    desktop.emulate_media(media="print")
    letterhead = [p.strip() for p in desktop.locator(".kkg-kop p").all_text_contents()]
    assert shown_texts(desktop, limit=len(letterhead)) == letterhead
    titles = [h1 for h1 in desktop.locator(".md-content h1").all() if h1.is_visible()]
    assert [h1.inner_text().replace("\n", " ") for h1 in titles] == [
        desktop.locator(".kkg-laporan h1").inner_text().replace("\n", " ")
    ]
    assert desktop.locator(".kkg-kop").bounding_box()["y"] < 50  # at the top of the sheet


def test_report_pdf_uses_the_a4_page_size(served_site: str, desktop) -> None:
    desktop.goto(served_site + "program/laporan/2025-2026-ganjil/")
    pdf = desktop.pdf(prefer_css_page_size=True)  # the size comes from @page, not from Chromium's default (Letter)
    boxes = re.findall(rb"/MediaBox\s*\[\s*0\s+0\s+([\d.]+)\s+([\d.]+)\s*\]", pdf)
    assert boxes
    for width, height in boxes:
        assert float(width) == pytest.approx(595.3, abs=1) and float(height) == pytest.approx(
            841.9, abs=1
        )  # 210 × 297 mm
