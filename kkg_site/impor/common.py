"""What every importer shares: the plan of files to write, its validation by the
project's own loader, YAML in the data files' style, names and ids.

An importer only *plans*: it returns the files it would write. ``run`` checks the
plan against a copy of ``data/`` and writes nothing unless the whole result passes
``kkg-site periksa``, so a bad input never leaves half an import behind.
"""

from __future__ import annotations

import codecs
import difflib
import os
import re
import shutil
import tempfile
import unicodedata
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any

import yaml

from ..errors import DataErrors
from ..fields import slugify
from ..generator import load
from ..index import SiteIndex
from ..registry import declared


class ImportFailure(Exception):
    """An input the importer cannot use; the message (Indonesian) says why and what to do."""


@dataclass
class Plan:
    """What an import would do to ``data/``: paths relative to ``data/``."""

    data_dir: Path
    texts: dict[str, str] = field(default_factory=dict)  # new content of a text file
    copies: dict[str, Path] = field(default_factory=dict)  # a file copied from the source
    problems: list[str] = field(default_factory=list)  # any problem: nothing is written
    notes: list[str] = field(default_factory=list)  # what was recognised, skipped or needs a decision

    def current(self, relative: str) -> str | None:
        """A text file as it is now: planned earlier in this import, else on disk."""
        return self.texts[relative] if relative in self.texts else self.current_on_disk(relative)

    def write(self, relative: str, text: str) -> None:
        """Plan ``text`` as the file's content; a file that would not change is left out."""
        on_disk = self.data_dir / relative
        if on_disk.is_file() and on_disk.read_bytes() == _encoded(on_disk, text):
            self.texts.pop(relative, None)
        else:
            self.texts[relative] = text

    def copy(self, relative: str, source: Path) -> None:
        self.copies[relative] = source

    @property
    def empty(self) -> bool:
        return not self.texts and not self.copies

    def describe(self, show_content: bool) -> list[str]:
        """One line per file (new or changed); with ``show_content`` the lines each text file gains or loses."""
        lines = []
        for relative, text in sorted(self.texts.items()):
            before = self.current_on_disk(relative)
            lines.append(f"{'ubah' if before is not None else 'baru'}: data/{relative}")
            if show_content:
                diff = list(difflib.unified_diff((before or "").splitlines(), text.splitlines(), lineterm="", n=0))
                lines += [f"    {line}" for line in diff[2:] if not line.startswith("@@")]  # [2:]: the file names
        for relative, source in sorted(self.copies.items()):
            lines.append(f"salin: {source} → data/{relative}")
        return lines

    def current_on_disk(self, relative: str) -> str | None:
        """The file as it is in data/ (universal newlines, no byte order mark)."""
        path = self.data_dir / relative
        return path.read_text(encoding="utf-8-sig") if path.is_file() else None

    def validate(self, today: date) -> list[str]:
        """The loader's messages for ``data/`` with this plan applied (empty: it passes)."""
        with tempfile.TemporaryDirectory(prefix="kkg-impor-") as scratch:
            staged = Path(scratch) / "data"
            shutil.copytree(self.data_dir, staged, copy_function=_link_or_copy, symlinks=True)
            self._apply(staged)
            try:
                load(staged, today)
            except DataErrors as error:
                return [str(problem) for problem in error.errors]
        return []

    def apply(self) -> None:
        self._apply(self.data_dir)

    def _apply(self, data_dir: Path) -> None:
        for relative, text in self.texts.items():
            _replace(data_dir / relative, _encoded(self.data_dir / relative, text))
        for relative, source in self.copies.items():
            _replace(data_dir / relative, source.read_bytes())


def _encoded(existing: Path, text: str) -> bytes:
    """``text`` (read with universal newlines) as bytes in the existing file's conventions:
    a file saved by a Windows editor keeps its CRLF line ends and its byte order mark."""
    raw = existing.read_bytes() if existing.is_file() else b""
    if b"\r\n" in raw:
        text = text.replace("\n", "\r\n")
    return (codecs.BOM_UTF8 if raw.startswith(codecs.BOM_UTF8) else b"") + text.encode("utf-8")


def _link_or_copy(source: str, target: str) -> None:
    """Files are only ever replaced, never written in place, so a hard link is a safe, fast copy."""
    try:
        os.link(source, target)
    except OSError:
        shutil.copy2(source, target)


def _replace(path: Path, content: bytes) -> None:
    """Write through a new file and rename it over the old one: never half a file, never a shared inode."""
    path.parent.mkdir(parents=True, exist_ok=True)
    handle, temporary = tempfile.mkstemp(prefix=f".{path.name}.", dir=path.parent)
    try:
        with os.fdopen(handle, "wb") as stream:
            stream.write(content)
        os.replace(temporary, path)
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise


OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"


