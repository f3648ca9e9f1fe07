"""The content-type contract.

A content type (anggota, pengurus, kegiatan, …) is one package under ``kkg_site/types``
that exposes ``CONTENT_TYPE``: an instance of a :class:`ContentType` subclass
(:mod:`kkg_site.registry` discovers them). It keeps its models, its validation, its
templates and its pages together; adding a type means adding a package.

The generator calls every type in three phases, in ``order``:

1. ``load``: read and validate its own files into its collection (no other type needed);
2. ``link``: check and resolve references to the collections it ``requires``;
3. ``pages``: produce pages and files from the site index.
"""

from __future__ import annotations

import importlib
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Any, ClassVar

from markupsafe import Markup

from .datafiles import DataFile
from .errors import ErrorLog
from .page import Asset, GeneratedFile, Page
from .reader import DataReader
from .site import SiteProfile

if TYPE_CHECKING:
    from .index import SiteIndex
    from .render import Renderer


@dataclass
class HomeSection:
    """A block a content type contributes to Beranda (e.g. upcoming activities)."""

    title: str
    html: Markup
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


class PostBuildError(Exception):
    """Work on the written site failed; the message is for the user (Indonesian)."""


@dataclass(frozen=True)
class NewFile:
    """A new item's data file, written by ``kkg-site baru <type>``."""

    path: str  # relative to data/
    text: str


class ContentType:
    name: ClassVar[str]
    order: ClassVar[int] = 100
    nav_title: ClassVar[str | None] = None  # nav entry pointing at the page "<name>/"
    data_files: ClassVar[tuple[DataFile, ...]] = ()  # its kinds of data file (schemas, form editor)
    requires: ClassVar[tuple[type, ...]] = ()  # the collections (classes) of other types it reads
    site_scripts: ClassVar[tuple[str, ...]] = ()  # files of its static/ loaded on every page

    def load(self, reader: DataReader) -> object | None:
        """Read and validate this type's files; returns its collection (``index[ItsClass]``)."""
        return None

    def site_profile(self, collection: Any) -> SiteProfile | None:
        """Who the site is of, if this type's data says it (one type does: organisasi)."""
        return None

    def template_globals(self, index: SiteIndex) -> dict[str, Any]:
        """Names every template may use (e.g. ``kkg``: the KKG's profile for letterheads)."""
        return {}

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

    def page_sections(self, index: SiteIndex, renderer: Renderer, url: str) -> list[Markup]:
        """Blocks this type adds to another type's page at ``url`` (the paperwork section of an
        activity's page), rendered for that page; the page's template shows them in order."""
        return []

    def open_data(self, index: SiteIndex) -> list[Dataset]:
        """Its public records as open data; nothing that its pages do not publish."""
        return []

    def scaffold(self, today: date, slug: str | None) -> NewFile:
        """A new item's file for ``kkg-site baru <name>`` (types with items to add override it);
        a YAML file starts with its schema line, ``data_files[0].modeline(path)``."""
        raise NotImplementedError(f"{self.name} has no scaffold")

    @property
    def scaffolds(self) -> bool:
        return type(self).scaffold is not ContentType.scaffold

    def post_build(self, site_dir: Path) -> str | None:
        """Work on the written site (the search index); returns a line for the build log.
        Raises PostBuildError when the site cannot be published as it is."""
        return None

    @property
    def package_dir(self) -> Path:
        module_file = importlib.import_module(type(self).__module__).__file__
        assert module_file is not None
        return Path(module_file).parent

    @property
    def template_dir(self) -> Path | None:
        folder = self.package_dir / "templates"
        return folder if folder.is_dir() else None

    @property
    def stylesheet(self) -> Path | None:
        """``style.css`` beside the type's module, joined into the site's one stylesheet."""
        path = self.package_dir / "style.css"
        return path if path.is_file() else None

    def static_files(self) -> list[Asset]:
        """Every file of the type's ``static/`` folder, published under ``<name>/``."""
        folder = self.package_dir / "static"
        files = sorted(folder.iterdir()) if folder.is_dir() else []
        return [Asset(self.static_url(path.name), path) for path in files if path.is_file()]

    def static_url(self, file_name: str) -> str:
        """The site URL of a file of ``static/`` (a page's script: ``materi/katalog.js``)."""
        return f"{self.name}/{file_name}"

    def nav(self) -> list[dict[str, str]]:
        """Its entries in the site's navigation: title -> page URL."""
        return [{self.nav_title: f"{self.name}/"}] if self.nav_title else []
