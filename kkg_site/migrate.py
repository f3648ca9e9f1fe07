"""Data migrations: ``kkg-site migrasi`` rewrites a data/ folder to the current data format.

The data format's version is written once, as ``versi_data`` in ``data/kkg.yml`` (the
profile every portal has; a hidden field of its Pages CMS form, so a Save keeps it). A file
without it is format 1. Each :class:`Step` brings the data from the version before it to its
``version``; ``migrate`` runs the steps the folder has not had yet, in order, then writes the
new version.

Steps edit the text of a file, never re-serialise it: comments, key order, quoting and
indentation stay as the editor wrote them, and only the characters a step changes differ
(found through the parser's marks). The loader keeps reading every older shape, so a portal
that has not been migrated still builds the same site.

Format 2: a field that may hold one or many values (``kelas``, ``narasumber``, ``hadir``,
``waktu``…: a list in its JSON Schema's first alternative) is always written as a list,
``kelas: [5]``, the shape Pages CMS's form keeps (it drops a single value where its field
is a list).
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

from .datafiles import DATA_FORMAT, VERSION_KEY, DataFile
from .registry import declared
from .schema import json_schema

VERSION_FILE = "kkg.yml"  # relative to data/


@dataclass
class Document:
    """One data file being migrated: its text and, for Markdown, where the front matter starts."""

    path: Path
    data_file: DataFile
    text: str
    offset: int = 0  # index of the YAML in ``text`` (after the first '---' line of front matter)
    end: int | None = None  # index where the YAML ends (the closing '---'), None: end of file
    notes: list[str] = field(default_factory=list)  # what a step could not do, for the editor

    @property
    def yaml_text(self) -> str:
        return self.text[self.offset : self.end]

    def node(self) -> yaml.Node | None:
        return yaml.compose(self.yaml_text, Loader=yaml.SafeLoader)

    def replace(self, edits: list[tuple[int, int, str]]) -> None:
        """Apply ``(start, end, new text)`` edits, indexes relative to the YAML text."""
        text = self.yaml_text
        for start, end, new in sorted(edits, reverse=True):
            text = text[:start] + new + text[end:]
        self.text = self.text[: self.offset] + text + (self.text[self.end :] if self.end is not None else "")


@dataclass(frozen=True)
class Step:
    version: int  # the data format this step produces
    title: str  # Indonesian: what it changes, printed by kkg-site migrasi
    apply: Callable[[Document], bool]  # edits the document; True when something changed


def _lists(document: Document) -> bool:
    """Format 2: one value of a one-or-many field becomes a list of one."""
    root = document.node()
    if root is None:
        return False
    schema = json_schema(document.data_file)
    edits: list[tuple[int, int, str]] = []
    for node in _single_values(root, schema, schema.get("$defs", {})):
        if (
            isinstance(node, yaml.ScalarNode)
            and node.style not in ("|", ">")
            and node.start_mark.line == node.end_mark.line
        ) or (isinstance(node, yaml.MappingNode) and node.flow_style):
            edits.append((node.start_mark.index, node.start_mark.index, "["))
            edits.append((node.end_mark.index, node.end_mark.index, "]"))
        elif isinstance(node, yaml.MappingNode):
            edits.extend(_block_mapping_as_item(document.yaml_text, node))
        else:
            line = node.start_mark.line + 1 + (1 if document.offset else 0)
            document.notes.append(f"{document.path.as_posix()}:{line}: tulis nilai ini sebagai daftar (diawali '- ')")
    document.replace(edits)
    return bool(edits)


def _block_mapping_as_item(text: str, node: yaml.MappingNode) -> Iterator[tuple[int, int, str]]:
    """``- `` before the mapping's first key, its other lines two spaces further in."""
    yield node.start_mark.index, node.start_mark.index, "- "
    column = node.start_mark.column
    lines = text.splitlines(keepends=True)
    index = sum(len(line) for line in lines[: node.start_mark.line + 1])
    for line in lines[node.start_mark.line + 1 : node.end_mark.line + 1]:
        indent = len(line) - len(line.lstrip(" "))
        if line.strip() and indent >= column and index < node.end_mark.index:
            yield index, index, "  "
        index += len(line)


