"""Reading YAML data files and Markdown front matter with line numbers.

PyYAML's C parser does the parsing; the Python constructor is extended so that
every mapping and sequence remembers the line of each key and item. Errors are
reported in Indonesian and never raised past this module: a file that cannot be
read yields ``None`` and one or more entries in the error log.

Deliberate restrictions, because the files are edited by hand in a web editor:

* plain scalars mean what YAML 1.2's core schema says (as in Pages CMS and the VS Code
  YAML extension, which write and read YAML 1.2): ``13:00`` and ``yes``/``no``/``on``/``off``
  are text, ``0o17`` and ``0x1F`` are numbers, ``017`` is 17, there is no sexagesimal;
* a number also remembers the characters written (:class:`SourceInt`, :class:`SourceFloat`),
  so a text field gets exactly those (``telepon: 02112345670``) and a money field can refuse
  ``0x97B30``;
* timestamps are not resolved: dates stay strings so that an impossible date
  such as ``2026-02-30`` becomes a field error with a line, not a crash;
* anchors/aliases are refused (they are never needed here, and "billion laughs"
  documents would otherwise expand exponentially during validation);
* duplicate keys are errors (PyYAML silently keeps the last one);
* nesting deeper than ``MAX_DEPTH`` is refused while the document is composed.
  Composition runs in Python on the C parser's events: the C composer recurses
  without a limit and a file of 50,000 ``[`` crashes the interpreter. (A common
  file is built straight from the events: ``_DataLoader.get_common_data``.)
"""

from __future__ import annotations

import gc
import re
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import yaml
from yaml.composer import Composer

from .errors import ErrorLog
from .yamlerrors import MAX_DEPTH, decode_utf8, describe_yaml_error

try:
    from yaml import CSafeLoader as _Loader
except ImportError:  # a PyYAML built without libyaml: the same loader in pure Python, slower
    from yaml import SafeLoader as _Loader

_TEXT = "tag:yaml.org,2002:str"


class LineDict(dict):
    """A mapping that knows the line of each key (1-based) and its own line."""

    line: int = 0
    key_lines: dict[Any, int]


class LineList(list):
    """A sequence that knows the line of each item (1-based) and its own line."""

    line: int = 0
    item_lines: list[int]


class SourceInt(int):
    """An integer read from a plain scalar; ``str()`` gives the characters written, so a
    text field validated from it (``coerce_numbers_to_str``) holds ``02112345670``, not 2112345670."""

    text: str

    def __str__(self) -> str:
        return self.text


class SourceFloat(float):
    """A float read from a plain scalar; ``str()`` gives the characters written (``.inf``, ``1.250``)."""

    text: str

    def __str__(self) -> str:
        return self.text


def written_as(value: Any) -> str | None:
    """The characters a number was written with in its file, None for a number made in code."""
    return value.text if isinstance(value, (SourceInt, SourceFloat)) else None


# YAML 1.2 core schema (https://yaml.org/spec/1.2.2/#1032-tag-resolution), by first character.
_NULL, _BOOL, _INT, _FLOAT = (f"tag:yaml.org,2002:{name}" for name in ("null", "bool", "int", "float"))
_CORE_RESOLVERS = [
    (_NULL, re.compile(r"^(?:~|null|Null|NULL|)$")),
    (_BOOL, re.compile(r"^(?:true|True|TRUE|false|False|FALSE)$")),
    (_INT, re.compile(r"^(?:[-+]?[0-9]+|0o[0-7]+|0x[0-9a-fA-F]+)$")),
    (
        _FLOAT,
        re.compile(
            r"^(?:[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)(?:[eE][-+]?[0-9]+)?|[-+]?\.(?:inf|Inf|INF)|\.(?:nan|NaN|NAN))$"
        ),
    ),
]
_CORE_FIRST = {
    **{c: [_CORE_RESOLVERS[0]] for c in "~nN"},
    "": [_CORE_RESOLVERS[0]],
    **{c: [_CORE_RESOLVERS[1]] for c in "tTfF"},
    **{c: _CORE_RESOLVERS[2:] for c in "-+0123456789"},
    ".": [_CORE_RESOLVERS[3]],
}


