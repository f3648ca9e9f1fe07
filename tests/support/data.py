"""Reading data files as the editors write them, with plain PyYAML (not the loader under test)."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import yaml

from support.build import ROOT

# Every data file of the demo, of every content type (files the reader skips excluded).
DEMO_FILES = sorted(
    path.relative_to(ROOT / "data").as_posix()
    for path in (ROOT / "data").rglob("*")
    if path.suffix in (".yml", ".md")
    and not any(part.startswith(("_", ".")) for part in path.relative_to(ROOT / "data").parts)
)


def demo_yaml(relative: str) -> Any:
    """The demo's ``data/<relative>`` as PyYAML reads it; a new copy each call, for the caller to keep."""
    return yaml.safe_load((ROOT / "data" / relative).read_text(encoding="utf-8"))


def split_front_matter(text: str) -> tuple[str, str | None]:
    """(YAML, Markdown body) of a data file; the body is None for a .yml file."""
    if not text.startswith("---\n"):
        return text, None
    meta, _, body = text[4:].partition("\n---\n")
    return meta, body


def front_matter(path: Path) -> dict:
    """The YAML header of a Markdown data file (``---`` … ``---``)."""
    meta, body = split_front_matter(path.read_text(encoding="utf-8"))
    assert body is not None, f"{path} has no front matter"
    return yaml.safe_load(meta)


def json_objects(node: object) -> Iterator[dict]:
    """Every object (dict) in parsed JSON or YAML, at any depth."""
    if isinstance(node, dict):
        yield node
        for value in node.values():
            yield from json_objects(value)
    elif isinstance(node, list):
        for value in node:
            yield from json_objects(value)
