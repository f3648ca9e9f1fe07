"""In Chromium on a 360 px phone: tables fit, text and targets are large enough, statuses are
right at view time, deep pages say where they are, nothing answers 404, pages print whole."""

from __future__ import annotations

import re
from datetime import datetime
from pathlib import Path

import pytest
from support.pages import page, page_type_sample

pytestmark = pytest.mark.browser

PHONE = {"width": 360, "height": 780}


@pytest.fixture
def small_phone(browser: object):
    context = browser.new_context(viewport=PHONE, is_mobile=True, has_touch=True)
    yield context.new_page()
    context.close()


def table_pages(site: Path) -> list[str]:
    """Every kind of page with a money or status table: treasury summary and year, the minutes
    list and a meeting with action items, the programme, a report, the schools."""
    meeting = next(
        path.parent.name
        for path in sorted((site / "notulen").glob("*/index.html"))
        if page(site, f"notulen/{path.parent.name}/").find(id="tabel-tindak-lanjut")
    )
    year = next(path.parent.name for path in sorted((site / "keuangan").glob("20*/index.html")))
    report = next(path.parent.name for path in sorted((site / "program" / "laporan").glob("*/index.html")))
    return [
        "keuangan/",
        f"keuangan/{year}/",
        "notulen/",
        f"notulen/{meeting}/",
        "program/",
        f"program/laporan/{report}/",
        "tentang/",
    ]


# Elements that reach past the right edge of the viewport (outside a table's own scrolling
# region), and the table regions that still scroll sideways.
OVERFLOW = """() => {
    const width = document.documentElement.clientWidth;
    const wide = [...document.querySelectorAll(".md-content *")]
        .filter((el) => el.checkVisibility() && el.getBoundingClientRect().right > width + 1)
        .map((el) => el.tagName + "." + el.className);
    const scrolling = [...document.querySelectorAll(".kkg-table-wrap")]
        .filter((wrap) => wrap.scrollWidth > wrap.clientWidth + 1)
        .map((wrap) => wrap.querySelector("table").id);
    return { wide, scrolling, tables: document.querySelectorAll(".kkg-table-wrap table").length };
}"""


def test_tables_become_cards_that_fit_a_phone(served_site: str, site: Path, small_phone) -> None:
    for url in table_pages(site):
        small_phone.goto(served_site + url)
        found = small_phone.evaluate(OVERFLOW)
        assert found["tables"], url
        assert found["wide"] == [], url
        assert found["scrolling"] == [], url
    # On a card, each amount is right-aligned, beside its column's name.
    small_phone.goto(served_site + table_pages(site)[1])
    cell = small_phone.locator("#tabel-buku-kas tbody tr").nth(1).locator("td[data-label=Saldo]")
    assert cell.evaluate("td => getComputedStyle(td).textAlign") == "right"
    assert cell.evaluate("td => getComputedStyle(td, '::before').content") == '"Saldo"'
    row, right = cell.bounding_box(), small_phone.locator("#tabel-buku-kas").bounding_box()
    assert row["x"] + row["width"] == pytest.approx(right["x"] + right["width"], abs=1)


def test_tables_stay_tables_on_a_desktop(served_site: str, site: Path, desktop) -> None:
    desktop.goto(served_site + table_pages(site)[1])
    assert desktop.locator("#tabel-buku-kas thead").is_visible()
    assert desktop.locator("#tabel-buku-kas td").first.evaluate("td => getComputedStyle(td).display") == "table-cell"
    desktop.goto(served_site + "tentang/")
    assert (
        desktop.locator("#tabel-sekolah td").first.evaluate("td => parseFloat(getComputedStyle(td).paddingLeft)") >= 8
    )


def test_chart_labels_are_legible_on_a_phone(served_site: str, site: Path, small_phone) -> None:
    small_phone.goto(served_site + table_pages(site)[1])
    sizes = small_phone.evaluate(
        """() => [...document.querySelectorAll(".kkg-grafik text")].map(
            (text) => text.getScreenCTM().a * parseFloat(getComputedStyle(text).fontSize))"""
    )
    assert len(sizes) > 12
    assert min(sizes) >= 12


SMALL = """() => {
    const shown = (el) => el.checkVisibility({ visibilityProperty: true });
    const text = [...document.querySelectorAll(".md-content :is(.kkg-badge, .kkg-chip, .kkg-status, ul.kkg-chips li)")]
        .filter(shown).map((el) => [el.textContent.trim(), parseFloat(getComputedStyle(el).fontSize)])
        .filter(([, size]) => size < 12);
    const targets = [...document.querySelectorAll(".md-content :is(.md-button, button, summary, select, input)")]
        .filter(shown).map((el) => [el.textContent.trim() || el.name, el.getBoundingClientRect().height])
        .filter(([, height]) => height < 44);
    return { text, targets };
}"""


def test_badges_are_legible_and_actions_easy_to_tap(served_site: str, site: Path, small_phone) -> None:
    urls = [url for url in page_type_sample(site) if not url.startswith("panduan/")]  # guides: Material's copy buttons
    for url in [*urls, "notulen/tindak-lanjut/", "kegiatan/"]:
        small_phone.goto(served_site + url)
        assert small_phone.evaluate(SMALL) == {"text": [], "targets": []}, url


def test_no_request_answers_404_on_any_page_type(served_site: str, site: Path, small_phone) -> None:
    failed: list[tuple[int, str]] = []
    small_phone.on(
        "response", lambda response: failed.append((response.status, response.url)) if response.status >= 400 else None
    )
    for url in page_type_sample(site):
        if url == "404.html":
            continue
        small_phone.goto(served_site + url)
        small_phone.wait_for_load_state("networkidle")
        assert failed == [], url


