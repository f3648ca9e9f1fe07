"""Site search ("Cari"): Pagefind with Indonesian stemming, loaded only when used.

Not a content type with data: this package contributes the search box's script
(``assets/cari.js``) and styles through the content-type contract, and
:mod:`.pagefind` indexes the built site (called by the MkDocs adapter after the
build). The box itself is Material's search markup in ``kkg_site/overrides/partials/search.html``;
a page view downloads no search data until the reader opens the search.
"""

from __future__ import annotations

from ...contenttype import ContentType
from ...page import Asset

SCRIPT = "assets/cari.js"


class CariType(ContentType):
    name = "cari"
    order = 1000

    def pages(self, index, renderer):
        yield Asset(SCRIPT, self.package_dir / "static" / "cari.js")


CONTENT_TYPE = CariType()
