"""The engine-independent core: data folder in, pages and assets out.

Data flows one way: read files → validate into models (``load``) → build the
site index and resolve references (``link``) → render pages (``pages``).
Any error stops the run before rendering, so a partial site is never produced.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

from markupsafe import escape

from .contenttype import discover
from .errors import DataError, ErrorLog
from .identity import identity_files, previews_for, theme_extra
from .index import SiteIndex
from .opendata import open_data_files
from .page import Asset, GeneratedFile, Page, page_url, relative_href
from .reader import DataReader, report_unused
from .render import Renderer
from .yamlio import garbage_collection_paused

DEFAULT_TIMEZONE = "Asia/Jakarta"
BASE_STYLESHEET = Path(__file__).parent / "assets" / "kkg.css"
STYLESHEET = "assets/kkg.css"  # where the site publishes SiteOutput.stylesheet
SCRIPT = "assets/kkg.js"  # every page's small behaviours (print buttons, live statuses)
BASE_SCRIPT = Path(__file__).parent / "assets" / "kkg.js"
# Comments say why a rule is there, for whoever edits the sources; a reader's phone need not
# download them (a fifth of the stylesheet, about 0.9 KB gzip on every first view).
_CSS_COMMENT = re.compile(r"/\*.*?\*/\s*", re.DOTALL)


@dataclass
class SiteOutput:
    pages: list[Page]
    assets: list[Asset]
    files: list[GeneratedFile]
    nav: list[dict[str, Any]]
    warnings: list[DataError]
    index: SiteIndex
    stylesheet: str  # the base styles and every type's style.css, one file for one request
    theme_extra: dict[str, Any]  # the KKG's identity for the theme: config.extra["kkg"] (kkg_site.identity)


def today_in(timezone: str) -> date:
    return datetime.now(ZoneInfo(timezone)).date()


def load(data_dir: Path, today: date | None = None, site_url: str | None = None) -> tuple[SiteIndex, list[DataError]]:
    """Read, validate and cross-check all data; raises DataErrors with every error found."""
    log = ErrorLog()
    reader = DataReader(data_dir, log)
    types = discover()
    with garbage_collection_paused():  # validation too creates many objects and no cycles
        collections = {t.name: t.load(reader) for t in types}
    timezone = getattr(collections.get("organisasi"), "timezone", DEFAULT_TIMEZONE)
    base_url = site_url.rstrip("/") + "/" if site_url else None
    index = SiteIndex(collections, types, today or today_in(timezone), base_url)
    for content_type in types:
        content_type.link(index, log)
    report_unused(reader)
    log.raise_if_errors()
    return index, log.warnings


def generate(data_dir: Path, today: date | None = None, site_url: str | None = None) -> SiteOutput:
    """Everything the site needs from ``data_dir``; raises DataErrors on bad data."""
    index, warnings = load(data_dir, today, site_url)
    index.previews = previews_for(index, data_dir.parent)
    renderer = Renderer(
        {t.name: t.template_dir for t in index.types if t.template_dir},
        {"kkg": getattr(index.get("organisasi"), "kkg", None), "today": index.today, "site_url": index.site_url},
    )
    pages: list[Page] = []
    assets: list[Asset] = [Asset(SCRIPT, BASE_SCRIPT)]
    files: list[GeneratedFile] = []
    for content_type in index.types:
        for item in content_type.pages(index, renderer):
            if isinstance(item, Page):
                pages.append(item)
            elif isinstance(item, Asset):
                assets.append(item)
            else:
                files.append(item)
    for page in pages:
        # Every generated page is alone in its nav section (item pages are not in the nav):
        # Material's sidebar would show one link. Phones keep it: it is their menu drawer.
        hide = page.meta.setdefault("hide", [])
        if "navigation" not in hide:
            hide.append("navigation")
    files.extend(open_data_files(index))
    identity_assets, identity_generated = identity_files(index)
    assets.extend(identity_assets)
    files.extend(identity_generated)
    nav = [entry for t in index.types for entry in t.nav()]
    _add_trails(pages, nav)
    sheets = [BASE_STYLESHEET, *(t.stylesheet for t in index.types if t.stylesheet)]
    stylesheet = _CSS_COMMENT.sub("", "\n".join(path.read_text(encoding="utf-8") for path in sheets))
    return SiteOutput(pages, assets, files, nav, warnings, index, stylesheet, theme_extra(index))


def _add_trails(pages: list[Page], nav: list[dict[str, Any]]) -> None:
    """Put a trail ("Kegiatan ›") above each page below a nav section (an activity, a material,
    a report): these pages are not in the nav, so the theme marks no tab for them. On screen
    only, and not searched. (assets/kkg.js also marks the section's tab.)"""
    sections = {page_url(path): title for entry in nav for title, path in entry.items() if page_url(path)}
    for page in pages:
        url = page.url
        found = [(section, title) for section, title in sections.items() if url != section and url.startswith(section)]
        if found:
            section, title = max(found, key=lambda item: len(item[0]))
            href = relative_href(url, section)
            page.body = (
                f'<nav class="kkg-jejak kkg-screen-only" aria-label="Lokasi halaman" data-pagefind-ignore>'
                f'<a href="{href}">{escape(title)}</a> ›</nav>\n{page.body}'
            )