def test_activity_status_is_the_one_at_view_time(served_site: str, site: Path, browser) -> None:
    """The build wrote the status for its day; the page shows the status at the reader's moment."""
    path = next(
        p
        for p in sorted((site / "kegiatan").glob("*/index.html"))
        if 'data-selesai="' in p.read_text(encoding="utf-8") and "T08:00" in p.read_text(encoding="utf-8")
    )
    badge = page(site, f"kegiatan/{path.parent.name}/").select_one(".kkg-event__meta .kkg-badge")
    start, end = datetime.fromisoformat(badge["data-mulai"]), datetime.fromisoformat(badge["data-selesai"])
    for moment, expected in [
        (start.replace(hour=7), "Akan datang"),
        (start.replace(hour=9), "Sedang berlangsung"),
        (end.replace(hour=19), "Selesai"),
    ]:
        context = browser.new_context(viewport=PHONE)
        view = context.new_page()
        view.clock.set_fixed_time(moment)
        view.goto(served_site + f"kegiatan/{path.parent.name}/")
        shown = view.locator(".kkg-event__meta .kkg-badge")
        assert shown.inner_text() == expected, moment
        assert shown.get_attribute("class") == "kkg-badge kkg-badge--" + expected.lower().replace(" ", "-")
        context.close()


def test_deep_pages_say_where_they_are(served_site: str, site: Path, small_phone, desktop) -> None:
    deep = [
        url for url in page_type_sample(site) if url.count("/") >= 2 and not url.startswith("panduan/")
    ]  # guides: in the nav
    assert len(deep) >= 5
    for url in deep:
        section = url.split("/")[0]
        trail = page(site, url).select_one("nav.kkg-jejak a")
        assert trail is not None, url
        desktop.goto(served_site + url)
        active = desktop.locator(".md-tabs__item--active a")
        assert active.count() == 1, url
        assert active.evaluate("a => new URL(a.href).pathname").endswith(f"/{section}/"), url
    report = next(url for url in deep if url.startswith("program/laporan/"))
    small_phone.goto(served_site + report)
    contents = small_phone.get_by_role("navigation", name="Isi laporan")
    assert contents.is_visible()
    contents.get_by_role("link", name="Penutup").tap()
    assert small_phone.locator("#penutup").is_visible()
    desktop.goto(served_site + report)
    assert not desktop.get_by_role("navigation", name="Isi laporan").is_visible()  # the theme's contents are beside it


def test_minutes_show_attendance_as_a_count_until_opened(served_site: str, site: Path, small_phone) -> None:
    url = next(u for u in page_type_sample(site) if u.startswith("notulen/") and u != "notulen/")
    small_phone.goto(served_site + url)
    summary = small_phone.locator(".kkg-peserta__rincian summary")
    assert re.fullmatch(r"\d+ hadir", summary.inner_text())
    assert not small_phone.locator("ol.kkg-peserta--hadir").is_visible()
    small_phone.emulate_media(media="print")
    assert small_phone.locator("ol.kkg-peserta--hadir").is_visible()  # the printed minutes list everyone


def test_treasury_prints_as_a_whole_document(served_site: str, site: Path, desktop) -> None:
    desktop.goto(served_site + table_pages(site)[1])
    button = desktop.get_by_role("button", name="Cetak / simpan PDF")
    assert button.is_visible()
    desktop.evaluate("() => { window.print = () => { window.kkgPrinted = true; }; }")
    button.click()
    assert desktop.evaluate("window.kkgPrinted") is True
    desktop.emulate_media(media="print")
    assert desktop.locator(".kkg-kop").is_visible()
    assert desktop.locator(".kkg-ttd").is_visible()
    assert "Bendahara" in desktop.locator(".kkg-ttd").inner_text()
    assert not button.is_visible()
    width = desktop.evaluate("document.documentElement.clientWidth")
    for table in desktop.locator(".kkg-table-wrap table").all():
        box = table.bounding_box()
        assert box["x"] + box["width"] <= width, table.get_attribute("id")
        last = table.locator("tbody tr").first.locator("td, th").last
        assert last.is_visible()


def pdf_pages(pdf: bytes) -> int:
    return len(re.findall(rb"/Type\s*/Page[^s]", pdf))


@pytest.mark.parametrize("kind", ["kegiatan", "keuangan", "notulen", "program/laporan"])
def test_printable_pages_have_a_print_button_and_no_blank_page(
    served_site: str, site: Path, browser, kind: str
) -> None:
    folder = site / kind
    url = next(
        f"{kind}/{p.parent.name}/"
        for p in sorted(folder.glob("*/index.html"))
        if "data-cetak" in p.read_text(encoding="utf-8")
    )
    context = browser.new_context(viewport=PHONE)
    view = context.new_page()
    try:
        view.goto(served_site + url)
        assert view.get_by_role("button", name="Cetak / simpan PDF").is_visible()
        assert "onclick" not in view.content()
        assert pdf_pages(view.pdf(format="A4")) >= 1
        # Printed, nothing follows the content (a footer, a full-height container): such
        # space is what made a blank last sheet.
        view.set_viewport_size({"width": 794, "height": 1123})  # A4 at 96 dpi
        view.emulate_media(media="print")
        height, bottom, sheet = view.evaluate(
            """() => [document.documentElement.scrollHeight,
                      document.querySelector(".md-content").getBoundingClientRect().bottom, innerHeight]"""
        )
        assert height <= max(bottom, sheet) + 2, (url, height, bottom)
    finally:
        context.close()
