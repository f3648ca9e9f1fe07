"""Long lists stay light: older years move to pages of their own (kkg_site.archive).

Checked on a ten-year portal (the benchmark's generator at 30%): every meeting,
decision, activity and programme item is listed exactly once across its list page
and the year pages, the year pages are linked, and the tracker keeps only the most
recently done items while counting the others.
"""

from __future__ import annotations

import posixpath
import sys

import pytest
from bs4 import BeautifulSoup
from support.build import ROOT, TODAY

from kkg_site.archive import by_year
from kkg_site.generator import SiteOutput, generate
from kkg_site.types.kegiatan.collection import Activities
from kkg_site.types.notulen.collection import Minutes
from kkg_site.types.notulen.views import INDEX_BUDGET, REGISTER_BUDGET, TRACKER_DONE_BUDGET
from kkg_site.types.program.collection import Programme

sys.path.insert(0, str(ROOT / "benchmarks"))
from make_portal import make_portal


def test_newest_years_stay_within_the_budget_and_no_year_is_skipped() -> None:
    entries = [(2026, "a"), (2026, "b"), (2025, "c"), (2025, "d"), (2024, "e"), (2023, "f")]
    archive = by_year(entries, lambda e: e[0], "daftar/", budget=4)
    assert [(y.year, [e[1] for e in y.entries]) for y in archive.recent] == [(2026, ["a", "b"]), (2025, ["c", "d"])]
    assert [(y.year, y.url) for y in archive.older] == [(2024, "daftar/2024/"), (2023, "daftar/2023/")]
    # The newest year stays on the list page even when it alone is over the budget.
    crowded = by_year(entries, lambda e: e[0], "daftar/", budget=1)
    assert [y.year for y in crowded.recent] == [2026]
    assert [y.year for y in crowded.older] == [2025, 2024, 2023]
    school_years = by_year(["2024/2025", "2025/2026"], lambda e: e, "daftar/", budget=1)
    assert [(y.year, y.url) for y in school_years.years] == [
        ("2025/2026", "daftar/#tahun-2025-2026"),
        ("2024/2025", "daftar/2024-2025/"),
    ]


@pytest.fixture(scope="module")
def decade(tmp_path_factory: pytest.TempPathFactory) -> SiteOutput:
    portal = make_portal(tmp_path_factory.mktemp("dekade") / "portal", scale=0.3)
    return generate(portal.data, TODAY)


def body(output: SiteOutput, url: str) -> BeautifulSoup:
    found = next(p for p in output.pages if p.url == url)
    return BeautifulSoup(found.body, "html.parser")


def archive_links(output: SiteOutput, url: str) -> list[str]:
    """Site URLs of the year pages linked from ``url``'s archive list."""
    links = body(output, url).select(".kkg-arsip a")
    return [posixpath.normpath(posixpath.join(url, a["href"])) + "/" for a in links]


def test_meetings_are_listed_once_across_the_index_and_its_year_pages(decade: SiteOutput) -> None:
    minutes = decade.index[Minutes]
    assert len(minutes) > INDEX_BUDGET
    year_pages = archive_links(decade, "notulen/")
    assert year_pages, "older years have pages of their own"
    listed = []
    for url in ["notulen/", *year_pages]:
        rows = body(decade, url).select("table tbody tr a")
        listed += [posixpath.basename(posixpath.normpath(posixpath.join(url, a["href"]))) for a in rows]
    assert sorted(listed) == sorted(minutes)
    assert len(body(decade, "notulen/").select("table tbody tr")) <= INDEX_BUDGET
    # A year page leads back to the newest meetings and on to the other years.
    assert set(archive_links(decade, year_pages[0])) == {"notulen/", *year_pages[1:]}


def test_decisions_are_listed_once_across_the_register_and_its_year_pages(decade: SiteOutput) -> None:
    minutes = decade.index[Minutes]
    expected = [text for meeting in minutes.published for text in meeting.keputusan]
    pages = ["notulen/keputusan/", *archive_links(decade, "notulen/keputusan/")]
    decision = ".kkg-register h3 + ol > li"
    listed = [li.get_text(strip=True) for url in pages for li in body(decade, url).select(decision)]
    assert listed == expected  # newest first, year after year
    assert len(body(decade, "notulen/keputusan/").select(decision)) <= REGISTER_BUDGET


def test_tracker_shows_the_most_recently_done_items_and_counts_the_rest(decade: SiteOutput) -> None:
    items = [item for _, item in decade.index[Minutes].action_items]
    done = sorted((item.selesai for item in items if item.selesai), reverse=True)
    assert len(done) > TRACKER_DONE_BUDGET
    soup = body(decade, "notulen/tindak-lanjut/")
    shown = soup.select('[data-tindak-lanjut="selesai"] > li')
    assert len(shown) == TRACKER_DONE_BUDGET
    counted = sum(int(p.get_text().split()[0]) for p in soup.select(".kkg-tracker h3 ~ p.kkg-meta"))
    assert counted == len(done) - TRACKER_DONE_BUDGET
    # Everyone responsible for an item keeps their section (members' pages link to it).
    assert {h3["id"] for h3 in soup.select("h3[id^=pj-]")} == {f"pj-{item.pj}" for item in items}


def test_activities_are_listed_once_across_the_kegiatan_page_and_its_year_pages(decade: SiteOutput) -> None:
    activities = decade.index[Activities].items
    year_pages = archive_links(decade, "kegiatan/")
    assert year_pages, "older school years have pages of their own"
    assert all(url.startswith("kegiatan/") and url.count("-") == 1 for url in year_pages)  # kegiatan/2019-2020/
    listed = []
    for url in ["kegiatan/", *year_pages]:
        links = body(decade, url).select("a.kkg-event__title")
        listed += [posixpath.basename(posixpath.normpath(posixpath.join(url, a["href"]))) for a in links]
    assert sorted(listed) == sorted(activity.id for activity in activities)


def test_programme_items_are_listed_once_across_program_kerja_and_its_year_pages(decade: SiteOutput) -> None:
    programme = decade.index[Programme]
    year_pages = archive_links(decade, "program/")
    assert len(year_pages) == len(programme.years) - 2  # the running school year and the one before stay
    listed = [
        article["id"]
        for url in ["program/", *year_pages]
        for article in body(decade, url).select("article.kkg-program__item")
    ]
    assert sorted(listed) == sorted(programme)


def test_programme_items_link_to_their_card_on_program_kerja_or_their_year_page(decade: SiteOutput) -> None:
    programme = decade.index[Programme]
    archived = set(archive_links(decade, "program/"))
    assert archived
    linked_pages = set()
    for item_id in programme:
        url, _, anchor = programme.url(item_id).partition("#")
        assert anchor == item_id and body(decade, url).find("article", id=item_id) is not None, item_id
        linked_pages.add(url)
    assert linked_pages == {"program/", *archived}
