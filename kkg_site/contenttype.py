"""The content-type contract and its registry.

A content type (anggota, pengurus, kegiatan, …) is one package under
``kkg_site/types`` that exposes ``CONTENT_TYPE``: an instance of a
:class:`ContentType` subclass. It keeps its models, its validation, its
templates and its pages together; adding a type means adding a package.

The generator calls every type in three phases, in ``order``:

1. ``load``: read and validate its own files into records (no other type needed);
2. ``link``: check and resolve references to other types' records;
3. ``pages``: produce pages and assets from the site index.
"""

from __future__ import annotations

import importlib
import pkgutil
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any, ClassVar

from .datafiles import DataFile
from .errors import ErrorLog
from .page import Asset, GeneratedFile, Page
from .reader import DataReader

if TYPE_CHECKING:
    from .index import SiteIndex
    from .render import Renderer


@dataclass
class HomeSection:
    """A block a content type contributes to Beranda (e.g. upcoming activities)."""

    title: str
    html: str
    order: int


@dataclass
class HomeTile:
    """A task on Beranda's front door (agenda, materials, minutes, reports): one tap away."""

    title: str
    text: str  # what is there, in a few words
    url: str
    order: int


@dataclass
class Dataset:
    """Public records a content type shares as open data (``/data/<name>.json``).

    Records hold only what the type's pages publish (JSON values: text, numbers, lists,
    objects), built by the same view functions. With ``csv_columns`` a ``.csv`` is
    written too; a list in a column is joined with "; ".
    """

    name: str  # file name without suffix, e.g. "kegiatan"
    title: str  # Indonesian, for the Data terbuka page
    records: list[dict[str, Any]]
    csv_columns: tuple[str, ...] = ()


class ContentType:
    name: ClassVar[str]
    order: ClassVar[int] = 100
    nav_title: ClassVar[str | None] = None  # nav entry pointing at "<name>/index.md"
    data_files: ClassVar[tuple[DataFile, ...]] = ()  # its kinds of data file (schemas, form editor)

    def load(self, reader: DataReader) -> Any:
        """Read and validate this type's files; returns its collection (stored in the index)."""
        return None

    def link(self, index: SiteIndex, log: ErrorLog) -> None:
        """Check references to other types; report dangling ones to ``log``."""

    def pages(self, index: SiteIndex, renderer: Renderer) -> Iterable[Page | Asset | GeneratedFile]:
        return ()

    def home_section(self, index: SiteIndex, renderer: Renderer) -> HomeSection | None:
        return None

    def home_tile(self, index: SiteIndex) -> HomeTile | None:
        """Its task tile on Beranda, if members come to the portal for it."""
        return None

    def member_links(self, index: SiteIndex, member_id: str) -> list[tuple[str, str]]:
        """(label, site URL) of this type's items related to a member, shown on the
        member's page and their card on Pengurus (e.g. "Materi (12)")."""
        return []

    def open_data(self, index: SiteIndex) -> list[Dataset]:
        """Its public records as open data; nothing that its pages do not publish."""
        return []

    @property
    def package_dir(self) -> Path:
        return Path(importlib.import_module(type(self).__module__).__file__).parent

    @property
    def template_dir(self) -> Path | None:
        folder = self.package_dir / "templates"
        return folder if folder.is_dir() else None

    @property
    def stylesheet(self) -> Path | None:
        """``style.css`` beside the type's module, joined into the site's one stylesheet."""
        path = self.package_dir / "style.css"
        return path if path.is_file() else None

    def nav(self) -> list[dict[str, str]]:
        return [{self.nav_title: f"{self.name}/index.md"}] if self.nav_title else []


def discover() -> list[ContentType]:
    """Every content type shipped in ``kkg_site.types``, in their ``order``."""
    from . import types as package

    found = []
    for info in pkgutil.iter_modules(package.__path__):
        module = importlib.import_module(f"{package.__name__}.{info.name}")
        content_type = getattr(module, "CONTENT_TYPE", None)
        if content_type is not None:
            found.append(content_type)
    return sorted(found, key=lambda t: (t.order, t.name))
