"""The engine-independent core: data folder in, pages and assets out.

Data flows one way: read files → validate into models (``load``) → build the
site index and resolve references (``link``) → render pages (``pages``).
Any error stops the run before rendering, so a partial site is never produced.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any

from markupsafe import Markup, escape

from .contenttype import ContentType
from .errors import DataError, ErrorLog
from .identity import identity_files, previews_for, theme_extra
from .index import MissingContentType, SiteIndex
from .opendata import open_data_files
from .page import Asset, GeneratedFile, Page, relative_href, source_path
from .reader import DataReader, report_unused
from .registry import discover
from .render import Renderer
from .site import SiteInfo, SiteProfile, today_in
from .yamlio import garbage_collection_paused

BASE_STYLESHEET = Path(__file__).parent / "assets" / "kkg.css"
STYLESHEET = "assets/kkg.css"  # where the site publishes SiteOutput.stylesheet
SCRIPT = "assets/kkg.js"  # every page's small behaviours (print buttons, live statuses, share sheet)
BASE_SCRIPT = Path(__file__).parent / "assets" / "kkg.js"
# Comments say why a rule is there, for whoever edits the sources; a reader's phone need not
# download them (a fifth of the stylesheet, about 0.9 KB gzip on every first view).
_CSS_COMMENT = re.compile(r"/\*.*?\*/\s*", re.DOTALL)


@dataclass
class SiteOutput:
    pages: list[Page]
    assets: list[Asset]
    files: list[GeneratedFile]
    nav: list[dict[str, str]]  # title -> source path, in the types' order
    scripts: list[str]  # loaded on every page, in this order
    warnings: list[DataError]
    index: SiteIndex
    stylesheet: str  # the base styles and every type's style.css, one file for one request
    theme_extra: dict[str, Any]  # the KKG's identity for the theme: config.extra["kkg"] (kkg_site.identity)


# Before the KKG's profile is read (or when it cannot be): messages still name the site.
UNKNOWN_PROFILE = SiteProfile(name="Portal KKG", short_name="Portal KKG", region="", description="Portal KKG")


def load(data_dir: Path, today: date | None = None, site_url: str | None = None) -> tuple[SiteIndex, list[DataError]]:
    """Read, validate and cross-check all data; raises DataErrors with every error found."""
    log = ErrorLog()
    reader = DataReader(data_dir, log)
    types = discover()
    with garbage_collection_paused():  # validation too creates many objects and no cycles
        loaded = [(t, t.load(reader)) for t in types]
    collections = {t.name: collection for t, collection in loaded if collection is not None}
    _check_requirements(types, {type(collection) for collection in collections.values()})
    profile = next((p for t, c in loaded if (p := t.site_profile(c)) is not None), UNKNOWN_PROFILE)
    base_url = site_url.rstrip("/") + "/" if site_url else None
    index = SiteIndex(collections, types, SiteInfo(profile, today or today_in(profile.timezone), base_url))
    for content_type in types:
        content_type.link(index, log)
    report_unused(reader)
    log.raise_if_errors()
    return index, log.warnings


def _check_requirements(types: tuple[ContentType, ...], provided: set[type]) -> None:
    for content_type in types:
        missing = [kind.__name__ for kind in content_type.requires if kind not in provided]
        if missing:
            raise MissingContentType(
                f"content type {content_type.name!r} requires {', '.join(missing)}, which no installed type provides"
            )


def generate(data_dir: Path, today: date | None = None, site_url: str | None = None) -> SiteOutput:
    """Everything the site needs from ``data_dir``; raises DataErrors on bad data."""
    index, warnings = load(data_dir, today, site_url)
    index.previews = previews_for(index.site, data_dir.parent)
    template_globals: dict[str, Any] = {"site": index.site, "today": index.site.today, "site_url": index.site.url}
    for content_type in index.types:
        template_globals.update(content_type.template_globals(index))
    renderer = Renderer({t.name: t.template_dir for t in index.types if t.template_dir}, template_globals)
    pages: list[Page] = []
    assets: list[Asset] = [Asset(SCRIPT, BASE_SCRIPT)]
    files: list[GeneratedFile] = []
    for content_type in index.types:
        assets.extend(content_type.static_files())
        for item in content_type.pages(index, renderer):
            if isinstance(item, Page):
                pages.append(item)
            elif isinstance(item, Asset):
                assets.append(item)
            else:
                files.append(item)
    files.extend(open_data_files(index))
    identity_assets, identity_generated = identity_files(index)
    assets.extend(identity_assets)
    files.extend(identity_generated)
    nav = [{title: url} for t in index.types for entry in t.nav() for title, url in entry.items()]
    _add_trails(pages, nav)
    scripts = [SCRIPT] + [t.static_url(name) for t in index.types for name in t.site_scripts]
    sheets = [BASE_STYLESHEET, *(t.stylesheet for t in index.types if t.stylesheet)]
    stylesheet = _CSS_COMMENT.sub("", "\n".join(path.read_text(encoding="utf-8") for path in sheets))
    engine_nav = [{title: source_path(url) for title, url in entry.items()} for entry in nav]
    return SiteOutput(pages, assets, files, engine_nav, scripts, warnings, index, stylesheet, theme_extra(index))


def _add_trails(pages: list[Page], nav: list[dict[str, str]]) -> None:
    """Put a trail ("Kegiatan ›") above each page below a nav section (an activity, a material,
    a report): these pages are not in the nav, so the theme marks no tab for them. On screen
    only, and not searched. (assets/kkg.js also marks the section's tab.)"""
    sections = {url: title for entry in nav for title, url in entry.items() if url}
    for page in pages:
        url = page.url
        found = [(section, title) for section, title in sections.items() if url != section and url.startswith(section)]
        if found:
            section, title = max(found, key=lambda item: len(item[0]))
            href = relative_href(url, section)
            page.body = (
                Markup(
                    f'<nav class="kkg-jejak kkg-screen-only" aria-label="Lokasi halaman" data-pagefind-ignore>'
                    f'<a href="{href}">{escape(title)}</a> ›</nav>\n'
                )
                + page.body
            )
