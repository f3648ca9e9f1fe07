"""The KKG's identity on every page: icons, web manifest, default preview card, footer facts.

The theme (``overrides/main.html``, ``overrides/partials/footer.html``) reads these from
``config.extra["kkg"]``, which the MkDocs adapter fills from :func:`theme_extra` (and the
benchmark's plain baseline copies); the favicon is ``config.theme.favicon``.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from .page import Asset, GeneratedFile
from .preview import ICON_FILES, LOGO, THEME_COLOR, Previews
from .render import tanggal
from .share import SCRIPT as SHARE_SCRIPT
from .share import SCRIPT_SOURCE as SHARE_SCRIPT_SOURCE

MANIFEST = "manifest.webmanifest"


def previews_for(index: Any, project: Path) -> Previews | None:
    """The card and icon maker of this site (None without a valid profile)."""
    organisasi = index.get("organisasi")
    if organisasi is None or organisasi.kkg is None:
        return None
    logo = organisasi.logo.path if organisasi.logo else None
    return Previews(organisasi.kkg.nama, organisasi.kkg.region, logo, Previews.cache_folder(project))


def identity_files(index: Any) -> tuple[list[Asset], list[GeneratedFile]]:
    """The cards handed out while rendering pages, the default card and the icons (all from the
    cache), the web manifest, and the share buttons' script. Called after every page is rendered."""
    previews: Previews = index.previews
    kkg = index["organisasi"].kkg
    manifest = {
        "name": kkg.nama,
        "short_name": kkg.short_name,
        "description": kkg.visi or kkg.nama,
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
    previews.default_card()  # theme_extra names it on every page without a card of its own
    return [*previews.assets(), Asset(SHARE_SCRIPT, SHARE_SCRIPT_SOURCE)], [GeneratedFile(MANIFEST, text)]


def theme_extra(index: Any) -> dict[str, Any]:
    """Plain texts and site URLs for the theme's head and footer (the theme escapes them)."""
    organisasi = index["organisasi"]
    kkg = organisasi.kkg
    card = index.previews.default_card()
    return {
        "nama": kkg.nama,
        "alamat": kkg.alamat,
        "telepon": kkg.telepon,
        "surel": kkg.surel,
        "whatsapp": kkg.whatsapp,
        "logo": LOGO[0] if organisasi.logo else None,
        "diperbarui": tanggal(index.today, "d MMMM y"),
        "diperbarui_iso": index.today.isoformat(),
        "kartu": card.meta(),
        "manifest": MANIFEST,
        "apple_touch_icon": ICON_FILES["apple"][0],
        "theme_color": THEME_COLOR,
    }


FAVICON = ICON_FILES["favicon"][0]
