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
        folder, name = os.path.split(os.fspath(path))
        resolved = os.path.join(self._real_folder(folder), name)
        if resolved.startswith(self._root_prefix):
            resolved = resolved.removeprefix(self._root_prefix)
        else:
            resolved = os.fspath(path)
        return resolved.replace(os.sep, "/")

    def yaml_file(self, name: str, *, required: bool) -> Loaded:
        """``data/<name>`` parsed; a required file that is missing or empty is an error."""
        path = self.data_dir / name
        if not path.is_file():
            file = self.display(path)
            if required:
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


def is_within(path: str, folder: str) -> bool:
    """``Path(path).is_relative_to(folder)`` for normalised paths (no ``..``), without making paths of them."""
    return path == folder or path.startswith(_as_prefix(folder))


def _as_prefix(folder: str) -> str:
    """``folder`` ending in one separator: what every path inside it starts with."""
    return os.path.join(folder, "")
