"""Rendering page bodies: the Jinja environment and its Indonesian filters.

Templates live beside the content type that owns them
(``kkg_site/types/<name>/templates``) and are addressed as ``<name>/file.html``;
shared macros live in ``kkg_site/templates`` and are addressed as ``base/...``.
Templates only render: view data is prepared by the content types.
"""

from __future__ import annotations

import functools
import html as html_lib
import json
import re
import secrets
from collections.abc import Container, Mapping
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any

import markdown as markdown_lib
import nh3
from babel.dates import format_date
from babel.numbers import format_decimal
from jinja2 import Environment, FileSystemLoader, PrefixLoader, StrictUndefined, pass_context
from markdown.treeprocessors import Treeprocessor
from markupsafe import Markup

from .page import Page, PageMeta, relative_href

LOCALE = "id"
_HERE = Path(__file__).parent

# Markdown written by editors may use these tags; scripts, event handlers,
# styles and javascript:/data: URLs are removed (see DEVELOPING.md, "Untrusted text").
# No images: an editor's image would be fetched from another host (the site makes no
# third-party requests) or point nowhere; photos are published by the content types, which
# may name the Markdown images they publish (``images`` of :func:`markdown_to_html`).
_ALLOWED_TAGS = {
    "a", "abbr", "b", "blockquote", "br", "code", "dd", "del", "dl", "dt", "em", "h3", "h4",
    "h5", "h6", "hr", "i", "li", "mark", "ol", "p", "pre", "s", "small", "strong",
    "sub", "sup", "table", "tbody", "td", "th", "thead", "tr", "u", "ul",
}  # fmt: skip
_ALLOWED_ATTRIBUTES = {"a": {"href", "title"}, "td": {"align"}, "th": {"align"}}
_HEADING = re.compile(r"<(/?)h([1-6])\b")


@dataclass(frozen=True)
class BodyImage:
    """An image of a Markdown body that the site publishes: its site path and upright size."""

    url: str
    width: int
    height: int


class _Images(Treeprocessor):
    """Collects the Markdown images (target, alt text) of a conversion; those named in
    ``shown`` are swapped for a placeholder word that the sanitiser keeps, and that
    :func:`markdown_to_html` turns into an ``<img>`` it writes itself. Raw ``<img>`` HTML is
    not in the tree (Python-Markdown stashes it), so only Markdown images are ever shown."""

    def __init__(self, md: markdown_lib.Markdown) -> None:
        super().__init__(md)
        self.found: list[tuple[str, str]] = []
        self.shown: Container[str] = ()
        self.placeholders: dict[str, tuple[str, str]] = {}  # placeholder -> (image target, alt text)

    def run(self, root: Any) -> None:
        in_order = [(parent, child) for parent in root.iter() for child in parent if child.tag == "img"]
        for parent, child in in_order:
            target = child.get("src", "")
            self.found.append((target, child.get("alt", "")))
            if target not in self.shown:
                continue
            # a fresh random word per conversion: an editor cannot write one in advance
            placeholder = f"kkggambar{secrets.token_hex(8)}"
            self.placeholders[placeholder] = (target, child.get("alt", ""))
            text = placeholder + (child.tail or "")
            position = list(parent).index(child)
            if position == 0:
                parent.text = (parent.text or "") + text
            else:
                parent[position - 1].tail = (parent[position - 1].tail or "") + text
            parent.remove(child)


class _ImageExtension(markdown_lib.Extension):
    def extendMarkdown(self, md: markdown_lib.Markdown) -> None:
        md.treeprocessors.register(_Images(md), "kkg_images", 15)  # after "inline" (20) made the images


# One converter for every field: building one loads its extensions, which took
# longer than converting a typical description.
_MARKDOWN = markdown_lib.Markdown(extensions=["sane_lists", "tables", _ImageExtension()], output_format="html")
_IMAGES: _Images = _MARKDOWN.treeprocessors["kkg_images"]


def markdown_images(text: str) -> list[tuple[str, str]]:
    """The Markdown images of ``text`` as (target as written, alt text), in order."""
    if "![" not in text:  # every Markdown image starts so: most bodies need no conversion here
        return []
    _convert(text, ())
    return list(_IMAGES.found)


def _convert(text: str, shown: Container[str]) -> str:
    _IMAGES.found, _IMAGES.shown, _IMAGES.placeholders = [], shown, {}
    return _MARKDOWN.reset().convert(text)


def markdown_to_html(text: str | None, images: Mapping[str, BodyImage] | None = None, page: str = "") -> Markup:
    """Editor-written Markdown as safe HTML; headings start at h3 below the page's h1/h2,
    without skipped levels (screen readers navigate by them; editors often start at ###).
    Images are removed, except those in ``images`` (target as written → published image),
    shown with a link relative to the page at site URL ``page``."""
    if not text:
        return Markup("")
    images = images or {}
    html = _convert(text, images)
    placeholders = dict(_IMAGES.placeholders)
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
    for placeholder, (target, alt) in placeholders.items():
        image = images[target]
        clean = clean.replace(
            placeholder,
            f'<img src="{html_lib.escape(relative_href(page, image.url))}" alt="{html_lib.escape(alt)}" '
            f'width="{image.width}" height="{image.height}" loading="lazy" decoding="async">',
        )
    return Markup(clean)


@pass_context
def markdown_filter(context: Any, text: str | None, images: Mapping[str, BodyImage] | None = None) -> Markup:
    return markdown_to_html(text, images, context["page_url"])


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
    scaled = float(size)
    for unit in ("KB", "MB", "GB"):
        scaled /= 1024
        if scaled < 1024 or unit == "GB":
            pattern = "#,##0" if scaled >= 100 else "#,##0.#"
            return f"{format_decimal(scaled, pattern, locale=LOCALE)} {unit}"
    raise AssertionError("unreachable")


def initials(name: str) -> str:
    """Two initials of a person's name without academic titles ("Dra. Ni Ketut" → "NK")."""
    words = [w for w in re.split(r"[\s,]+", name) if w and "." not in w]
    return "".join(w[0] for w in words[:2]).upper() or "?"


def json_ld(data: dict[str, Any]) -> Markup:
    """A schema.org JSON-LD script element; text fields cannot close the script."""
    text = json.dumps({"@context": "https://schema.org", **data}, ensure_ascii=False, default=str)
    text = text.replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026")
    return Markup(f'<script type="application/ld+json">{text}</script>')


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
            tanggal=tanggal, rupiah=rupiah, ukuran=file_size, markdown=markdown_filter,
            inisial=initials, href=href,
        )  # fmt: skip
        self.env.globals.update(globals_)

    def render(self, template: str, url: str, /, **context: Any) -> Markup:
        """``template`` rendered for the page at ``url`` (its links are relative to it)."""
        return Markup(self.env.get_template(template).render(page_url=url, **context))

    def page(
        self,
        url: str,
        title: str,
        template: str,
        /,
        *,
        description: str | None = None,
        meta: PageMeta | None = None,
        **context: Any,
    ) -> Page:
        """The page at ``url`` (relative to the site root, e.g. ``kegiatan/``)."""
        body = self.render(template, url, title=title, **context)
        return Page(url, title, body, description, meta or PageMeta())
