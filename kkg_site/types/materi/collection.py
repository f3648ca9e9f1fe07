"""The materi collection: what the type's pages and other types read from the index."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import date

from .berkas import Attachment
from .model import Materi


def item_url(item_id: str) -> str:
    return f"materi/{item_id}/"


@dataclass
class Materials:
    """The materials by id, following the collection protocol of DEVELOPING.md."""

    file: str  # "data/materi/"
    by_id: dict[str, Materi] = field(default_factory=dict)
    attachments: dict[str, list[Attachment]] = field(default_factory=dict)
    ids: set[str] = field(default_factory=set)  # includes materials whose file has errors

    def __len__(self) -> int:
        return len(self.by_id)

    def __contains__(self, item_id: object) -> bool:
        return item_id in self.ids

    def __iter__(self) -> Iterator[str]:
        return iter(self.ids)

    def get(self, item_id: str | None) -> Materi | None:
        return self.by_id.get(item_id or "")

    def url(self, item_id: str) -> str:
        return item_url(item_id)

    def newest_first(self) -> list[tuple[str, Materi]]:
        return sorted(self.by_id.items(), key=lambda pair: (pair[1].tanggal or date.min, pair[0]), reverse=True)
