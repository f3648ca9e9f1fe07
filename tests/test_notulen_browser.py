"""In Chromium: a meeting page prints as a document, the register filters; no control shows without JavaScript."""

from __future__ import annotations

import pytest
from support.browser import shown_texts
from test_notulen import PUBLISHED

pytestmark = pytest.mark.browser

CHROME = [".md-header", ".md-tabs", ".md-sidebar--primary", ".md-sidebar--secondary", ".md-footer"]


def test_print_hides_navigation_and_shows_the_letterhead(served_site: str, desktop) -> None:
    desktop.goto(served_site + f"notulen/{PUBLISHED[0]['id']}/")
    for selector in CHROME:
        if selector != ".md-sidebar--primary":  # hidden on a desktop: it would list one link
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


def test_printed_minutes_start_with_the_letterhead(served_site: str, desktop) -> None:
    """The page's title (a heading for the screen; the minutes repeat it as "Acara") does not
    print above the letterhead, whatever the theme wraps it in."""
    desktop.goto(served_site + f"notulen/{PUBLISHED[0]['id']}/")
    title = desktop.locator(".md-content h1").first
    assert title.is_visible() and title.inner_text() == PUBLISHED[0]["judul"]
    assert shown_texts(desktop, limit=1) == [PUBLISHED[0]["judul"]]

    desktop.emulate_media(media="print")
    assert not title.is_visible()
    letterhead = [p.strip() for p in desktop.locator(".kkg-kop p").all_text_contents()]
    assert shown_texts(desktop, limit=len(letterhead)) == letterhead
    assert desktop.locator(".kkg-kop").bounding_box()["y"] < 50  # at the top of the sheet


def test_print_button_prints(served_site: str, desktop) -> None:
    desktop.goto(served_site + f"notulen/{PUBLISHED[0]['id']}/")
    desktop.evaluate("() => { window.print = () => { window.kkgPrinted = true; }; }")
    desktop.get_by_role("button", name="Cetak / simpan PDF").click()
    assert desktop.evaluate("window.kkgPrinted") is True


def test_without_javascript_no_control_that_does_nothing(served_site: str, phone_without_javascript) -> None:
    page = phone_without_javascript
    page.goto(served_site + f"notulen/{PUBLISHED[0]['id']}/")
    assert page.get_by_role("link", name="Bagikan ke WhatsApp").is_visible()
    assert page.get_by_role("button").filter(has_text="Cetak").count() == 0  # hidden: not in the a11y tree
    page.goto(served_site + "notulen/keputusan/")
    assert not page.locator("#kkg-saring").is_visible()
    assert page.locator(".kkg-register h3 + ol > li").first.is_visible()


def test_register_filter_narrows_the_decisions(served_site: str, phone) -> None:
    phone.goto(served_site + "notulen/keputusan/")
    decisions = phone.locator(".kkg-register h3 + ol > li")
    total = decisions.count()
    word = "iuran"
    # A decision matches by its own text or by its meeting's title; a meeting without one is hidden.
    matches = {
        m["judul"]: [n for n, d in enumerate(m["keputusan"], 1) if word in f"{d} {m['judul']}".lower()]
        for m in PUBLISHED
    }
    assert len(matches) == len(PUBLISHED)  # titles tell the meetings apart
    expected = sum(len(numbers) for numbers in matches.values())
    assert 0 < expected < total
    phone.get_by_label("Saring keputusan").fill(word)
    assert phone.locator(".kkg-register h3 + ol > li:visible").count() == expected
    assert phone.locator("#kkg-saring-jumlah").inner_text() == f"{expected} keputusan cocok"
    shown = phone.locator(".kkg-register h3:visible")
    assert shown.count() == sum(bool(numbers) for numbers in matches.values())
    # Each shown decision keeps its number in the minutes, though the ones before it are hidden.
    for heading in shown.all():
        title = heading.locator("a").inner_text()
        numbers = heading.locator("xpath=following-sibling::ol[1]/li").evaluate_all(
            "items => items.filter(item => !item.hidden).map(item => item.value)"
        )
        assert numbers == matches[title]
    phone.get_by_label("Saring keputusan").fill("")
    assert phone.locator(".kkg-register h3 + ol > li:visible").count() == total
    assert phone.locator(".kkg-register h3:visible").count() == sum(bool(m["keputusan"]) for m in PUBLISHED)