def _core_scalar(tag: str, text: str) -> Any:
    """The value of a plain scalar whose YAML 1.2 core tag is not text."""
    if tag == _INT:
        if text.startswith(("0o", "0x")):
            number = SourceInt(int(text[2:], 8 if text[1] == "o" else 16))
        else:
            number = SourceInt(int(text, 10))
        number.text = text
        return number
    if tag == _FLOAT:
        lowered = text.lower()
        real = SourceFloat(float(lowered.replace(".inf", "inf").replace(".nan", "nan")))
        real.text = text
        return real
    if tag == _BOOL:
        return text[0] in "tT"
    return None


class _TooDeep(Exception):
    def __init__(self, line: int) -> None:
        self.line = line


class _Unusual(Exception):
    """The document has something :meth:`_DataLoader.get_common_data` leaves to PyYAML's composer."""


class _DataLoader(Composer, _Loader):
    """The C parser's events, composed in Python (see the module docstring), constructed with lines."""

    yaml_implicit_resolvers = _CORE_FIRST

    def __init__(self, stream: str, first_line: int = 1) -> None:
        _Loader.__init__(self, stream)
        Composer.__init__(self)
        self.problems: dict[tuple[int, str, str], None] = {}  # (line, field, message), in order, once each
        self.first_line = first_line  # for lines named inside messages (front matter starts at 2)
        self._depth = 0

    def get_common_data(self) -> Any:
        """``get_single_data()`` for a common data file, built straight from the events.

        Nearly every data file is plain mappings, lists and scalars. Composing their nodes
        in Python and constructing them afterwards took as long again as the C parser
        (0.4 s against 0.23 s for the 3,600 files of a ten-year portal); building each
        value from its events takes 0.26 s. Anything else raises ``_Unusual`` at once:
        an anchor, an alias, an explicit tag, a duplicate or non-text key, a value that
        is not text and cannot be constructed, nesting deeper than ``MAX_DEPTH``, a second
        document. Then the caller reads the text again with ``get_single_data()``, which
        reports each of these (or the syntax error after them) as before. A syntax error
        met first is raised here as it would be there: nothing before it was unusual.
        """
        self.get_event()  # StreamStartEvent
        if self.check_event(yaml.StreamEndEvent):
            return None
        self.get_event()  # DocumentStartEvent
        data = self._common_value(self.get_event(), 0)
        self.get_event()  # DocumentEndEvent
        if not self.check_event(yaml.StreamEndEvent):
            raise _Unusual
        return data

    def _common_value(self, event: yaml.Event, depth: int) -> Any:
        """The value that starts with ``event`` (with ``depth`` collections around it), as
        ``construct_yaml_map``, ``construct_yaml_seq`` and ``construct_object`` make it."""
        if depth >= MAX_DEPTH or getattr(event, "anchor", None) is not None or getattr(event, "tag", None) is not None:
            raise _Unusual
        kind = type(event)
        if kind is yaml.ScalarEvent:
            tag = self.resolve(yaml.ScalarNode, event.value, event.implicit)
            return event.value if tag == _TEXT else _core_scalar(tag, event.value)
        if kind is yaml.MappingStartEvent:
            mapping = LineDict()
            mapping.line = event.start_mark.line + 1
            key_lines = mapping.key_lines = {}
            while type(key_event := self.get_event()) is not yaml.MappingEndEvent:
                key = self._common_value(key_event, depth + 1)
                if type(key) is not str or key in key_lines or key == "<<":
                    raise _Unusual
                key_lines[key] = key_event.start_mark.line + 1
                mapping[key] = self._common_value(self.get_event(), depth + 1)
            return mapping
        if kind is yaml.SequenceStartEvent:
            sequence = LineList()
            sequence.line = event.start_mark.line + 1
            item_lines = sequence.item_lines = []
            while type(item_event := self.get_event()) is not yaml.SequenceEndEvent:
                item_lines.append(item_event.start_mark.line + 1)
                sequence.append(self._common_value(item_event, depth + 1))
            return sequence
        raise _Unusual  # an alias

    def compose_node(self, parent: yaml.Node | None, index: Any) -> yaml.Node:
        event = self.peek_event()
        if type(event) is yaml.ScalarEvent and event.anchor is None and self._depth < MAX_DEPTH:
            return self.compose_scalar_node(None)  # most nodes: no alias, no nesting to check
        if self.check_event(yaml.AliasEvent):  # refused where it is written, never expanded
            event = self.get_event()
            origin = self.anchors.get(event.anchor)
            fix = (
                f"salin nilainya dari baris {origin.start_mark.line + self.first_line} ke sini"
                if origin
                else "tulis nilainya langsung"
            )
            self.problems[(event.start_mark.line + 1, "", f"alias YAML (*{event.anchor}) tidak didukung; {fix}")] = None
            return yaml.ScalarNode("tag:yaml.org,2002:null", "", event.start_mark, event.end_mark)
        self._depth += 1
        try:
            if self._depth > MAX_DEPTH:
                raise _TooDeep(self.peek_event().start_mark.line + 1)
            return super().compose_node(parent, index)
        finally:
            self._depth -= 1

    def construct_object(self, node: yaml.Node, deep: bool = False) -> Any:
        if node.tag == _TEXT and type(node) is yaml.ScalarNode:
            return node.value  # most nodes are text: the generic constructor took a fifth of a large load
        # deep: nested mappings and lists are complete (with their lines) before validation sees them
        return super().construct_object(node, deep=True)

    def construct_core_scalar(self, node: yaml.ScalarNode) -> Any:
        """A scalar resolved to a number, true/false or null, or tagged so (``!!int 0x10``);
        a tag its text does not fit (``!!int abc``) is reported as a tag."""
        if self.resolve(yaml.ScalarNode, node.value, (True, False)) != node.tag:
            raise yaml.constructor.ConstructorError(
                None, None, f"could not determine a constructor for {node.tag} {node.value!r}", node.start_mark
            )
        return _core_scalar(node.tag, node.value)

    def construct_yaml_map(self, node: yaml.MappingNode) -> Iterator[LineDict]:
        data = LineDict()
        data.line = node.start_mark.line + 1
        data.key_lines = {}
        yield data
        for key_node, value_node in node.value:
            key = self.construct_object(key_node)
            line = key_node.start_mark.line + 1
            if not isinstance(key, str):
                written = key_node.value if isinstance(key_node, yaml.ScalarNode) else ""
                self.problems[(line, written, _non_text_key(key, written))] = None
                continue
            if key == "<<":  # YAML 1.1's merge key: plain text under YAML 1.2, and Pages CMS would not merge it
                self.problems[(line, key, _MERGE_KEY)] = None
                continue
            if key in data.key_lines:
                self.problems[
                    (line, str(key), f"kunci ganda; sudah ditulis di baris {data.key_lines[key] + self.first_line - 1}")
                ] = None
                continue
            data.key_lines[key] = line
            data[key] = self.construct_object(value_node)

    def construct_yaml_seq(self, node: yaml.SequenceNode) -> Iterator[LineList]:
        data = LineList()
        data.line = node.start_mark.line + 1
        data.item_lines = [item.start_mark.line + 1 for item in node.value]
        yield data
        data.extend(self.construct_object(item) for item in node.value)