def refuse_ole(path: Path, app: str, old_suffix: str, new_suffix: str) -> None:
    """Office's old container (CFB) holds either an old .doc/.xls or a password-protected
    .docx/.xlsx (its encrypted package beside an "EncryptionInfo" stream): say which."""
    with path.open("rb") as stream:
        if stream.read(len(OLE_MAGIC)) != OLE_MAGIC:
            return
    if "EncryptionInfo".encode("utf-16-le") in path.read_bytes():
        raise ImportFailure(
            f"{path.name} dilindungi kata sandi, jadi isinya tidak dapat dibaca. Buka di {app}, hapus kata sandinya "
            "(File → Info → Enkripsi dengan Kata Sandi, kosongkan), simpan, lalu impor lagi."
        )
    raise ImportFailure(
        f"{path.name} berformat {app} lama ({old_suffix}). Buka di {app} atau LibreOffice, simpan sebagai {new_suffix}, "
        "lalu impor lagi."
    )


def load_existing(data_dir: Path, today: date) -> SiteIndex:
    """The project's data as it is; an import on top of invalid data could not be checked."""
    try:
        index, _ = load(data_dir, today)
    except DataErrors as error:
        raise ImportFailure(
            "Data yang sudah ada belum valid, jadi hasil impor tidak dapat diperiksa. "
            "Perbaiki dulu kesalahan berikut (lihat juga: kkg-site periksa):\n" + error.report()
        ) from error
    return index


def modeline(schema: str, relative: str) -> str:
    """The ``# yaml-language-server: $schema=…`` line of a new data file at ``relative`` (under data/)."""
    (data_file,) = [d for d in declared() if d.schema == schema]
    return data_file.modeline(relative)


# --- YAML in the style of the data files -------------------------------------------

_NUMBER_LIKE = re.compile(r"[\d\s+\-().]+")


class _Dumper(yaml.SafeDumper):
    """Block lists indented under their key; numbers kept as text are quoted as the guides ask."""

    def increase_indent(self, flow: bool = False, indentless: bool = False) -> None:
        super().increase_indent(flow, False)


def _represent_str(dumper: yaml.SafeDumper, value: str) -> yaml.Node:
    style = '"' if _NUMBER_LIKE.fullmatch(value) else None
    return dumper.represent_scalar("tag:yaml.org,2002:str", value, style=style)


def _represent_list(dumper: yaml.SafeDumper, value: list) -> yaml.Node:
    # A short list of short values reads best on one line, as in the demo data: kelas: [4].
    short = len(value) <= 3 and all(isinstance(v, int | str) and len(str(v)) <= 30 for v in value)
    return dumper.represent_sequence("tag:yaml.org,2002:seq", value, flow_style=short)


_Dumper.add_representer(str, _represent_str)
_Dumper.add_representer(list, _represent_list)


def dump_yaml(data: Any) -> str:
    return yaml.dump(data, Dumper=_Dumper, allow_unicode=True, sort_keys=False, width=100)


def append_records(current: str | None, records: list[dict[str, Any]], schema: str, relative: str, heading: str) -> str:
    """``current`` (a YAML list file) with ``records`` added at its end as text: comments,
    modeline and every existing line stay as they are."""
    block = f"# --- {heading} ---\n" + "\n".join(dump_yaml([record]) for record in records)
    if current is None or not current.strip():
        return f"{modeline(schema, relative)}\n\n{block}"
    if re.search(r"^\[\]\s*$", current, re.MULTILINE):  # an explicitly empty list: "[]"
        current = re.sub(r"^\[\]\s*$", "", current, flags=re.MULTILINE)
    return current.rstrip("\n") + "\n\n" + block


# --- names and ids --------------------------------------------------------------------

# Titles written before a name (Dra. Yanti Sumiati); degrees come after a comma.
_PREFIXES = {
    "drs",
    "dra",
    "dr",
    "h",
    "hj",
    "ir",
    "prof",
    "kh",
    "ust",
    "ustadz",
    "ustazah",
    "bapak",
    "ibu",
    "bpk",
    "ny",
    "tn",
    "sdr",
    "sdri",
}


_DEGREE = re.compile(r"^(?:[A-Z][a-z]{0,3}\.){1,4}[A-Za-z]*\.?$")


def bare_name(name: str) -> str:
    """A person's name without titles and degrees: 'Dra. Hj. Yanti Sumiati, M.Pd.' → 'Yanti Sumiati'."""
    words = name.split(",")[0].split()
    while (
        words and re.sub(r"[^a-z]", "", words[0].casefold()) in _PREFIXES and (words[0].endswith(".") or len(words) > 2)
    ):
        words = words[1:]
    while len(words) > 1 and _DEGREE.match(words[-1]):  # degrees written without a comma: "Agus S.Pd."
        words = words[:-1]
    return " ".join(words)


def name_key(name: str) -> str:
    """What two spellings of one person's name have in common."""
    return ascii_slug(bare_name(name))


def ascii_slug(text: str) -> str:
    """An id from any text: 'André Wijaya' → 'andre-wijaya' (letters keep their base, not vanish)."""
    return slugify(unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode())


def unique_id(base: str, taken: set[str]) -> str:
    """``base``, or ``base-2``, ``base-3``… whichever is not taken yet; the result is taken."""
    candidate, number = base, 2
    while candidate in taken:
        candidate, number = f"{base}-{number}", number + 1
    taken.add(candidate)
    return candidate


def header_key(text: object) -> str:
    """A column header without case, spacing and punctuation: 'No. HP/WA' → 'nohpwa'."""
    return re.sub(r"[^a-z0-9]", "", str(text or "").casefold())
