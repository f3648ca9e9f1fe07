"""The materials catalog in Chromium on a phone: a shared filtered link, facets, paging, downloads."""

from __future__ import annotations

import json
from pathlib import Path
from urllib.parse import parse_qs, urljoin, urlsplit

import pytest
from playwright.sync_api import expect
from support.demo_materi import ITEMS, MATERI, classes
from support.pages import page

from kkg_site.types.materi.catalog import class_label
from kkg_site.types.materi.model import Materi

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
    # Until the reader turns to the form, the subject × class grid follows it (nothing loads).
    expect(phone.locator(".kkg-hasil__jumlah")).to_have_text(f"{len(ITEMS)} materi")
    expect(results).to_have_count(0)
    phone.locator("input[name=q]").focus()
    expect(results).to_have_count(20)
    more = phone.locator(".kkg-hasil__lagi")
    expect(more).to_have_text(f"Tampilkan 20 lagi (masih {len(ITEMS) - 20})")
    while more.is_visible():
        more.tap()
    expect(results).to_have_count(len(ITEMS))


CARDS = """() => Array.from(document.querySelectorAll(".kkg-hasil__item"), (item) => ({
    url: item.querySelector(".kkg-hasil__judul").href,
    title: item.querySelector(".kkg-hasil__judul").textContent,
    facts: item.querySelector(".kkg-meta").textContent,
    files: Array.from(item.querySelectorAll("a[download]"), (a) => [a.href, a.title, a.textContent]),
}))"""


def show_all(phone, count: int = len(ITEMS)) -> None:
    """Turn to the form, wait for the ``count`` results of the catalog, then show them all."""
    phone.locator("input[name=q]").focus()
    expect(phone.locator(".kkg-hasil__jumlah")).to_have_text(f"{count} materi ditemukan")
    more = phone.locator(".kkg-hasil__lagi")
    while more.is_visible():
        more.tap()


def test_every_result_shows_the_facts_and_files_of_its_item_page(served_site: str, site: Path, phone) -> None:
    phone.goto(served_site + "materi/")
    show_all(phone)
    cards = phone.evaluate(CARDS)
    assert len(cards) == len(ITEMS)
    for card in cards:
        item_url = urlsplit(card["url"]).path.removeprefix(urlsplit(served_site).path)
        item_page = page(site, item_url)
        assert card["title"] == item_page.find("h1").get_text(strip=True)
        # The item page's description is the facts line of the lists, then the curriculum.
        facts, curriculum = item_page.find("meta", attrs={"name": "description"})["content"].rsplit(" · ", 1)
        assert card["facts"] == facts, item_url
        assert curriculum.startswith("Kurikulum ")
        downloads = [
            [
                urljoin(card["url"], a["href"]),
                a.select_one(".kkg-unduh__nama").get_text(strip=True),
                "Unduh " + a.select_one(".kkg-unduh__info").get_text(strip=True),
            ]
            for a in item_page.select(".kkg-unduh a[download]")
        ]
        assert card["files"] == downloads, item_url


def test_every_word_written_for_search_still_finds_its_materials(served_site: str, phone) -> None:
    phone.goto(served_site + "materi/")
    show_all(phone)
    facts = {urlsplit(c["url"]).path.rstrip("/").rsplit("/", 1)[-1]: c["facts"] for c in phone.evaluate(CARDS)}
    written = {i: [item.get("tema"), item.get("elemen"), *item.get("kata_kunci", [])] for i, item in ITEMS.items()}
    text = {i: " ".join([ITEMS[i]["judul"], facts[i], *filter(None, written[i])]).lower() for i in ITEMS}
    words = sorted({w for found in written.values() for w in " ".join(filter(None, found)).lower().split()})
    assert len(words) > 50
    search = phone.locator("input[name=q]")
    status = phone.locator(".kkg-hasil__jumlah")
    for word in words:
        search.fill(word)
        expect(status).to_have_text(f"{sum(word in t for t in text.values())} materi ditemukan")


