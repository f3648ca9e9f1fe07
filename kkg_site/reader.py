"""Access to the ``data/`` folder: file discovery and reading with error reporting."""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from .errors import ErrorLog
from .yamlio import FrontMatterDocument, parse_front_matter, parse_yaml, read_text

_LINK_LEAVES_DATA = "tautan simbolik mengarah ke luar folder data/"


@dataclass
class Loaded:
    """A parsed data file: ``ok`` is False when it is missing or could not be parsed
    (the reason is already in the log); ``data`` is None for an empty file too."""

    file: str
    data: Any
    ok: bool


class DataReader:
    """Reads data files; every problem goes to ``log`` with the file's display name.

    Paths are handled as strings in the per-file steps: a large portal has thousands of
    files, and pathlib objects made and compared for each of them cost more than the
    reading (see ``benchmarks/run.py``, "data load")."""

    def __init__(self, data_dir: Path, log: ErrorLog) -> None:
        self.data_dir = data_dir.resolve()
        self.root = self.data_dir.parent
        self.log = log
        self._folders: dict[str, str] = {}  # folder as written -> its real path
        self._trees: dict[str, list[os.DirEntry[str]]] = {}  # data/<folder> -> every entry under it
        self._root_prefix = _as_prefix(str(self.root))
        self._used: set[str] = set()  # every file read or published, as ``data_dir``-based paths

    def mark_used(self, path: str | os.PathLike[str]) -> None:
        """``path`` is read or published: :meth:`report_unused` does not name it."""
        self._used.add(os.path.normpath(os.fspath(path)))

    def real_path(self, path: str | os.PathLike[str], *, link: bool | None = None) -> str:
        """``os.path.realpath(path)``; a file that is not a symbolic link is found in its
        folder's real path, resolved once, as thousands of files share a few folders.
        ``link``: whether ``path`` is a symbolic link, when the caller knows it
        (``os.DirEntry.is_symlink()`` needs no system call)."""
        text = os.fspath(path)
        folder, name = os.path.split(text)
        if name in ("", ".", "..") or (os.path.islink(text) if link is None else link):
            return os.path.realpath(text)
        return os.path.join(self._real_folder(folder), name)

    def _real_folder(self, folder: str) -> str:
        real = self._folders.get(folder)
        if real is None:
            real = self._folders[folder] = os.path.realpath(folder)
        return real

    def display(self, path: str | os.PathLike[str]) -> str:
        """The path as an editor sees it in the repository, e.g. ``data/anggota.yml``."""
        # The folder is resolved, not the file: a symbolic link keeps its own name.
        # Never a machine path: a folder linked elsewhere is named as written, under the repository.
        text = os.fspath(path)
        folder, name = os.path.split(text)
        for candidate in (os.path.join(self._real_folder(folder), name), os.path.abspath(text)):
            if candidate.startswith(self._root_prefix):
                return candidate.removeprefix(self._root_prefix).replace(os.sep, "/")
        return os.path.relpath(text, self.root).replace(os.sep, "/")

    def yaml_file(self, name: str, *, required: bool) -> Loaded:
        """``data/<name>`` parsed; a required file that is missing or empty is an error."""
        path = self.data_dir / name
        if not path.is_file():
            file = self.display(path)
            if path.is_dir():  # e.g. a folder made by an upload to "kas.yml/": the data would vanish
                self.log.add(
                    file,
                    None,
                    "",
                    "ini folder, bukan berkas; pindahkan isinya ke berkas bernama ini dan hapus foldernya",
                )
            elif required:
                self.log.add(file, None, "", "berkas wajib ada tetapi tidak ditemukan")
            return Loaded(file, None, False)
        loaded = self.parse_yaml(path)
        if required and loaded.ok and loaded.data is None:
            self.log.add(loaded.file, None, "", "berkas wajib diisi tetapi kosong")
            return Loaded(loaded.file, None, False)
        return loaded

    def parse_yaml(self, path: Path) -> Loaded:
        file = self.display(path)
        before = len(self.log.entries)
        text = self._read(path, file)
        data = None if text is None else parse_yaml(text, file, self.log)
        return Loaded(file, data, len(self.log.entries) == before)

    def markdown_file(self, path: Path) -> FrontMatterDocument | None:
        """Front matter and body; None when the file could not be read or its front
        matter not parsed (the reason is already in the log, so it is not validated again)."""
        file = self.display(path)
        before = len(self.log.entries)
        text = self._read(path, file)
        document = None if text is None else parse_front_matter(text, file, self.log)
        return document if len(self.log.entries) == before else None

    def _read(self, path: Path, file: str) -> str | None:
        self.mark_used(path)
        if not self.inside_data(path):  # a link to /etc/passwd or ~/.ssh must not be read, let alone published
            self.log.add(file, None, "", _LINK_LEAVES_DATA)
            return None
        return read_text(path, file, self.log)

    def files(self, folder: str, suffixes: tuple[str, ...], *, recursive: bool = False) -> list[Path]:
        """Data files in ``data/<folder>``, sorted; hidden files and templates are skipped."""
        base = self.data_dir / folder
        if not base.is_dir():
            return []
        if recursive:
            entries = self.tree(folder)
        else:
            with os.scandir(base) as listing:
                entries = list(listing)
        found = []
        for entry in entries:
            name = entry.name
            if name.startswith((".", "_")) or not name.endswith(suffixes):
                continue
            if entry.is_symlink() and not self.inside_data(entry.path, link=True):
                self.log.add(self.display(entry.path), None, "", _LINK_LEAVES_DATA)
                continue
            if entry.is_file():
                found.append(Path(entry.path))
        return sorted(found)

    def tree(self, folder: str) -> list[os.DirEntry[str]]:
        """Everything under ``data/<folder>`` but its folders, walked once per reader
        (a type may look twice: for its files, then for files nothing uses).
        Like ``Path.rglob``, it does not descend into symbolic links to folders (they are listed)
        nor into folders it may not read."""
        entries = self._trees.get(folder)
        if entries is None:
            entries = self._trees[folder] = []
            pending = [os.path.join(self.data_dir, folder)]
            while pending:
                try:
                    with os.scandir(pending.pop()) as listing:
                        for entry in listing:
                            if entry.is_dir(follow_symlinks=False):
                                pending.append(entry.path)
                            else:
                                entries.append(entry)
                except (PermissionError, FileNotFoundError, NotADirectoryError):
                    continue
        return entries

    def inside_data(
        self, path: str | os.PathLike[str], folder: str | os.PathLike[str] | None = None, *, link: bool | None = None
    ) -> bool:
        """Whether ``path`` (symlinks resolved) lies inside ``folder`` (default: data/).
        ``link`` as in :meth:`real_path`."""
        return is_within(self.real_path(path, link=link), self.real_path(folder) if folder else str(self.data_dir))


