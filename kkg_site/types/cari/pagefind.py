"""Pagefind over the built site: the search index, made after the site is written.

:func:`build_index` runs the Pagefind binary shipped in the ``pagefind[bin]`` wheel over the
site, with Indonesian stemming, and removes what the site's own search (``cari/cari.js``)
never loads: Pagefind's ready-made search interfaces. What each page tells the index is in
its HTML (:mod:`kkg_site.search`).
"""

from __future__ import annotations

import json
import subprocess
from pathlib import Path
from typing import Any

from pagefind.service import get_executable

LANGUAGE = "id"  # Snowball's Indonesian stemmer: "mengajar" and "pembelajaran" share the stem "ajar"
OUTPUT_FOLDER = "pagefind"  # inside the site; the browser imports OUTPUT_FOLDER/pagefind.js
IGNORED_SELECTORS = [".headerlink"]  # the "¶" permalinks the toc extension adds to headings


class SearchIndexError(Exception):
    """Pagefind could not index the site."""


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
    """Delete the files of the bundle's top level that cari/cari.js never loads.

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
