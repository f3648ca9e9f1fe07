"""What the generator produces: pages (Markdown documents) and asset files."""

from __future__ import annotations

import posixpath
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

import yaml
from markupsafe import Markup

from .search import SearchMeta

if TYPE_CHECKING:
    from .preview import Card

_Dumper = getattr(yaml, "CSafeDumper", yaml.SafeDumper)


def source_path(url: str) -> str:
    """The source path of the generated page at ``url`` (relative to the site root):
    ``""`` → ``index.md``, ``kegiatan/`` → ``kegiatan/index.md``. Pages are addressed by URL;
    only the engine sees source paths."""
    if url and not url.endswith("/"):
        raise ValueError(f"a page's URL ends in '/': {url!r}")
    return f"{url}index.md"


def relative_href(from_url: str, to_url: str) -> str:
    """A link from the page at ``from_url`` to ``to_url`` that works under any sub-path."""
    target, _, fragment = to_url.partition("#")
    base = from_url if from_url.endswith("/") or not from_url else posixpath.dirname(from_url) + "/"
    href = posixpath.relpath("/" + target, "/" + base)
    if target.endswith("/") and href != ".":
        href += "/"
    elif href == ".":
        href = "./"
    return href + (f"#{fragment}" if fragment else "")


@dataclass(frozen=True)
class Link:
    """A link to a page of the site: its text and its site URL (``href`` makes it relative)."""

    text: str
    url: str


@dataclass
class PageMeta:
    """What a page tells the theme (``kkg_site/overrides/main.html``) and the search.

    Every generated page hides Material's navigation sidebar: it is alone in its nav
    section (item pages are not in the nav), so the sidebar would show one link; phones
    keep it as their menu drawer.
    """

    search: SearchMeta | None = None  # None: a page of kind "Halaman" without filters
    og_type: str | None = None  # Open Graph type, e.g. "article" (default "website")
    og_title: str | None = None  # the preview's title when it is not the page title
    og_image: Card | None = None  # the page's preview card (default: the KKG's)
    head: Markup | None = None  # extra elements for <head>: JSON-LD (render.json_ld)
    scripts: tuple[str, ...] = ()  # site URLs of this page's own scripts (a type's static/), deferred
    hide: tuple[str, ...] = ("navigation",)  # Material's hide: "navigation", "toc"

    def front_matter(self) -> dict[str, Any]:
        """The keys the theme reads (only those set), as plain data."""
        values: dict[str, Any] = {"hide": list(self.hide)}
        if self.search is not None:
            values["search"] = self.search.model_dump()
        if self.og_type:
            values["og_type"] = self.og_type
        if self.og_title:
            values["og_title"] = self.og_title
        if self.og_image is not None:
            values["og_image"] = self.og_image.meta()
        if self.head:
            values["kkg_head"] = self.head
        if self.scripts:
            values["kkg_scripts"] = list(self.scripts)
        return values


@dataclass
class Page:
    """One generated page: front matter plus an HTML body inside a Markdown file.

    The body is HTML rendered by the content type's templates; Markdown passes
    a block of raw HTML through untouched, so any engine that reads Markdown
    with front matter can publish it.
    """

    url: str  # relative to the site root, e.g. "kegiatan/2026-03-14-lokakarya/"
    title: str
    body: Markup
    description: str | None = None
    meta: PageMeta = field(default_factory=PageMeta)

    @property
    def path(self) -> str:
        """The source path the engine gets (``source_path``)."""
        return source_path(self.url)

    @property
    def front_matter(self) -> dict[str, Any]:
        front = {"title": self.title, **self.meta.front_matter()}
        if self.description:
            front["description"] = self.description
        return front

    def markdown(self) -> str:
        front = {key: str(value) if isinstance(value, Markup) else value for key, value in self.front_matter.items()}
        header = yaml.dump(front, Dumper=_Dumper, allow_unicode=True, sort_keys=False, width=10_000)
        return f"---\n{header}---\n\n{self.body.strip()}\n"


@dataclass(frozen=True)
class GeneratedFile:
    """A non-page file made in memory (Atom feed, iCalendar, JSON)."""

    path: str  # destination, relative to the site root
    content: str | bytes


@dataclass(frozen=True)
class Asset:
    """A file copied into the site as it is (photos, attachments)."""

    path: str  # destination, relative to the site root
    source: Path
