"""Open data: the public records of every content type as ``/data/<name>.json`` (and ``.csv``).

Each type contributes :class:`~kkg_site.contenttype.Dataset` objects through its
``open_data`` hook, built from what its pages publish (drafts and private member fields
never reach a dataset); this module writes them in one documented shape
(content/panduan/data-terbuka.md):

    {"versi": 1, "nama": "kegiatan", "judul": "...", "kkg": "...", "dibuat": "2026-11-28",
     "sumber": "https://…/", "data": [ … ]}

``versi`` changes only when a key is renamed or removed; new keys may appear within a version.
"""

from __future__ import annotations

import csv
import io
import json
from typing import TYPE_CHECKING, Any

from .contenttype import Dataset
from .page import GeneratedFile

if TYPE_CHECKING:
    from .index import SiteIndex

VERSION = 1
FOLDER = "data"


def open_data_files(index: SiteIndex) -> list[GeneratedFile]:
    files = []
    for content_type in index.types:
        for dataset in content_type.open_data(index):
            files.append(GeneratedFile(f"{FOLDER}/{dataset.name}.json", _json(dataset, index)))
            if dataset.csv_columns:
                files.append(GeneratedFile(f"{FOLDER}/{dataset.name}.csv", _csv(dataset)))
    return files


def link(index: SiteIndex, url: str) -> str:
    """A page's address for a dataset: absolute when the site URL is known."""
    return index.site.absolute_url(url) or url


def _json(dataset: Dataset, index: SiteIndex) -> str:
    document = {
        "versi": VERSION,
        "nama": dataset.name,
        "judul": dataset.title,
        "kkg": index.site.profile.name,
        "dibuat": index.site.today.isoformat(),
        "sumber": index.site.url,
        "data": dataset.records,
    }
    return json.dumps(document, ensure_ascii=False, separators=(",", ":")) + "\n"


def _csv(dataset: Dataset) -> str:
    """One row per record; a list is joined with "; ". A person (an object with an id, or
    only a name) is written by name, a file or a link by its address."""
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\r\n")
    writer.writerow(dataset.csv_columns)
    for record in dataset.records:
        writer.writerow([_spreadsheet_safe(record.get(column)) for column in dataset.csv_columns])
    return "\ufeff" + out.getvalue()  # the BOM makes spreadsheet programs read UTF-8


# A cell starting with one of these is a formula to a spreadsheet program (=HYPERLINK(…),
# +cmd|…, @SUM(…)); OWASP's rule: start such text with an apostrophe, which the
# program shows as text and does not display.
_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def _spreadsheet_safe(value: Any) -> str:
    cell = _cell(value)
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        return cell  # a number stays a number, -5000 included
    return "'" + cell if cell.startswith(_FORMULA_START) else cell


def _cell(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, list):
        return "; ".join(_cell(item) for item in value)
    if isinstance(value, dict):
        return str(value["url"] if "url" in value and "id" not in value else value["nama"])
    if isinstance(value, bool):
        return "ya" if value else "tidak"
    return str(value)
