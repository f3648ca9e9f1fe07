"""What every page tells the site search: its kind, its filters and the line a result shows.

A page describes itself with :class:`SearchMeta` (``PageMeta.search``; a hand-written page
with a ``search:`` key in its front matter). :func:`page_attributes` turns that into hidden
elements carrying ``data-pagefind-filter`` / ``data-pagefind-meta``; the theme puts them beside
the page body marked ``data-pagefind-body``. The index itself is built after the site is
written, by the search type's ``post_build`` (``kkg_site/types/cari``).
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from typing import Any

from markupsafe import Markup, escape
from pydantic import BaseModel, ConfigDict, Field, ValidationError, field_validator

KIND_FILTER = "kategori"  # the filter holding a page's kind
SUMMARY_META = "keterangan"  # the line under a result's title; the search script shows it
DEFAULT_KIND = "Halaman"  # pages that do not say what they are (Beranda, Tentang, hand-written pages)
_RESERVED = {"any", "all", "none", "not", KIND_FILTER}  # Pagefind's filter operators, and our kind
_CELL_END = re.compile(r"</(?:dt|dd|th|caption|figcaption|summary|legend)>(?=<)")


class SearchMeta(BaseModel):
    """What a page is for search, how it can be filtered, what a result shows beside its kind
    (``meta``: shown in the given order). Checked when the page is made."""

    model_config = ConfigDict(extra="forbid", frozen=True, str_strip_whitespace=True, coerce_numbers_to_str=True)

    kind: str = Field(default=DEFAULT_KIND, min_length=1)
    filters: dict[str, list[str]] = {}
    meta: dict[str, str] = {}

    @field_validator("filters", mode="before")
    @classmethod
    def _values_as_lists(cls, filters: Any) -> Any:
        if isinstance(filters, Mapping):
            return {key: value if isinstance(value, list | tuple) else [value] for key, value in filters.items()}
        return filters

    @field_validator("filters")
    @classmethod
    def _filter_names(cls, filters: dict[str, list[str]]) -> dict[str, list[str]]:
        reserved = _RESERVED.intersection(filters)
        if reserved:
            raise ValueError(f"filter names {sorted(reserved)} are reserved")
        return filters


def page_attributes(search: SearchMeta | Mapping[str, Any] | None) -> Markup:
    """Hidden elements tagging the page with its kind and filters, and the line a result shows.

    Pagefind keeps result metadata in a map without order, so the kind and the
    ``meta`` values are joined here, in the order the content type gave them,
    into one ``keterangan`` ("Kegiatan · Sabtu, 14 Maret 2026 · Terjadwal").
    Values are element text rather than inline ``key:value`` attributes, so commas
    and colons in them need no escaping rules. ``search`` is a generated page's
    :class:`SearchMeta` or a hand-written page's front matter ``search:``; raises
    ValueError when the latter does not follow the documented shape.
    """
    described = search if isinstance(search, SearchMeta) else search_meta(search or {})
    tags = [("filter", KIND_FILTER, described.kind)]
    tags += [("filter", name, value) for name, values in described.filters.items() for value in values if value]
    summary = " · ".join([described.kind, *filter(None, described.meta.values())])
    tags.append(("meta", SUMMARY_META, summary))
    spans = "".join(f'<span data-pagefind-{role}="{escape(name)}">{escape(value)}</span>' for role, name, value in tags)
    return Markup(f"<div hidden data-pagefind-ignore>{spans}</div>")


def search_meta(value: Mapping[str, Any]) -> SearchMeta:
    """``value`` (a front matter's ``search:``) checked; ValueError when it does not follow DEVELOPING.md."""
    try:
        return SearchMeta.model_validate(value)
    except ValidationError as error:
        raise ValueError(f"page meta 'search' does not follow DEVELOPING.md: {error}") from None


def separate_cells(html: str) -> str:
    """A space after the closing tag of blocks Pagefind does not treat as blocks.

    Pagefind joins the text of ``<dt>Tugas</dt><dd>Guru Kelas 1</dd>`` into the
    word "TugasGuru"; browsers ignore the added whitespace between such elements.
    """
    return _CELL_END.sub(r"\g<0> ", html)
