"""Sharing a page: a text ready for a WhatsApp group and the page's address.

The macro ``m.share(share)`` (kkg_site/templates/macros.html) renders a :class:`Share` as a
link to WhatsApp (``wa.me``), which works without JavaScript; ``assets/kkg.js`` opens the
phone's own share sheet (``navigator.share``) instead where the browser has one.
"""

from __future__ import annotations

from dataclasses import dataclass
from urllib.parse import quote


@dataclass(frozen=True)
class Share:
    text: str  # without the address: the share sheet sends that separately
    url: str  # the page's absolute address

    @property
    def whatsapp(self) -> str:
        return "https://wa.me/?text=" + quote(f"{self.text}\n{self.url}", safe="")


def share(text: str, absolute_url: str | None) -> Share | None:
    """What to share of a page; None when the site's address (``site_url``) is not configured."""
    return Share(text, absolute_url) if absolute_url else None
