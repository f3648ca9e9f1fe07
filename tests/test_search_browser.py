"""Search in Chromium, under the /portal-kkg/ sub-path: no search bytes until used, Indonesian
stemming, filters, keyboard."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from conftest import SUB_PATH, page

pytestmark = pytest.mark.browser

RESULT = ".md-search-result__item"
RESULT_LINK = ".md-search-result__link"
STATUS = ".md-search-result__meta"
RESULTS_READY = "document.getElementById('kkg-cari-hasil').getAttribute('aria-busy') === 'false'"


def bundle_requests(browser_page) -> list[str]:
    """Every URL the page requests from the search bundle (pagefind/), recorded from now on."""
    requested: list[str] = []
    browser_page.on("request", lambda request: requested.append(request.url) if "/pagefind/" in request.url else None)
    return requested


def open_search_on_phone(phone) -> None:
    phone.locator("label.md-header__button[for='__search']").tap()
    phone.wait_for_function("document.activeElement.classList.contains('md-search__input')")


def search(browser_page, query: str) -> None:
    """Type ``query`` and wait until all results shown for it are in place."""
    browser_page.locator(".md-search__input").fill(query)
    browser_page.wait_for_function(RESULTS_READY)
    assert re.search("ditemukan|tidak ada", browser_page.locator(STATUS).inner_text(), re.IGNORECASE)


def shown_count(browser_page) -> int:
    """The number of matches announced above the results ("22 dokumen ditemukan")."""
    return int(re.match(r"\d+", browser_page.locator(STATUS).inner_text()).group())


def test_page_view_transfers_no_search_bytes(served_site: str, phone) -> None:
    requested = bundle_requests(phone)
    all_requests: list[str] = []
    phone.on("request", lambda request: all_requests.append(request.url))
    for url in ("", "anggota/siti-nurjanah/", "pengurus/"):
        assert phone.goto(served_site + url, wait_until="networkidle").ok
    assert len(all_requests) > 3, "the network log records the page views"
    assert not requested, requested
    assert not [url for url in all_requests if "search" in url.removeprefix(served_site)]
    # Opening the search is what downloads Pagefind, from the sub-path.
    with phone.expect_request(served_site + "pagefind/pagefind.js"):
        open_search_on_phone(phone)


def test_mengajar_finds_a_page_that_only_says_pembelajaran(served_site: str, site: Path, phone) -> None:
    phone.goto(served_site + "pengurus/")
    open_search_on_phone(phone)
    search(phone, "mengajar")
    result = phone.locator(RESULT).filter(has=phone.locator(f"a[href='{SUB_PATH}tentang/']"))
    assert result.count() == 1
    text = page(site, "tentang/").select_one("[data-pagefind-body]").get_text(" ").lower()
    assert "pembelajaran" in text and "mengajar" not in text
    highlighted = [mark.lower() for mark in result.locator("mark").all_inner_texts()]
    assert "pembelajaran" in highlighted
    assert result.locator("h1").inner_text() == "Tentang"
    assert result.locator(".kkg-cari__details").inner_text() == "Halaman"
    result.locator(RESULT_LINK).tap()
    phone.wait_for_url(served_site + "tentang/")


def test_kind_filter_narrows_results(served_site: str, phone) -> None:
    phone.goto(served_site)
    open_search_on_phone(phone)
    search(phone, "sukamaju")
    everything = shown_count(phone)
    kinds = {text.split(" · ")[0] for text in phone.locator(".kkg-cari__details").all_inner_texts()}
    assert kinds == {"Halaman", "Pengurus/Anggota"}
    phone.locator(".kkg-cari__filter-button").tap()
    phone.locator(".kkg-cari__filters select[name='kategori']").select_option("Halaman")
    phone.wait_for_function(RESULTS_READY)
    assert 0 < shown_count(phone) < everything
    details = phone.locator(".kkg-cari__details").all_inner_texts()
    assert len(details) == shown_count(phone)
    assert {text.split(" · ")[0] for text in details} == {"Halaman"}


def test_more_results_on_request(served_site: str, phone) -> None:
    phone.goto(served_site)
    open_search_on_phone(phone)
    search(phone, "sukamaju")
    total = shown_count(phone)
    assert total > 10
    assert phone.locator(RESULT).count() == 10
    phone.locator(".kkg-cari__more").tap()
    phone.wait_for_function(RESULTS_READY)
    assert phone.locator(RESULT).count() == min(total, 20)


@pytest.mark.parametrize("key", ["/", "s"])
def test_shortcut_focuses_the_search_field(served_site: str, desktop, key: str) -> None:
    desktop.goto(served_site + "anggota/")
    desktop.keyboard.press(key)
    assert desktop.evaluate("document.activeElement.classList.contains('md-search__input')")
    assert desktop.locator("#__search").is_checked()
    assert desktop.locator(".md-search__input").input_value() == ""  # the key is not typed into it
    desktop.keyboard.press("Escape")
    assert not desktop.locator("#__search").is_checked()
    assert not desktop.evaluate("document.activeElement.classList.contains('md-search__input')")


def test_arrow_keys_and_enter_open_a_result(served_site: str, desktop) -> None:
    desktop.goto(served_site)
    desktop.keyboard.press("/")
    search(desktop, "kelas")
    links = desktop.locator(RESULT_LINK)
    second = links.nth(1).get_attribute("href")
    desktop.keyboard.press("ArrowDown")
    desktop.keyboard.press("ArrowDown")
    assert desktop.evaluate("document.activeElement.getAttribute('href')") == second
    desktop.keyboard.press("ArrowUp")
    assert desktop.evaluate("document.activeElement.getAttribute('href')") == links.first.get_attribute("href")
    desktop.keyboard.press("ArrowDown")
    desktop.keyboard.press("Enter")
    desktop.wait_for_url(re.compile(re.escape(second) + "$"))
    assert second.startswith(SUB_PATH)
