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

from .contenttype import discover
from .errors import DataError, ErrorLog
from .index import SiteIndex
from .opendata import open_data_files
from .page import Asset, GeneratedFile, Page
from .reader import DataReader, report_unused
from .render import Renderer
from .yamlio import garbage_collection_paused

DEFAULT_TIMEZONE = "Asia/Jakarta"
BASE_STYLESHEET = Path(__file__).parent / "assets" / "kkg.css"
STYLESHEET = "assets/kkg.css"  # where the site publishes SiteOutput.stylesheet
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


def today_in(timezone: str) -> date:
    return datetime.now(ZoneInfo(timezone)).date()


def load(
    data_dir: Path, today: date | None = None, site_url: str | None = None
) -> tuple[SiteIndex, list[DataError]]:
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
    renderer = Renderer(
        {t.name: t.template_dir for t in index.types if t.template_dir},
        {"kkg": getattr(index.get("organisasi"), "kkg", None), "today": index.today, "site_url": index.site_url},
    )
    pages: list[Page] = []
    assets: list[Asset] = []
    files: list[GeneratedFile] = []
    for content_type in index.types:
        for item in content_type.pages(index, renderer):
            if isinstance(item, Page):
                pages.append(item)
            elif isinstance(item, Asset):
                assets.append(item)
            else:
                files.append(item)
    files.extend(open_data_files(index))
    nav = [entry for t in index.types for entry in t.nav()]
    sheets = [BASE_STYLESHEET, *(t.stylesheet for t in index.types if t.stylesheet)]
    stylesheet = _CSS_COMMENT.sub("", "\n".join(path.read_text(encoding="utf-8") for path in sheets))
    return SiteOutput(pages, assets, files, nav, warnings, index, stylesheet)
