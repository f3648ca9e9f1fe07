"""Site search ("Cari"): Pagefind with Indonesian stemming, loaded only when used.

Not a content type with data: this package contributes the search box's script
(``static/cari.js``, on every page) and styles through the content-type contract, and
indexes the written site in ``post_build`` (:mod:`.pagefind`). The box itself is
Material's search markup in ``kkg_site/overrides/partials/search.html``; a page view
downloads no search data until the reader opens the search.
"""

from __future__ import annotations

from pathlib import Path

from ...contenttype import ContentType, PostBuildError
from .pagefind import SearchIndexError, build_index


class CariType(ContentType):
    name = "cari"
    order = 1000
    site_scripts = ("cari.js",)

    def post_build(self, site_dir: Path) -> str:
        try:
            pages = build_index(site_dir)
        except SearchIndexError as error:
            raise PostBuildError(f"Indeks pencarian gagal dibuat: {error}") from None
        return f"Pagefind: {pages} halaman diindeks untuk pencarian"


CONTENT_TYPE = CariType()
