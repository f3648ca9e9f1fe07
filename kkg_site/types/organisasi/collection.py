"""The organisasi collection: what the type's pages and other types read from the index."""

from __future__ import annotations

from dataclasses import dataclass

from ...checks import Image
from ...collection import IdCollection
from .model import KKG, Sekolah


class Schools(IdCollection[Sekolah]):
    """The member schools of ``data/sekolah.yml``, in the file's order. They have no pages of
    their own (Tentang lists them), so no ``section``: ``url`` is not for them."""


@dataclass
class Organisasi:
    """The profile and schools, the logo, and the cover photo (published at ``cover_url``)."""

    kkg: KKG | None  # None only when data/kkg.yml has errors: then no page is made
    schools: Schools
    logo: Image | None = None
    cover: Image | None = None  # the home page's photo

    @property
    def cover_url(self) -> str | None:
        return f"assets/sampul{self.cover.path.suffix.lower()}" if self.cover else None
