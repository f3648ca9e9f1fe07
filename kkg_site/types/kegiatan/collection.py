"""The activities of the KKG as one collection, read from ``data/kegiatan/``."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import date

from ...checks import Image, check_image
from ...reader import DataReader
from ...record import validate_record
from .model import Kegiatan

FOLDER = "kegiatan"


def activity_url(activity_id: str) -> str:
    return f"kegiatan/{activity_id}/"


@dataclass
class Activities:
    """``index[Activities]``: follows the collection protocol (``in``, iteration over ids,
    ``len``, ``get``, ``file``, ``url``, ``complete``); ``items`` are the valid records, oldest first."""

    # Ids are file names, known even when a file cannot be read: references are always checked.
    complete = True

    items: list[Kegiatan]
    ids: set[str]  # every file's id, including files with errors
    file: str
    photos: dict[str, list[Image]] = field(default_factory=dict)  # activity id -> documentation photos

    def __post_init__(self) -> None:
        self.items.sort(key=lambda a: (a.mulai, a.id))
        self._by_id = {a.id: a for a in self.items}

    def __len__(self) -> int:
        return len(self.items)

    def __contains__(self, activity_id: object) -> bool:
        return activity_id in self.ids

    def __iter__(self) -> Iterator[str]:
        return (a.id for a in self.items)

    def get(self, activity_id: str | None) -> Kegiatan | None:
        return self._by_id.get(activity_id or "")

    def url(self, activity_id: str) -> str:
        return activity_url(activity_id)

    def upcoming(self, today: date) -> list[Kegiatan]:
        """Activities not over yet (running ones included), soonest first."""
        return [a for a in self.items if not a.is_over(today)]


def read_activities(reader: DataReader) -> Activities:
    """Every ``data/kegiatan/*.yml`` validated; a file with errors is reported and left out."""
    items: list[Kegiatan] = []
    ids: set[str] = set()
    photos: dict[str, list[Image]] = {}
    for path in reader.files(FOLDER, (".yml", ".yaml")):
        ids.add(path.stem)
        loaded = reader.parse_yaml(path)
        if not loaded.ok:
            continue
        activity = validate_record(Kegiatan, loaded.data, loaded.file, reader.log)
        if activity is None:
            continue
        activity._id = path.stem  # the file name is the id, so that it cannot clash with another file's
        problems = activity.problems(path.stem)
        for problem in problems:
            reader.log.add(*activity.where(problem.key), problem.message, problem.suggestion)
        if activity.dibatalkan and not activity.alasan:
            reader.log.add(
                *activity.where("dibatalkan"), "tuliskan alasan pembatalan agar anggota tahu", severity="warning"
            )
        images = (
            check_image(reader, path.parent, written, activity.where("dokumentasi", position))
            for position, written in enumerate(activity.dokumentasi)
        )
        photos[activity.id] = [image for image in images if image is not None]
        if not problems:
            items.append(activity)
    return Activities(items, ids, reader.display(reader.data_dir / FOLDER) + "/", photos)
