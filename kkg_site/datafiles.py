"""What each content type's data files look like, declared once in the type.

A content type lists its kinds of data file in ``ContentType.data_files``: the schema
name, where the files are (a glob relative to ``data/``) and the type a file holds
(``list[Anggota]`` for ``anggota.yml``, ``Notulen`` for the front matter of a minutes
file). From these declarations come the JSON Schemas in ``schemas/`` (kkg_site.schema),
the form editor's ``.pages.yml`` (kkg_site.pagescms) and the editor settings.
"""

from __future__ import annotations

import posixpath
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any, Literal

DATA_FORMAT = 2  # the shape of the data files this version reads; kkg_site.migrate upgrades older ones
VERSION_KEY = "versi_data"  # where data/kkg.yml records the data's format
SCHEMA_FOLDER = "schemas"
DATA_FOLDER = "data"  # the default data folder, for paths written into editor configurations


@dataclass(frozen=True)
class Upload:
    """A field holding the path of a file the editor uploads (a photo, an attachment).

    ``folder`` (relative to data/) is where uploads go; ``written_from`` is the folder the
    written path starts from: ``.`` (data/: ``foto/siti.jpg``), the items' folder
    (``kegiatan``: ``foto/x.jpg``), or ``materi/*`` for items one folder below ``materi``,
    which name a file beside them as ``../ipas/lkpd.pdf``.
    """

    folder: str
    kind: Literal["image", "file"]
    extensions: tuple[str, ...]  # accepted suffixes, e.g. (".jpg", ".png")
    written_from: str = "."

    @property
    def written_prefix(self) -> str:
        """What a written path starts with for a file in ``folder``: ``foto``, ``..``."""
        return posixpath.relpath(self.folder, self.written_from)


@dataclass(frozen=True)
class DataFile:
    schema: str  # schemas/<schema>.json
    pattern: str  # glob relative to data/: "anggota.yml", "kegiatan/*.yml", "materi/**/*.yml"
    root: Any  # what a file holds: list[Anggota], Kegiatan (for Markdown: its front matter)
    title: str  # Indonesian: what a teacher calls the file
    description: str  # Indonesian: what goes in it
    new_file: str | None = None  # name of a new item in the form editor, e.g. "{tanggal}-{judul}"
    body: str | None = None  # Markdown files: what the body below the front matter holds, e.g. "Pembahasan"
    uploads: Mapping[str, Upload] = field(default_factory=dict)  # field name -> upload

    @property
    def schema_path(self) -> str:
        return f"{SCHEMA_FOLDER}/{self.schema}.json"

    @property
    def markdown(self) -> bool:
        """A Markdown file: the schema describes its front matter, the body is free text."""
        return self.pattern.endswith(".md")

    @property
    def folder(self) -> str | None:
        """The folder of a collection (``notulen``), None for a single file."""
        return self.pattern.split("/", 1)[0] if "/" in self.pattern else None

    @property
    def glob(self) -> str:
        """The pattern relative to the project, e.g. ``data/kegiatan/*.yml``."""
        return f"{DATA_FOLDER}/{self.pattern}"

    def modeline(self, path: str) -> str:
        """The first line of a YAML file at ``path`` (relative to data/) that gives editors
        its schema; the path to the schema is relative to the file, as the YAML extension wants."""
        folder = posixpath.dirname(f"{DATA_FOLDER}/{path}")
        return f"# yaml-language-server: $schema={posixpath.relpath(self.schema_path, folder)}"
