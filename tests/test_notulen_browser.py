"""In Chromium: a meeting page prints as a document; the decision register filters."""

from __future__ import annotations

import pytest
from test_notulen import PUBLISHED

pytestmark = pytest.mark.browser

CHROME = [".md-header", ".md-tabs", ".md-sidebar--primary", ".md-sidebar--secondary", ".md-footer"]


def test_print_hides_navigation_and_shows_the_letterhead(served_site: str, desktop) -> None:
    desktop.goto(served_site + f"notulen/{PUBLISHED[0]['id']}/")
    for selector in CHROME:
        assert desktop.locator(selector).first.is_visible(), selector
    assert not desktop.locator(".kkg-kop").is_visible()

    desktop.emulate_media(media="print")
    for selector in CHROME:
        assert not desktop.locator(selector).first.is_visible(), selector
    assert desktop.locator(".kkg-kop").is_visible()
    assert desktop.locator(".kkg-kop__nama").inner_text().strip().lower() == "kkg gugus iii kecamatan sukamaju"
    assert not desktop.get_by_text("Bagikan ke WhatsApp").is_visible()
    assert desktop.locator(".kkg-ttd").is_visible()
    pdf = desktop.pdf(format="A4")
    assert pdf.startswith(b"%PDF")


def test_register_filter_narrows_the_decisions(served_site: str, phone) -> None:
    phone.goto(served_site + "notulen/keputusan/")
    decisions = phone.locator("ul.kkg-decisions > li")
    total = decisions.count()
    word = "iuran"
    # A decision matches by its own text or by its meeting's title.
    expected = sum(word in f"{d} {m['judul']}".lower() for m in PUBLISHED for d in m["keputusan"])
    assert 0 < expected < total
    phone.get_by_label("Saring keputusan").fill(word)
    assert phone.locator("ul.kkg-decisions > li:visible").count() == expected
    assert phone.locator("#kkg-saring-jumlah").inner_text() == f"{expected} keputusan cocok"
    phone.get_by_label("Saring keputusan").fill("")
    assert phone.locator("ul.kkg-decisions > li:visible").count() == total
