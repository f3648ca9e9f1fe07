"""The materials catalog in Chromium on a phone: a shared filtered link, facets, paging, downloads."""

from __future__ import annotations

from pathlib import Path
from urllib.parse import parse_qs, urlsplit

import pytest
from playwright.sync_api import expect

from demo_materi import ITEMS, MATERI, classes

pytestmark = pytest.mark.browser


def matching(**wanted: object) -> list[dict]:
    """Demo items with these values (``kelas`` matches any of an item's classes)."""
    found = []
    for item in ITEMS.values():
        if "kelas" in wanted and wanted["kelas"] not in classes(item):
            continue
        if any(item.get(key) != value for key, value in wanted.items() if key != "kelas"):
            continue
        found.append(item)
    return found


def query_of(url: str) -> dict[str, list[str]]:
    return parse_qs(urlsplit(url).query)


def watch_requests(page, site: str) -> tuple[list[str], list[str]]:
    failed: list[str] = []
    foreign: list[str] = []
    page.on("requestfailed", lambda request: failed.append(request.url))
    page.on("request", lambda request: None if request.url.startswith(site) else foreign.append(request.url))
    return failed, foreign


def test_shared_filter_link_then_facet_then_download(served_site: str, phone) -> None:
    failed, foreign = watch_requests(phone, served_site)
    phone.goto(served_site + "materi/?mapel=matematika&kelas=2")
    status = phone.locator(".kkg-hasil__jumlah")
    expected = matching(mapel="Matematika", kelas=2)
    assert len(expected) >= 3
    expect(status).to_have_text(f"{len(expected)} materi ditemukan")
    titles = phone.locator(".kkg-hasil__judul").all_inner_texts()
    assert sorted(titles) == sorted(item["judul"] for item in expected)
    assert phone.locator("select[name=mapel]").input_value() == "matematika"
    expect(phone.locator("select[name=kelas] option:checked")).to_have_text(f"Kelas 2 ({len(expected)})")

    phone.locator("select[name=jenis]").select_option("soal")
    soal = matching(mapel="Matematika", kelas=2, jenis="soal")
    assert 0 < len(soal) < len(expected)
    expect(status).to_have_text(f"{len(soal)} materi ditemukan")
    assert query_of(phone.url) == {"mapel": ["matematika"], "kelas": ["2"], "jenis": ["soal"]}
    assert sorted(phone.locator(".kkg-hasil__judul").all_inner_texts()) == sorted(i["judul"] for i in soal)

    item = next(i for i in soal if i.get("berkas"))
    source = item["_path"].parent / item["berkas"][0]
    result = phone.locator(".kkg-hasil__item", has=phone.get_by_role("link", name=item["judul"], exact=True))
    with phone.expect_download() as download_info:
        result.locator("a[download]").first.tap()
    download = download_info.value
    assert download.suggested_filename == source.name
    assert Path(download.path()).read_bytes() == source.read_bytes()
    assert phone.evaluate("document.documentElement.scrollWidth") <= 390
    assert not failed, failed
    assert not foreign, foreign


def test_text_search_is_kept_in_the_address(served_site: str, phone) -> None:
    phone.goto(served_site + "materi/")
    phone.locator("input[name=q]").fill("hijaiyah")
    expected = [i for i in ITEMS.values() if "hijaiyah" in (i["judul"] + " ".join(i.get("kata_kunci", []))).lower()]
    expect(phone.locator(".kkg-hasil__jumlah")).to_have_text(f"{len(expected)} materi ditemukan")
    assert query_of(phone.url) == {"q": ["hijaiyah"]}
    phone.reload()
    expect(phone.locator(".kkg-hasil__judul")).to_have_text([i["judul"] for i in expected])
    phone.get_by_role("button", name="Hapus saringan").tap()
    expect(phone.locator(".kkg-hasil__jumlah")).to_have_text(f"{len(ITEMS)} materi ditemukan")
    assert urlsplit(phone.url).query == ""


def test_results_are_shown_twenty_at_a_time(served_site: str, phone) -> None:
    phone.goto(served_site + "materi/")
    results = phone.locator(".kkg-hasil__item")
    expect(results).to_have_count(20)
    more = phone.locator(".kkg-hasil__lagi")
    expect(more).to_have_text(f"Tampilkan 20 lagi (masih {len(ITEMS) - 20})")
    while more.is_visible():
        more.tap()
    expect(results).to_have_count(len(ITEMS))


def test_item_page_download_button_gives_the_file(served_site: str, phone) -> None:
    item_id = "soal-sas-matematika-kelas-2-ganjil"
    phone.goto(served_site + f"materi/{item_id}/")
    assert phone.evaluate("document.documentElement.scrollWidth") <= 390
    source = MATERI / "matematika" / "Kisi-kisi SAS Matematika Kelas 2.xlsx"
    with phone.expect_download() as download_info:
        phone.locator(".kkg-unduh a", has_text=source.name).tap()
    assert Path(download_info.value.path()).read_bytes() == source.read_bytes()


def test_catalog_works_without_javascript(served_site: str, browser) -> None:
    context = browser.new_context(java_script_enabled=False, viewport={"width": 390, "height": 844}, is_mobile=True)
    page = context.new_page()
    try:
        page.goto(served_site + "materi/?mapel=matematika&kelas=2")
        expect(page.locator("form.kkg-saring")).to_be_hidden()
        section = page.locator(".kkg-direktori", has=page.get_by_role("link", name="Matematika", exact=True))
        section.get_by_role("link", name="Kelas 2").click()
        page.wait_for_url(served_site + "materi/mapel/matematika/#kelas-2")
        item = ITEMS["soal-sts-matematika-kelas-2-semester-ganjil"]
        page.locator("#kelas-2 + ul").get_by_role("link", name=item["judul"]).click()
        page.wait_for_url(served_site + "materi/soal-sts-matematika-kelas-2-semester-ganjil/")
        with page.expect_download() as download_info:
            page.locator(".kkg-unduh a").first.click()
        source = item["_path"].parent / item["berkas"][0]
        assert Path(download_info.value.path()).read_bytes() == source.read_bytes()
    finally:
        context.close()

