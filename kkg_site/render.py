"""Rendering page bodies: the Jinja environment and its Indonesian filters.

Templates live beside the content type that owns them
(``kkg_site/types/<name>/templates``) and are addressed as ``<name>/file.html``;
shared macros live in ``kkg_site/templates`` and are addressed as ``base/...``.
Templates only render: view data is prepared by the content types.
"""

from __future__ import annotations

import functools
import json
import re
from datetime import date
from pathlib import Path
from typing import Any

import markdown as markdown_lib
import nh3
from babel.dates import format_date
from babel.numbers import format_decimal
from jinja2 import Environment, FileSystemLoader, PrefixLoader, StrictUndefined, pass_context
from markupsafe import Markup

from .page import Page, page_url, relative_href

LOCALE = "id"
_HERE = Path(__file__).parent

# Markdown written by editors may use these tags; scripts, event handlers,
# styles and javascript:/data: URLs are removed (see DEVELOPING.md, "Untrusted text").
# No images: an editor's image would be fetched from another host (the site makes no
# third-party requests) or point nowhere; photos are published by the content types.
_ALLOWED_TAGS = {
    "a", "abbr", "b", "blockquote", "br", "code", "dd", "del", "dl", "dt", "em", "h3", "h4",
    "h5", "h6", "hr", "i", "li", "mark", "ol", "p", "pre", "s", "small", "strong",
    "sub", "sup", "table", "tbody", "td", "th", "thead", "tr", "u", "ul",
}  # fmt: skip
_ALLOWED_ATTRIBUTES = {"a": {"href", "title"}, "td": {"align"}, "th": {"align"}}
_HEADING = re.compile(r"<(/?)h([1-6])\b")


# One converter for every field: building one loads its extensions, which took
# longer than converting a typical description.
_MARKDOWN = markdown_lib.Markdown(extensions=["sane_lists", "tables"], output_format="html")


def markdown_to_html(text: str | None) -> Markup:
    """Editor-written Markdown as safe HTML; headings start at h3 below the page's h1/h2,
    without skipped levels (screen readers navigate by them; editors often start at ###)."""
    if not text:
        return Markup("")
    html = _MARKDOWN.reset().convert(text)
    levels = sorted({int(m.group(2)) for m in _HEADING.finditer(html)})
    level_of = {level: min(3 + rank, 6) for rank, level in enumerate(levels)}
    html = _HEADING.sub(lambda m: f"<{m.group(1)}h{level_of[int(m.group(2))]}", html)
    clean = nh3.clean(
        html,
        tags=_ALLOWED_TAGS,
        attributes=_ALLOWED_ATTRIBUTES,
        url_schemes={"https", "http", "mailto"},
        link_rel="noopener noreferrer",
    )
    return Markup(clean)


@functools.lru_cache(maxsize=8192)  # a large portal shows the same few thousand dates on many pages
def tanggal(value: date | None, pattern: str = "EEEE, d MMMM y") -> str:
    """``Jumat, 20 November 2026``; ``pattern`` may shorten it (``d MMMM y``)."""
    return "" if value is None else format_date(value, pattern, locale=LOCALE)


def rupiah(amount: int) -> str:
    sign = "-" if amount < 0 else ""
    return f"{sign}Rp{format_decimal(abs(amount), '#,##0', locale=LOCALE)}"


def file_size(size: int) -> str:
    """Human size in Indonesian notation: ``812 KB``, ``2,4 MB``."""
    if size < 1024:
        return f"{size} B"
    for unit in ("KB", "MB", "GB"):
        size /= 1024
        if size < 1024 or unit == "GB":
            pattern = "#,##0" if size >= 100 else "#,##0.#"
            return f"{format_decimal(size, pattern, locale=LOCALE)} {unit}"
    raise AssertionError("unreachable")


def initials(name: str) -> str:
    """Two initials of a person's name without academic titles ("Dra. Ni Ketut" → "NK")."""
    words = [w for w in re.split(r"[\s,]+", name) if w and "." not in w]
    return "".join(w[0] for w in words[:2]).upper() or "?"


def json_ld(data: dict[str, Any]) -> str:
    """A schema.org JSON-LD script element; text fields cannot close the script."""
    text = json.dumps({"@context": "https://schema.org", **data}, ensure_ascii=False, default=str)
    text = text.replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026")
    return f'<script type="application/ld+json">{text}</script>'


@pass_context
def href(context: Any, target_url: str) -> str:
    """Relative link from the page being rendered to a site URL such as ``kegiatan/``."""
    return relative_href(context["page_url"], target_url)


class Renderer:
    """Renders pages from the templates of the registered content types."""

    def __init__(self, template_dirs: dict[str, Path], globals_: dict[str, Any]) -> None:
        loaders = {"base": FileSystemLoader(_HERE / "templates")}
        loaders.update({name: FileSystemLoader(path) for name, path in template_dirs.items()})
        self.env = Environment(
            loader=PrefixLoader(loaders),
            autoescape=True,
            trim_blocks=True,
            lstrip_blocks=True,
            undefined=StrictUndefined,
            keep_trailing_newline=False,
        )
        self.env.filters.update(
            tanggal=tanggal, rupiah=rupiah, ukuran=file_size, markdown=markdown_to_html,
            inisial=initials, href=href,
        )  # fmt: skip
        self.env.globals.update(globals_)

    def render(self, template: str, path: str, **context: Any) -> str:
        return self.env.get_template(template).render(page_url=page_url(path), **context)

    def page(
        self,
        path: str,
        title: str,
        template: str,
        *,
        description: str | None = None,
        meta: dict[str, Any] | None = None,
        **context: Any,
    ) -> Page:
        body = self.render(template, path, title=title, **context)
        return Page(path, title, body, description, meta or {})
