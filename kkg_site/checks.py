"""Checks shared by content types: unique ids, references between files, image files."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from pathlib import Path
from typing import Any, TypeVar

from .errors import ErrorLog, suggest
from .model import Record

R = TypeVar("R", bound=Record)


def unique_by(records: Iterable[R], key: str, log: ErrorLog) -> dict[Any, R]:
    """Records by ``key``; a repeated value is an error naming the first occurrence."""
    found: dict[Any, R] = {}
    for record in records:
        value = getattr(record, key)
        if value in found:
            first = found[value]
            where = f"baris {first.line}" if first.source_file == record.source_file else f"{first.source_file}:{first.line}"
            log.add(*record.where(key), f"'{value}' sudah dipakai di {where}; {key} harus unik")
            continue
        found[value] = record
    return found


def check_reference(
    log: ErrorLog,
    record: Record,
    key: str,
    value: Any,
    known: Mapping[str, Any] | Iterable[str],
    target_file: str,
    item: int | None = None,
) -> bool:
    """Report ``value`` if it is not among ``known`` ids; False when reported.

    A collection whose ids are not all known (``complete`` is False: its file
    could not be read, or a record lacks its id) has its own error already, so
    references into it are not checked.
    """
    if value is None or value in known or not getattr(known, "complete", True):
        return True
    log.add(
        *record.where(key, item),
        f"'{value}' tidak ada di {target_file}",
        suggest(value, list(known)),
    )
    return False


def is_image(path: Path) -> bool:
    """Whether the file starts like a JPEG, PNG, GIF, WebP or AVIF image (a renamed
    document would otherwise be published as a broken picture)."""
    with path.open("rb") as handle:
        head = handle.read(12)
    return (
        head.startswith((b"\xff\xd8\xff", b"\x89PNG\r\n\x1a\n", b"GIF87a", b"GIF89a"))
        or (head[:4] == b"RIFF" and head[8:12] == b"WEBP")
        or head[4:12] in (b"ftypavif", b"ftypavis")
    )
