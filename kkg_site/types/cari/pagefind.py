"""Pagefind on the built site: page search metadata as Pagefind attributes, and the index.

Content types describe a page for search in its meta (see DEVELOPING.md)::

    meta={"search": {"kind": "Kegiatan",
                     "filters": {"mapel": "Matematika", "kelas": ["2"]},
                     "meta": {"tanggal": "Sabtu, 14 Maret 2026"}}}

:func:`page_attributes` turns that into hidden elements carrying
``data-pagefind-filter`` / ``data-pagefind-meta``; the theme puts them beside the
page body marked ``data-pagefind-body``. After MkDocs has written the site,
:func:`build_index` runs the Pagefind binary shipped in the ``pagefind[bin]``
wheel over it, with Indonesian stemming, and removes what the site's own search
(``assets/cari.js``) never loads: Pagefind's ready-made search interfaces.
"""

from __future__ import annotations

import json
import re
import subprocess
from collections.abc import Mapping
from pathlib import Path
from typing import Any

from markupsafe import Markup, escape
from pagefind.service import get_executable
from pydantic import BaseModel, ConfigDict, Field, ValidationError, field_validator

LANGUAGE = "id"  # Snowball's Indonesian stemmer: "mengajar" and "pembelajaran" share the stem "ajar"
OUTPUT_FOLDER = "pagefind"  # inside the site; the browser imports OUTPUT_FOLDER/pagefind.js
KIND_FILTER = "kategori"  # the filter holding a page's kind
SUMMARY_META = "keterangan"  # the line under a result's title; assets/cari.js shows it
DEFAULT_KIND = "Halaman"  # pages that do not say what they are (Beranda, Tentang, hand-written pages)
IGNORED_SELECTORS = [".headerlink"]  # the "¶" permalinks the toc extension adds to headings
_RESERVED = {"any", "all", "none", "not", KIND_FILTER}  # Pagefind's filter operators, and our kind
_CELL_END = re.compile(r"</(?:dt|dd|th|caption|figcaption|summary|legend)>(?=<)")


class SearchIndexError(Exception):
    """Pagefind could not index the site."""


class SearchMeta(BaseModel):
    """``meta["search"]`` of a page: what it is, how it can be filtered, what a result shows."""

    model_config = ConfigDict(extra="forbid", str_strip_whitespace=True, coerce_numbers_to_str=True)

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


def page_attributes(search: Any) -> Markup:
    """Hidden elements tagging the page with its kind and filters, and the line a result shows.

    Pagefind keeps result metadata in a map without order, so the kind and the
    ``meta`` values are joined here, in the order the content type gave them,
    into one ``keterangan`` ("Kegiatan · Sabtu, 14 Maret 2026 · Terjadwal").
    Values are element text rather than inline ``key:value`` attributes, so commas
    and colons in them need no escaping rules.
    Raises ValueError when ``search`` does not follow the documented shape.
    """
    try:
        described = SearchMeta.model_validate(search or {})
    except ValidationError as error:
        raise ValueError(f"page meta 'search' does not follow DEVELOPING.md: {error}") from None
    tags = [("filter", KIND_FILTER, described.kind)]
    tags += [("filter", name, value) for name, values in described.filters.items() for value in values if value]
    summary = " · ".join([described.kind, *filter(None, described.meta.values())])
    tags.append(("meta", SUMMARY_META, summary))
    spans = "".join(f'<span data-pagefind-{role}="{escape(name)}">{escape(value)}</span>' for role, name, value in tags)
    return Markup(f"<div hidden data-pagefind-ignore>{spans}</div>")


def separate_cells(html: str) -> str:
    """A space after the closing tag of blocks Pagefind does not treat as blocks.

    Pagefind joins the text of ``<dt>Tugas</dt><dd>Guru Kelas 1</dd>`` into the
    word "TugasGuru"; browsers ignore the added whitespace between such elements.
    """
    return _CELL_END.sub(r"\g<0> ", html)


def build_index(site_dir: Path) -> int:
    """Index ``site_dir`` into ``site_dir/pagefind``; returns the number of pages indexed.

    Raises SearchIndexError when the binary is missing or fails, or when no page
    was indexed (a theme change that lost ``data-pagefind-body`` would otherwise
    publish a site whose search finds nothing).
    """
    executable = get_executable()  # honours PAGEFIND_BINARY_PATH, else the binary in pagefind_bin
    if executable is None:
        raise SearchIndexError("program Pagefind tidak ditemukan; pasang dengan: pip install 'pagefind[bin]'")
    command = [
        str(executable),
        "--site", str(site_dir),
        "--output-subdir", OUTPUT_FOLDER,
        "--force-language", LANGUAGE,
        "--exclude-selectors", ", ".join(IGNORED_SELECTORS),
    ]  # fmt: skip
    try:
        result = subprocess.run(command, capture_output=True, text=True, check=False)
    except OSError as error:
        raise SearchIndexError(f"program Pagefind {executable} tidak dapat dijalankan: {error}") from None
    output = (result.stdout + result.stderr).strip()
    if result.returncode != 0:
        raise SearchIndexError(
            f"Pagefind berhenti dengan kode {result.returncode}" + (f":\n{output}" if output else "")
        )
    bundle = site_dir / OUTPUT_FOLDER
    entry = _entry(bundle)
    pages = sum(language["page_count"] for language in entry["languages"].values())
    if pages == 0:
        raise SearchIndexError(
            "Pagefind tidak mengindeks satu halaman pun; periksa bahwa tema menandai isi halaman "
            f"dengan data-pagefind-body (kkg_site/overrides/main.html).\n{output}"
        )
    _remove_unused_files(bundle, entry)
    return pages


def _entry(bundle: Path) -> dict[str, Any]:
    """The bundle's entry file: ``{"languages": {"id": {"hash": …, "wasm": "id", "page_count": …}}}``."""
    try:
        return json.loads((bundle / "pagefind-entry.json").read_text(encoding="utf-8"))
    except (OSError, ValueError) as error:
        raise SearchIndexError(f"Pagefind tidak menghasilkan {bundle.name}/pagefind-entry.json: {error}") from None


def _remove_unused_files(bundle: Path, entry: dict[str, Any]) -> None:
    """Delete the files of the bundle's top level that assets/cari.js never loads.

    Pagefind (1.5, with no option to skip them) writes its ready-made search interfaces
    beside the index: pagefind-ui, -modular-ui and -component-ui (.js, .css), -highlight.js,
    about 400 KB. cari.js uses only the search API (pagefind.js) without a web worker
    (pagefind-worker.js), for the one language of the site (wasm.unknown.pagefind is the
    fallback for a language without a stemmer). The index, fragment and filter folders are
    the index itself.
    """
    used = {"pagefind.js", "pagefind-entry.json"}
    for language in entry["languages"].values():
        used |= {f"pagefind.{language['hash']}.pf_meta", f"wasm.{language.get('wasm') or 'unknown'}.pagefind"}
    for path in bundle.iterdir():
        if path.is_file() and path.name not in used:
            path.unlink()


if __name__ == "__main__":  # the export path's last step: python -m kkg_site.types.cari.pagefind site
    import sys

    try:
        print(f"Pagefind: {build_index(Path(sys.argv[1]))} halaman diindeks")
    except (IndexError, SearchIndexError) as error:
        sys.exit(f"Indeks pencarian gagal dibuat: {error or 'tunjukkan folder situs'}")
