"""Screenshots of the demo portal on a 360 px phone, for README and reviewers.

Builds the demo (build date ``support.build.TODAY``), serves it under ``/portal-kkg/`` and saves
full-page PNGs of the home page, an activity and the treasury into ``docs/``. Run by hand:

    python benchmarks/screenshots.py [--site built-site-dir]
"""

from __future__ import annotations

import argparse
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path[:0] = [str(ROOT), str(ROOT / "tests"), str(ROOT / "benchmarks")]

from lighthouse import built_site
from playwright.sync_api import sync_playwright
from support.browser import CHROMIUM, CHROMIUM_ARGS, served

# name: the page's URL, or the list page whose first item is shown (the next activity)
PAGES = {"beranda": "", "kegiatan": "kegiatan/ .kkg-event__title", "keuangan": "keuangan/ .kkg-saldo a"}
OUTPUT = ROOT / "docs"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--site", type=Path, help="an already built demo site (default: build one)")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as temporary:
        site = built_site(args.site, Path(temporary))
        with served(site) as base, sync_playwright() as playwright:
            browser = playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
            context = browser.new_context(
                viewport={"width": 360, "height": 780}, device_scale_factor=1, is_mobile=True, has_touch=True
            )
            page = context.new_page()
            OUTPUT.mkdir(exist_ok=True)
            for name, url in PAGES.items():
                url, _, first_link = url.partition(" ")
                page.goto(base + url)
                if first_link:
                    page.locator(first_link).first.click()
                    page.wait_for_load_state()
                path = OUTPUT / f"layar-360-{name}.png"
                page.screenshot(path=str(path), full_page=True)
                print(path.relative_to(ROOT))
            browser.close()


if __name__ == "__main__":
    main()
