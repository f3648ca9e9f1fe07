"""Search bytes on a large portal: first page view and first query, Pagefind vs Material's lunr.

Builds a temporary copy of the demo with N generated materials (the portal of
benchmarks/materi_catalog.py), twice:

1. as the portal is (Pagefind, loaded on first use), served under /portal-kkg/
   and measured in Chromium: requests on the first view of a material page, then
   the requests made by opening the search and typing a query;
2. with Material's ``search`` plugin (lunr) and Material's own header, measured
   the same way: what the first view of the same page downloads for search.

Sizes are what a compressing server (GitHub Pages) sends: each response's gzip
size, or its raw size when that is smaller (Pagefind's index files are gzipped
already). Run by hand:

    python benchmarks/search_bytes.py [--items 3000] [--query "soal pecahan"]
"""

from __future__ import annotations

import argparse
import gzip
import shutil
import sys
import tempfile
import time
from pathlib import Path

import material
from playwright.sync_api import sync_playwright

ROOT = Path(__file__).resolve().parent.parent
sys.path[:0] = [str(ROOT), str(ROOT / "tests"), str(ROOT / "benchmarks")]

import materi_catalog
from support.browser import CHROMIUM, CHROMIUM_ARGS, served
from support.build import run

from kkg_site.generator import load
from kkg_site.types.materi.collection import Materials

QUICK_TYPING_MS = 150  # the search runs once, when typing pauses
SLOW_TYPING_MS = 600  # slower than the search box's pause: every keystroke is a search


def make_portal(target: Path, items: int, lunr: bool) -> tuple[Path, str]:
    """(site, URL of one material page) of the demo with ``items`` generated materials;
    with ``lunr``, Material's search plugin and search box instead of Pagefind."""
    target.mkdir(parents=True)
    materi_catalog.copy_project(target)
    materi_catalog.write_materials(target / "data", items)
    if lunr:
        config_file = target / "mkdocs.yml"
        config = config_file.read_text(encoding="utf-8").replace("plugins:\n", "plugins:\n  - search\n", 1)
        # Back to Material's own search box: its partials in a custom_dir, ahead of ours.
        config_file.write_text(config.replace("theme:\n", "theme:\n  custom_dir: material-search\n", 1))
        material_partials = Path(material.__file__).parent / "templates" / "partials"
        for partial in ("header.html", "search.html"):
            (target / "material-search" / "partials").mkdir(parents=True, exist_ok=True)
            shutil.copyfile(material_partials / partial, target / "material-search" / "partials" / partial)
    started = time.perf_counter()
    result = run([sys.executable, "-m", "mkdocs", "build", "--quiet"], target)
    if result.returncode != 0:
        sys.exit(f"build failed:\n{result.stderr[-3000:]}")
    print(f"  built the {'lunr' if lunr else 'Pagefind'} portal in {time.perf_counter() - started:.0f} s")
    materials = load(target / "data")[0][Materials]
    return target / "site", materials.url(min(materials))


def sent_bytes(site: Path, base: str, url: str) -> int:
    """What a compressing server sends for ``url``: min(gzip size, raw size) of the file."""
    path = url.removeprefix(base).split("?")[0]
    file = site / path / "index.html" if path.endswith("/") or not path else site / path
    raw = file.read_bytes()
    return min(len(raw), len(gzip.compress(raw, compresslevel=6)))


def is_search(url: str, base: str) -> bool:
    path = url.removeprefix(base)
    return path.startswith(("pagefind/", "search/")) or "/workers/search" in path


def measure(site: Path, page_url: str, query: str, typing_ms: int) -> tuple[dict[str, int], dict[str, int]]:
    """(search bytes by file on the first view of ``page_url``, bytes by file for the first query,
    typed one key every ``typing_ms``: each pause longer than the search box's is a search)."""
    with served(site) as base, sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        context = browser.new_context(viewport={"width": 390, "height": 844}, is_mobile=True, has_touch=True)
        requested: list[str] = []
        context.on("requestfinished", lambda request: requested.append(request.url))
        page = context.new_page()
        page.goto(base + page_url, wait_until="networkidle")
        first_view = {url.removeprefix(base): sent_bytes(site, base, url) for url in requested if is_search(url, base)}
        first_query: dict[str, int] = {}
        if query:
            requested.clear()
            page.locator("label.md-header__button[for='__search']").tap()
            page.locator(".md-search__input").press_sequentially(query, delay=typing_ms)
            page.wait_for_function("document.getElementById('kkg-cari-hasil').getAttribute('aria-busy') === 'false'")
            page.wait_for_timeout(1000)  # nothing more is requested once the first results are shown
            print(f"  first query: {page.locator('.md-search-result__meta').inner_text()}")
            first_query = {url.removeprefix(base): sent_bytes(site, base, url) for url in requested}
        browser.close()
    return first_view, first_query


def kb(size: int) -> str:
    return f"{size / 1024:8.1f} KB"


def report(title: str, sizes: dict[str, int]) -> None:
    print(f"{title}: {kb(sum(sizes.values()))} in {len(sizes)} requests")
    for name, size in sorted(sizes.items(), key=lambda item: -item[1])[:8]:
        print(f"    {kb(size)}  {name}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--items", type=int, default=3000, help="generated materials (default 3000)")
    parser.add_argument("--query", default="soal pecahan", help='the first query (default "soal pecahan")')
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="kkg-search-bytes-") as temp:
        print(f"Portal with {args.items} materials; first query {args.query!r}")
        pagefind_site, page_url = make_portal(Path(temp) / "pagefind", args.items, lunr=False)
        print(f"  first view: {page_url}")
        first_view, quick_query = measure(pagefind_site, page_url, args.query, QUICK_TYPING_MS)
        _, slow_query = measure(pagefind_site, page_url, args.query, SLOW_TYPING_MS)
        lunr_site, _ = make_portal(Path(temp) / "lunr", args.items, lunr=True)
        lunr_view, _ = measure(lunr_site, page_url, "", 0)
        print()
        report("Pagefind, first page view, search bytes", first_view)
        report(f"Pagefind, first query typed one key every {QUICK_TYPING_MS} ms", quick_query)
        report(f"Pagefind, first query typed one key every {SLOW_TYPING_MS} ms (a search per key)", slow_query)
        report("Material lunr, first page view, search bytes", lunr_view)
        script = pagefind_site / "assets" / "cari.js"
        print(
            f"(search box script assets/cari.js, on every page, cached: {kb(len(gzip.compress(script.read_bytes())))} gzip)"
        )
        worst = max(sum(quick_query.values()), sum(slow_query.values()))
        goal = "met" if not first_view and worst < 250 * 1024 else "NOT met"
        print(f"Goal (first view 0 search bytes, first query < 250 KB): {goal}")


if __name__ == "__main__":
    main()
