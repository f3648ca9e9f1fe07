"""Reading a built site: its pages parsed, one page of each kind, the files that contain given texts, the search index."""

from __future__ import annotations

import functools
import gzip
import json
from collections.abc import Iterable
from pathlib import Path

from bs4 import BeautifulSoup

FRAGMENT_PREFIX = b"pagefind_dcd"  # Pagefind 1.x fragment files: gzip("pagefind_dcd" + JSON)


def built_file(site_dir: Path, url: str) -> Path:
    """The file that serves site URL ``url``: a folder URL (``"pengurus/"``, ``""``) is its ``index.html``."""
    return site_dir / url / "index.html" if url == "" or url.endswith("/") else site_dir / url


@functools.cache
def _parse(path: Path) -> BeautifulSoup:
    return BeautifulSoup(path.read_text(encoding="utf-8"), "html.parser")


def page(site_dir: Path, url: str) -> BeautifulSoup:
    """The parsed HTML of the page at site URL ``url`` (e.g. ``"pengurus/"``)."""
    path = built_file(site_dir, url)
    assert path.is_file(), f"no page at {url!r}"
    return _parse(path)


def page_type_sample(site_dir: Path) -> list[str]:
    """One page of each kind, derived from the built site so that new content types are included:
    the home and 404 pages, every top-level section page, and the first page of every folder of
    item pages (``anggota/<id>/``, ``materi/<id>/`` and ``materi/mapel/<mapel>/`` are three kinds)."""
    urls = ["", "404.html"]
    urls += [f"{folder.name}/" for folder in sorted(site_dir.iterdir()) if (folder / "index.html").is_file()]
    kinds: dict[Path, Path] = {}
    for path in sorted(site_dir.glob("*/*/**/index.html")):
        kinds.setdefault(path.parent.parent, path.parent)
    urls += [folder.relative_to(site_dir).as_posix() + "/" for folder in kinds.values()]
    return urls


def files_containing(site_dir: Path, texts: Iterable[str]) -> dict[str, list[str]]:
    """The built files (relative paths) that contain any of ``texts``, with the texts each contains."""
    texts = list(texts)
    found = {}
    for path in sorted(site_dir.rglob("*")):
        if path.is_file():
            content = path.read_bytes().decode("utf-8", errors="ignore")
            contained = [text for text in texts if text in content]
            if contained:
                found[path.relative_to(site_dir).as_posix()] = contained
    return found


def indexed(site: Path) -> dict[str, dict]:
    """Pagefind's record of every indexed page, by site URL (``"anggota/siti-nurjanah/"``)."""
    records = {}
    for fragment in (site / "pagefind" / "fragment").iterdir():
        data = gzip.decompress(fragment.read_bytes())
        assert data.startswith(FRAGMENT_PREFIX), fragment
        record = json.loads(data[len(FRAGMENT_PREFIX) :])
        records[record["url"].lstrip("/")] = record
    return records


def page_url(path: str) -> str:
    """The URL (relative to the site root) MkDocs gives the hand-written page at ``path``
    (``content/``) with directory URLs."""
    stem = path.removesuffix(".md")
    if stem == "index":
        return ""
    if stem.endswith("/index"):
        return stem.removesuffix("index")
    return stem + "/"