_MERGE_KEY = "kunci gabung YAML (<<) tidak didukung; tulis kunci-kunci yang hendak digabung satu per satu di sini"


def _non_text_key(key: Any, written: str) -> str:
    """The message for a key that is a number, true/false, null, a list or a mapping."""
    if written and key is not None:
        kind = "true/false" if isinstance(key, bool) else "angka"
        return f"kunci ini terbaca sebagai {kind}, padahal kunci harus berupa teks; perbaiki nama kuncinya atau apit dengan tanda kutip ('{written}':)"
    return "kunci harus berupa teks"


_DataLoader.add_constructor("tag:yaml.org,2002:map", _DataLoader.construct_yaml_map)
_DataLoader.add_constructor("tag:yaml.org,2002:seq", _DataLoader.construct_yaml_seq)
for _tag in (_NULL, _BOOL, _INT, _FLOAT):
    _DataLoader.add_constructor(_tag, _DataLoader.construct_core_scalar)


@contextmanager
def garbage_collection_paused() -> Iterator[None]:
    """Most of a large load was spent in the garbage collector scanning the young
    objects it cannot free (records and their lines: none of them cyclic garbage)."""
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.enable()


def parse_yaml(text: str, file: str, log: ErrorLog, first_line: int = 1) -> Any:
    """Parse one YAML document; ``first_line`` shifts line numbers (front matter)."""
    loader = _DataLoader(text, first_line)
    try:
        with garbage_collection_paused():
            try:
                data = loader.get_common_data()
            except _Unusual:
                loader.dispose()
                loader = _DataLoader(text, first_line)
                data = loader.get_single_data()
    except yaml.YAMLError as error:
        line, message, suggestion = describe_yaml_error(error, text)
        log.add(file, line + first_line - 1 if line else None, "", message, suggestion)
        return None
    except _TooDeep as error:
        log.add(file, error.line + first_line - 1, "", f"struktur bersarang lebih dari {MAX_DEPTH} tingkat")
        return None
    finally:
        loader.dispose()
    for line, field, message in loader.problems:
        log.add(file, line + first_line - 1, field, message)
    if loader.problems:
        return None
    if first_line != 1:
        _shift_lines(data, first_line - 1)
    return data


