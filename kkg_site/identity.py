"""The KKG's identity on every page: icons, web manifest, default preview card, footer facts.

The theme (``overrides/main.html``, ``overrides/partials/footer.html``) reads these from
``config.extra["kkg"]``, which the MkDocs adapter fills from :func:`theme_extra` (and the
benchmark's plain baseline copies); the favicon is ``config.theme.favicon``.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import TYPE_CHECKING, Any

from .page import Asset, GeneratedFile
from .preview import ICON_FILES, LOGO, THEME_COLOR, Previews
from .render import tanggal
from .site import SiteInfo

if TYPE_CHECKING:
    from .index import SiteIndex

MANIFEST = "manifest.webmanifest"


def previews_for(site: SiteInfo, project: Path) -> Previews:
    """The card and icon maker of this site."""
    profile = site.profile
    return Previews(profile.name, profile.region, profile.logo, Previews.cache_folder(project))


def identity_files(index: SiteIndex) -> tuple[list[Asset], list[GeneratedFile]]:
    """The cards handed out while rendering pages, the default card and the icons (all from the
    cache), and the web manifest. Called after every page is rendered."""
    assert index.previews is not None
    profile = index.site.profile
    manifest = {
        "name": profile.name,
        "short_name": profile.short_name,
        "description": profile.description,
        "lang": "id",
        "start_url": "./",  # relative to the manifest: the site works under /<repo>/
        "scope": "./",
        "display": "browser",
        "background_color": "#ffffff",
        "theme_color": THEME_COLOR,
        "icons": [
            {"src": url, "sizes": f"{size}x{size}", "type": "image/png", "purpose": "any"}
            for key, (url, size) in ICON_FILES.items()
            if key in ("192", "512")
        ],
    }
    text = json.dumps(manifest, ensure_ascii=False, indent=1)
    index.previews.default_card()  # theme_extra names it on every page without a card of its own
    return index.previews.assets(), [GeneratedFile(MANIFEST, text)]


def theme_extra(index: SiteIndex) -> dict[str, Any]:
    """Plain texts and site URLs for the theme's head and footer (the theme escapes them)."""
    assert index.previews is not None
    profile = index.site.profile
    return {
        "nama": profile.name,
        "alamat": profile.address,
        "telepon": profile.phone,
        "surel": profile.email,
        "whatsapp": profile.whatsapp,
        "logo": LOGO[0] if profile.logo else None,
        "diperbarui": tanggal(index.site.today, "d MMMM y"),
        "diperbarui_iso": index.site.today.isoformat(),
        "kartu": index.previews.default_card().meta(),
        "manifest": MANIFEST,
        "apple_touch_icon": ICON_FILES["apple"][0],
        "theme_color": THEME_COLOR,
    }


FAVICON = ICON_FILES["favicon"][0]
