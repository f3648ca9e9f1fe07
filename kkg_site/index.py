"""The site index: every validated collection, reachable by content-type name."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .contenttype import ContentType


@dataclass
class SiteIndex:
    collections: dict[str, Any]
    types: list[ContentType]
    today: date  # the build date in the KKG's time zone
    site_url: str | None = None  # absolute base URL ending in "/", when configured
    previews: Any = None  # kkg_site.preview.Previews: the pages' link-preview cards (set by generate)

    def absolute_url(self, url: str) -> str | None:
        """``url`` (relative to the site root) as an absolute URL, if the site URL is known."""
        return self.site_url + url if self.site_url else None

    def __getitem__(self, name: str) -> Any:
        return self.collections[name]

    def get(self, name: str) -> Any:
        """A collection, or None when its type is absent or its data failed to load."""
        return self.collections.get(name)
