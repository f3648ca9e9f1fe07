"""What the generator produces: pages (Markdown documents) and asset files."""

from __future__ import annotations

import posixpath
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

_Dumper = getattr(yaml, "CSafeDumper", yaml.SafeDumper)


def page_url(path: str) -> str:
    """The URL (relative to the site root) MkDocs gives ``path`` with directory URLs."""
    stem = path.removesuffix(".md")
    if stem == "index":
        return ""
    if stem.endswith("/index"):
        return stem.removesuffix("index")
    return stem + "/"


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


@dataclass
class Page:
    """One generated page: front matter plus an HTML body inside a Markdown file.

    The body is HTML rendered by the content type's templates; Markdown passes
    a block of raw HTML through untouched, so any engine that reads Markdown
    with front matter can publish it.
    """

    path: str  # e.g. "kegiatan/2026-03-14-lokakarya.md"
    title: str
    body: str
    description: str | None = None
    meta: dict[str, Any] = field(default_factory=dict)

    @property
    def url(self) -> str:
        return page_url(self.path)

    @property
    def front_matter(self) -> dict[str, Any]:
        front = {"title": self.title, **self.meta}
        if self.description:
            front["description"] = self.description
        return front

    def markdown(self) -> str:
        header = yaml.dump(self.front_matter, Dumper=_Dumper, allow_unicode=True, sort_keys=False, width=10_000)
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
