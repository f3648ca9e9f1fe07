"""The organisasi collection: what the type's pages and other types read from the index."""

from __future__ import annotations

from dataclasses import dataclass, field

from ...checks import Image
from .model import KKG, Sekolah


@dataclass
class Organisasi:
    """The profile and schools, the logo, and the cover photo (published at ``cover_url``)."""

    kkg: KKG | None
    schools: dict[str, Sekolah] = field(default_factory=dict)
    school_ids: set[str] = field(default_factory=set)  # includes schools with errors
    schools_file: str = "data/sekolah.yml"
    schools_complete: bool = True  # False: some school ids are unknown, references go unchecked
    logo: Image | None = None
    cover: Image | None = None  # the home page's photo

    @property
    def cover_url(self) -> str | None:
        return f"assets/sampul{self.cover.path.suffix.lower()}" if self.cover else None