def _single_values(node: yaml.Node, schema: dict[str, Any], defs: dict[str, Any]) -> Iterator[yaml.Node]:
    """Nodes holding one value where ``schema`` (a file's or a record's) wants a list first."""
    schema = _resolve(schema, defs)
    if isinstance(node, yaml.SequenceNode) and "items" in schema:
        for item in node.value:
            yield from _single_values(item, schema["items"], defs)
        return
    if not isinstance(node, yaml.MappingNode) or "properties" not in schema:
        return
    for key, value in node.value:
        prop = schema["properties"].get(key.value)
        if prop is None or (isinstance(value, yaml.ScalarNode) and value.tag == "tag:yaml.org,2002:null"):
            continue
        options = prop.get("anyOf", [])
        many = _resolve(options[0], defs) if options else {}
        if many.get("type") == "array" and not isinstance(value, yaml.SequenceNode):
            yield value
        elif isinstance(value, (yaml.MappingNode, yaml.SequenceNode)):
            yield from _single_values(value, many or prop, defs)


def _resolve(schema: dict[str, Any], defs: dict[str, Any]) -> dict[str, Any]:
    return defs[schema["$ref"].rsplit("/", 1)[-1]] if "$ref" in schema else schema


STEPS = (Step(2, "nilai tunggal pada kolom yang boleh berisi beberapa nilai ditulis sebagai daftar", _lists),)


@dataclass
class Result:
    found: int  # the data folder's format before
    changed: list[Path]
    notes: list[str]


def data_format(data_dir: Path) -> int:
    """The format the data folder is written in (1 when kkg.yml does not say)."""
    path = data_dir / VERSION_FILE
    try:
        data = yaml.safe_load(path.read_text(encoding="utf-8-sig")) if path.is_file() else None
    except yaml.YAMLError:
        data = None  # periksa names the mistake; the steps are safe to run again
    version = data.get(VERSION_KEY) if isinstance(data, dict) else None
    return version if isinstance(version, int) else 1


def _documents(data_dir: Path) -> Iterator[Document]:
    for data_file in declared():
        for path in sorted(data_dir.glob(data_file.pattern)):
            if not path.is_file():
                continue
            text = path.read_text(encoding="utf-8")
            if not data_file.markdown:
                yield Document(path, data_file, text)
                continue
            lines = text.splitlines(keepends=True)
            if not lines or lines[0].strip() != "---":
                continue
            close = next((i for i in range(1, len(lines)) if lines[i].strip() in ("---", "...")), None)
            if close is not None:
                yield Document(path, data_file, text, len(lines[0]), sum(len(line) for line in lines[:close]))


def migrate(data_dir: Path, *, write: bool = True) -> Result:
    """Bring ``data_dir`` to :data:`DATA_FORMAT`; with ``write=False`` only report what would change."""
    found = data_format(data_dir)
    steps = [step for step in STEPS if step.version > found]
    changed: list[Path] = []
    notes: list[str] = []
    for document in _documents(data_dir) if steps else ():
        before = document.text
        try:
            for step in steps:
                step.apply(document)
        except yaml.YAMLError:  # periksa names the mistake; the file keeps its text
            document.text = before
            document.notes.append(
                f"{document.path.as_posix()}: tidak dapat dibaca sebagai YAML; perbaiki dulu (kkg-site periksa), lalu ulangi"
            )
        notes.extend(document.notes)
        if document.text != before:
            changed.append(document.path)
            if write:
                document.path.write_text(document.text, encoding="utf-8")
    if found < DATA_FORMAT and not notes:  # the version says every file has had the steps
        changed.append(data_dir / VERSION_FILE)
        if write:
            _write_version(data_dir / VERSION_FILE)
    return Result(found, changed, notes)


def _write_version(path: Path) -> None:
    text = path.read_text(encoding="utf-8") if path.is_file() else ""
    root = yaml.compose(text, Loader=yaml.SafeLoader)
    for key, value in root.value if isinstance(root, yaml.MappingNode) else ():
        if key.value == VERSION_KEY:
            text = text[: value.start_mark.index] + str(DATA_FORMAT) + text[value.end_mark.index :]
            break
    else:
        text = (text if not text or text.endswith("\n") else text + "\n") + f"{VERSION_KEY}: {DATA_FORMAT}\n"
    path.write_text(text, encoding="utf-8")