def test_class_text_and_facets_for_every_way_of_writing_classes(served_site: str, site: Path, phone) -> None:
    """Classes as a list with gaps, a range, one class, a phase, or nothing: the same text as
    the site's own pages, and the class and phase facets count them as the model does."""
    data = json.loads((site / "materi" / "index.json").read_text(encoding="utf-8"))
    columns = data["kolom"]
    template = data["materi"][0]
    written = [{"kelas": [1, 3]}, {"kelas": [2, 3, 4]}, {"kelas": [5]}, {"kelas": [2, 6, 5]}, {"fase": "B"}, {}]
    required = {"judul": "x", "jenis": "soal", "mapel": "IPAS", "berkas": ["x.pdf"]}
    records = [Materi.model_validate({**required, **w}) for w in written]
    rows = []
    for number, record in enumerate(records):
        row = list(template)
        row[columns.index("id")] = f"contoh-{number}"
        row[columns.index("judul")] = f"Contoh {number}"
        row[columns.index("kelas")] = list(record.classes) if record.kelas else []
        row[columns.index("fase")] = record.fase.lower() if record.fase and not record.kelas else None
        rows.append(row)
    phone.route("**/materi/index.json", lambda route: route.fulfill(json={**data, "materi": rows}))
    phone.goto(served_site + "materi/")
    show_all(phone, len(rows))
    shown = {c["title"]: c["facts"].split(" · ")[2] for c in phone.evaluate(CARDS)}
    assert shown == {f"Contoh {n}": class_label(r) for n, r in enumerate(records)}
    for kelas in range(1, 7):
        expected = sum(kelas in r.classes for r in records)
        expect(phone.locator(f"select[name=kelas] option[value='{kelas}']")).to_have_text(f"Kelas {kelas} ({expected})")
    for fase in "ABC":
        expected = sum(fase in r.phases for r in records)
        expect(phone.locator(f"select[name=fase] option[value='{fase.lower()}']")).to_contain_text(f"({expected})")


def test_item_page_download_button_gives_the_file(served_site: str, phone) -> None:
    item_id = "soal-sas-matematika-kelas-2-ganjil"
    phone.goto(served_site + f"materi/{item_id}/")
    assert phone.evaluate("document.documentElement.scrollWidth") <= 390
    source = MATERI / "matematika" / "Kisi-kisi SAS Matematika Kelas 2.xlsx"
    with phone.expect_download() as download_info:
        phone.locator(".kkg-unduh a", has_text=source.name).tap()
    assert Path(download_info.value.path()).read_bytes() == source.read_bytes()


def test_catalog_works_without_javascript(served_site: str, phone_without_javascript) -> None:
    page = phone_without_javascript
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


@pytest.mark.parametrize(
    ("typed", "meant"),
    [("pecahn", "pecahan"), ("asesmen diagnostip", "asesmen diagnostik"), ("menjumlahkan", "penjumlahan")],
)
def test_text_filter_forgives_typos_and_affixes(served_site: str, phone, typed: str, meant: str) -> None:
    phone.goto(served_site + "materi/")
    search, status = phone.locator("input[name=q]"), phone.locator(".kkg-hasil__jumlah")
    search.fill(meant)
    expect(status).to_contain_text("materi ditemukan")
    expected = sorted(phone.locator(".kkg-hasil__judul").all_inner_texts())
    assert expected, meant
    search.fill(typed)  # the index is loaded: the results change as the input does
    expect(status).to_contain_text("materi ditemukan")
    assert set(expected) <= set(phone.locator(".kkg-hasil__judul").all_inner_texts()), typed


def test_catalog_does_not_move_while_loading(served_site: str, phone) -> None:
    """The form and the grid are where the page drew them: no layout shift as the script
    starts (Lighthouse: CLS ≤ 0.05), and the grid starts within the first two screens."""
    phone.add_init_script(
        """window.__shift = 0; new PerformanceObserver((list) => {
            for (const entry of list.getEntries()) if (!entry.hadRecentInput) window.__shift += entry.value;
        }).observe({ type: "layout-shift", buffered: true });"""
    )
    phone.goto(served_site + "materi/")
    phone.wait_for_load_state("networkidle")
    assert phone.evaluate("window.__shift") <= 0.05
    assert phone.locator("form.kkg-saring").is_visible()
    assert phone.locator("#per-mapel").bounding_box()["y"] < 2 * 844


def test_subject_and_class_list_is_two_taps_from_the_catalog(served_site: str, site: Path, phone) -> None:
    """Tap 1: "Per mata pelajaran dan kelas" in the page's contents, or the grid right under
    the form; tap 2: a subject's class; its count is the catalog filter's count."""
    phone.goto(served_site + "materi/")
    section = phone.locator(".kkg-direktori", has=phone.get_by_role("link", name="Matematika", exact=True))
    chip = section.get_by_role("link", name="Kelas 4")
    chip.scroll_into_view_if_needed()
    count = int(chip.locator("small").inner_text().strip("()"))
    chip.tap()
    phone.wait_for_url(served_site + "materi/mapel/matematika/#kelas-4")
    heading = phone.locator("#kelas-4")
    assert heading.is_visible()
    assert f"({count})" in heading.inner_text()
    assert count == len(matching(mapel="Matematika", kelas=4))
    phone.goto(served_site + "materi/?mapel=matematika&kelas=4")
    expect(phone.locator(".kkg-hasil__jumlah")).to_have_text(f"{count} materi ditemukan")
