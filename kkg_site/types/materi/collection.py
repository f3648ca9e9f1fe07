"""The materi collection: what the type's pages and other types read from the index."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date

from ...collection import IdCollection
from .berkas import Attachment
from .model import Materi


class Materials(IdCollection[Materi]):
    """``index[Materials]``: the valid materials, newest first; a material's published files
    are ``attachments[id]``. Ids are file names, known even when a file cannot be read, so
    references into the collection are always checked."""

    section = "materi"

    def __init__(
        self,
        items: Iterable[Materi],
        file: str,
        attachments: dict[str, list[Attachment]],
        failed_ids: Iterable[str] = (),
    ) -> None:
        newest_first = sorted(items, key=lambda m: (m.tanggal or date.min, m.id), reverse=True)
        super().__init__(newest_first, file, failed_ids)
        self.attachments = attachments
