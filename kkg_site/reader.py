"""Access to the ``data/`` folder: file discovery and reading with error reporting."""

from __future__ import annotations

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
    """Reads data files; every problem goes to ``log`` with the file's display name."""

    def __init__(self, data_dir: Path, log: ErrorLog) -> None:
        self.data_dir = data_dir.resolve()
        self.root = self.data_dir.parent
        self.log = log
        self._folders: dict[Path, Path] = {}  # folder -> its resolved path

    def resolve(self, path: Path) -> Path:
        """``path.resolve()``; folders are resolved once, as thousands of files share a few of them."""
        if path.name in ("", ".", "..") or path.is_symlink():
            return path.resolve()
        return self._in_resolved_folder(path)

    def _in_resolved_folder(self, path: Path) -> Path:
        folder = self._folders.get(path.parent)
        if folder is None:
            folder = self._folders[path.parent] = path.parent.resolve()
        return folder / path.name

    def display(self, path: Path) -> str:
        """The path as an editor sees it in the repository, e.g. ``data/anggota.yml``."""
        # The folder is resolved, not the file: a symbolic link keeps its own name.
        resolved = self._in_resolved_folder(path).as_posix()
        root = self.root.as_posix().rstrip("/") + "/"
        return resolved.removeprefix(root) if resolved.startswith(root) else path.as_posix()

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
        candidates = base.rglob("*") if recursive else base.iterdir()
        found = []
        for path in candidates:
            if path.name.startswith((".", "_")) or not path.name.endswith(suffixes):
                continue
            if path.is_symlink() and not self.inside_data(path):
                self.log.add(self.display(path), None, "", _LINK_LEAVES_DATA)
                continue
            if path.is_file():
                found.append(path)
        return sorted(found)

    def inside_data(self, path: Path, folder: Path | None = None) -> bool:
        """Whether ``path`` (symlinks resolved) lies inside ``folder`` (default: data/)."""
        return self.resolve(path).is_relative_to(self.resolve(folder) if folder else self.data_dir)
