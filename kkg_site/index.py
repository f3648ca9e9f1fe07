"""The site index: every validated collection, reachable by its class, and the site's facts."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any, TypeVar

from .site import SiteInfo

if TYPE_CHECKING:
    from .contenttype import ContentType
    from .preview import Previews

C = TypeVar("C")


class MissingContentType(LookupError):
    """A content type needs another one that is not installed (a packaging mistake, not a data error)."""


@dataclass
class SiteIndex:
    """``index[Members]`` is the anggota type's collection, typed; a type declares what it reads
    in ``requires``, so a missing one stops the run before any reference is checked. ``index.get(Board)``
    is for a collection a type can do without (None when its type is absent)."""

    collections: Mapping[str, object]  # content type name -> its collection, as loaded
    types: tuple[ContentType, ...]
    site: SiteInfo
    previews: Previews | None = field(default=None)  # the pages' link-preview cards (set by generate)

    def __post_init__(self) -> None:
        self._by_class: dict[type, Any] = {type(c): c for c in self.collections.values()}

    def __getitem__(self, kind: type[C]) -> C:
        try:
            return self._by_class[kind]
        except KeyError:
            raise MissingContentType(f"no content type provides {kind.__name__}; add it to `requires`") from None

    def get(self, kind: type[C]) -> C | None:
        return self._by_class.get(kind)
