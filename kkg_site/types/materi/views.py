"""What the materials' templates render: frozen dataclasses, prepared by pages.py and catalog.py."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from ...page import Link
from ...people import PersonRef
from ...share import Share


@dataclass(frozen=True)
class Card:
    """A material in a list: its title, facts line and kinds of file ("PDF", "Word")."""

    url: str
    title: str
    facts: tuple[str, ...]  # "Soal", "Matematika", "Kelas 2", "Semester ganjil"
    kinds: tuple[str, ...]


@dataclass(frozen=True)
class CardGroup:
    """One heading of a list page (a class, or a subject on a coordinator's page) and its cards."""

    anchor: str
    label: str
    cards: tuple[Card, ...]
    count: int  # shown beside the heading: the cards plus ``also``
    also: int = 0  # materials for all classes, listed once under "Semua kelas" but counted here


@dataclass(frozen=True)
class FacetOption:
    value: str
    label: str
    count: int  # materials with this value before any filter, as katalog.js counts them


@dataclass(frozen=True)
class Facet:
    name: str  # the form field and the address parameter: "mapel", "kelas", …
    label: str
    options: tuple[FacetOption, ...]


@dataclass(frozen=True)
class ClassLink:
    label: str
    url: str
    count: int


@dataclass(frozen=True)
class SubjectLinks:
    """A subject in the catalog's directory (the catalog without JavaScript): its page and classes."""

    label: str
    url: str
    count: int
    classes: tuple[ClassLink, ...]


@dataclass(frozen=True)
class Download:
    url: str
    name: str
    kind: str
    size: int


@dataclass(frozen=True)
class ExternalLink:
    title: str
    url: str
    host: str | None


@dataclass(frozen=True)
class License:
    text: str
    url: str | None  # the Creative Commons deed, when the licence is one


@dataclass(frozen=True)
class MaterialView:
    """One material's page."""

    chips: tuple[str, ...]
    downloads: tuple[Download, ...]
    links: tuple[ExternalLink, ...]
    description: str | None  # Markdown
    goals: tuple[str, ...]
    element: str | None
    coordinator: PersonRef | None
    authors: tuple[PersonRef, ...]
    published: date | None
    activity: Link | None
    license: License
    share: Share | None
    related: tuple[Card, ...]
    more_label: str  # "Materi Matematika kelas 2 lainnya"
    more_query: str  # the catalog filtered to its subject (and class): "?mapel=matematika&kelas=2"