def _shift_lines(data: Any, offset: int) -> None:
    if isinstance(data, LineDict):
        data.line += offset
        data.key_lines = {k: v + offset for k, v in data.key_lines.items()}
        for value in data.values():
            _shift_lines(value, offset)
    elif isinstance(data, LineList):
        data.line += offset
        data.item_lines = [v + offset for v in data.item_lines]
        for value in data:
            _shift_lines(value, offset)


@dataclass
class FrontMatterDocument:
    meta: Any  # LineDict on success
    body: str
    body_line: int  # 1-based line where the body starts


def parse_front_matter(text: str, file: str, log: ErrorLog) -> FrontMatterDocument | None:
    """Split ``---``-fenced YAML front matter from a Markdown body."""
    lines = text.splitlines(keepends=True)
    if not lines or lines[0].strip() != "---":
        log.add(file, 1, "", "berkas harus diawali front matter: baris '---', kunci-kunci YAML, lalu '---' lagi")
        return None
    for index in range(1, len(lines)):
        if lines[index].strip() in ("---", "..."):
            meta = parse_yaml("".join(lines[1:index]), file, log, first_line=2)
            return FrontMatterDocument(meta, "".join(lines[index + 1 :]), index + 2)
    log.add(file, 1, "", "front matter tidak ditutup: tambahkan baris '---' setelah kunci terakhir")
    return None


def line_of(data: Any, path: tuple[Any, ...]) -> int | None:
    """The line of the deepest element of ``path`` that exists in ``data``."""
    line = getattr(data, "line", None) or None
    node = data
    for step in path:
        if isinstance(node, LineDict) and step in node.key_lines:
            line = node.key_lines[step]
            node = node[step]
        elif isinstance(node, LineList) and isinstance(step, int) and 0 <= step < len(node):
            line = node.item_lines[step]
            node = node[step]
        else:
            break
    return line


def read_text(path: Path, file: str, log: ErrorLog) -> str | None:
    try:
        raw = path.read_bytes()
    except OSError as error:
        log.add(file, None, "", f"berkas tidak dapat dibaca ({error.strerror})")
        return None
    return decode_utf8(raw, file, log)