_DATA_SUFFIXES = {".yml": ".yml", ".yaml": ".yml", ".md": ".md", ".markdown": ".md"}


def report_unused(reader: DataReader) -> None:
    """Name every file under data/ that nothing read or published, with the reason, so that
    no file is skipped without a word (names starting with "." or "_" are left alone on
    purpose: templates, .gitkeep). Files already named in a message are not named again."""
    named = {entry.file for entry in reader.log.entries}
    for folder, folders, files in os.walk(reader.data_dir):
        folders[:] = sorted(name for name in folders if not name.startswith((".", "_")))
        names = sorted(name for name in files if not name.startswith((".", "_")))
        for name in names + [name for name in folders if os.path.islink(os.path.join(folder, name))]:
            path = os.path.join(folder, name)
            file = reader.display(path)
            if os.path.normpath(path) in reader._used or file in named:
                continue
            reader.log.add(file, None, "", _why_unused(reader, path, name), severity="warning")
        for name in folders:
            if os.path.splitext(name)[1].lower() in _DATA_SUFFIXES:
                file = reader.display(os.path.join(folder, name))
                if file not in named:
                    reader.log.add(
                        file,
                        None,
                        "",
                        "folder ini bernama seperti berkas data dan tidak dibaca; jadikan berkas",
                        severity="warning",
                    )
        _report_clashes(reader, folder, names)


def _why_unused(reader: DataReader, path: str, name: str) -> str:
    if os.path.islink(path):
        if not os.path.exists(path):
            return "tautan simbolik ini tidak mengarah ke berkas yang ada; hapus tautannya"
        if os.path.isdir(path):
            return "tautan simbolik ke folder tidak dibaca; salin folder aslinya ke sini"
    suffix = os.path.splitext(name)[1]
    if not suffix:
        return "berkas tanpa akhiran tidak dibaca; beri akhiran (mis. .yml) atau hapus"
    right = _DATA_SUFFIXES.get(suffix.lower())
    if right and suffix != right:
        return f"akhiran '{suffix}' tidak dibaca; ganti menjadi {right}"
    if right:
        return "berkas data di tempat ini tidak dibaca; pindahkan ke folder jenisnya (mis. data/kegiatan/, bukan subfoldernya)"
    return "berkas ini tidak dipakai data mana pun; sebutkan di datanya atau hapus"


def _report_clashes(reader: DataReader, folder: str, names: list[str]) -> None:
    """Names one file system tells apart and another does not (Windows, macOS), and one id
    written twice (``x.yml`` and ``x.yaml``)."""
    seen: dict[str, str] = {}
    for name in names:
        stem, suffix = os.path.splitext(name)
        keys = [name.casefold()]
        if suffix.lower() in _DATA_SUFFIXES:
            keys.append(stem.casefold() + _DATA_SUFFIXES[suffix.lower()])
        for key in keys:
            other = seen.get(key)
            if other is not None and other != name:
                reader.log.add(
                    reader.display(os.path.join(folder, name)), None, "",
                    f"nama berkas ini dan '{other}' dianggap sama (huruf besar/kecil atau akhiran .yml/.yaml); ganti nama salah satunya",
                )  # fmt: skip
                break
            seen.setdefault(key, name)


def is_within(path: str, folder: str) -> bool:
    """``Path(path).is_relative_to(folder)`` for normalised paths (no ``..``), without making paths of them."""
    return path == folder or path.startswith(_as_prefix(folder))


def _as_prefix(folder: str) -> str:
    """``folder`` ending in one separator: what every path inside it starts with."""
    return os.path.join(folder, "")
