"""Search in Chromium, under the /portal-kkg/ sub-path: no search bytes until used, Indonesian
stemming, filters, keyboard."""

from __future__ import annotations

import re
from pathlib import Path
from urllib.parse import urlparse

import pytest
from support.browser import SUB_PATH
from support.demo_materi import ITEMS
from support.pages import page
from test_search import content_pages

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
    """The number of matches announced above the results ("22 dokumen ditemukan"; none: 0)."""
    count = re.match(r"\d+", browser_page.locator(STATUS).inner_text())
    return int(count.group()) if count else 0


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


def test_bundle_publishes_only_what_the_search_loads(served_site: str, site: Path, phone) -> None:
    """Pagefind's ready-made search interfaces, its worker and any other file the site's search
    never requests are not published: searching and filtering load every file of the bundle."""
    requested = bundle_requests(phone)
    phone.goto(served_site)
    open_search_on_phone(phone)
    search(phone, "sukamaju")
    choose_filter(phone, "kategori", "Halaman")
    loaded = [urlparse(url).path.split("/pagefind/", 1)[1].split("/") for url in requested]
    files = {path.name for path in (site / "pagefind").iterdir() if path.is_file()}
    folders = {path.name for path in (site / "pagefind").iterdir() if path.is_dir()}
    assert files == {parts[0] for parts in loaded if len(parts) == 1}
    # below the top level: the index's own chunks, of which a search loads some of each kind
    assert folders == {parts[0] for parts in loaded if len(parts) > 1}


def words_sharing_ajar(site: Path, url: str) -> set[str]:
    """Words of the page's indexed body that contain "ajar" (mengajar, belajar, pelajaran, …)."""
    text = page(site, url).select_one("[data-pagefind-body]").get_text(" ").lower()
    return {word for word in re.findall(r"\w+", text) if "ajar" in word}


def show_all_results(browser_page) -> None:
    more = browser_page.locator(".kkg-cari__more")
    while more.is_visible():
        more.tap()
        browser_page.wait_for_function(RESULTS_READY)
    assert browser_page.locator(RESULT).count() == shown_count(browser_page)


def test_mengajar_finds_the_pages_that_only_say_pembelajaran(served_site: str, site: Path, phone) -> None:
    only_pembelajaran = {url for url in content_pages(site) if words_sharing_ajar(site, url) == {"pembelajaran"}}
    assert only_pembelajaran, "the demo has pages whose only word like 'mengajar' is 'pembelajaran'"
    phone.goto(served_site + "pengurus/")
    open_search_on_phone(phone)
    search(phone, "mengajar")
    show_all_results(phone)
    found = {link.get_attribute("href").removeprefix(SUB_PATH) for link in phone.locator(RESULT_LINK).all()}
    assert only_pembelajaran <= found
    url = sorted(only_pembelajaran)[0]
    result = phone.locator(RESULT).filter(has=phone.locator(f"a[href='{SUB_PATH}{url}']"))
    highlighted = {re.sub(r"\W", "", mark.lower()) for mark in result.locator("mark").all_inner_texts()}
    assert highlighted == {"pembelajaran"}
    result.locator(RESULT_LINK).tap()
    phone.wait_for_url(served_site + url)


def choose_filter(browser_page, name: str, value: str) -> int:
    """Pick ``value`` in the filter ``name`` (showing the filters first); the number of matches then."""
    button = browser_page.locator(".kkg-cari__filter-button")
    if button.is_visible():
        button.tap()
    browser_page.locator(f".kkg-cari__filters select[name='{name}']").select_option(value)
    browser_page.wait_for_function(RESULTS_READY)
    return shown_count(browser_page)


def shown_kinds(browser_page) -> set[str]:
    return {text.split(" · ")[0] for text in browser_page.locator(".kkg-cari__details").all_inner_texts()}


def test_kind_filter_narrows_results(served_site: str, phone) -> None:
    phone.goto(served_site)
    open_search_on_phone(phone)
    search(phone, "sukamaju")
    everything = shown_count(phone)
    assert len(shown_kinds(phone)) > 1
    assert 0 < choose_filter(phone, "kategori", "Halaman") < everything
    assert shown_kinds(phone) == {"Halaman"}


def page_filters(site: Path, href: str) -> dict[str, set[str]]:
    """The search filters the built page at ``href`` (a result link) is tagged with."""
    filters: dict[str, set[str]] = {}
    for tag in page(site, href.removeprefix(SUB_PATH)).select("[data-pagefind-filter]"):
        filters.setdefault(tag["data-pagefind-filter"], set()).add(tag.get_text())
    return filters


def test_mapel_and_kelas_filters_find_fractions_for_class_3(served_site: str, site: Path, phone) -> None:
    phone.goto(served_site + "materi/")
    open_search_on_phone(phone)
    search(phone, "pecahan")
    everything = shown_count(phone)
    mathematics = choose_filter(phone, "mapel", "Matematika")
    class_3 = choose_filter(phone, "kelas", "3")
    assert 0 < class_3 < mathematics < everything
    hrefs = [link.get_attribute("href") for link in phone.locator(RESULT_LINK).all()]
    assert len(hrefs) == class_3
    for href in hrefs:
        filters = page_filters(site, href)
        assert filters["kategori"] == {"Materi"} and filters["mapel"] == {"Matematika"} and "3" in filters["kelas"]


def test_material_kind_filter_finds_only_materials_of_that_kind(served_site: str, site: Path, phone) -> None:
    phone.goto(served_site)
    open_search_on_phone(phone)
    phone.locator(".kkg-cari__filter-button").tap()
    phone.locator(".kkg-cari__filters select[name='jenis materi']").wait_for()
    labels = phone.locator(".kkg-cari__filters label").evaluate_all("all => all.map((l) => l.firstChild.textContent)")
    assert {"Jenis kegiatan", "Jenis rapat", "Jenis materi"} <= set(labels)
    assert "Jenis" not in labels
    assert choose_filter(phone, "jenis materi", "Soal") == sum(item["jenis"] == "soal" for item in ITEMS.values())
    show_all_results(phone)
    assert shown_kinds(phone) == {"Materi"}
    for link in phone.locator(RESULT_LINK).all():
        assert page_filters(site, link.get_attribute("href"))["jenis materi"] == {"Soal"}


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
