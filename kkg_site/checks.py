"""Checks shared by content types: unique ids and references between files."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
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
    """Report ``value`` if it is not among ``known`` ids; True when it resolves."""
    if value is None or value in known:
        return True
    log.add(
        *record.where(key, item),
        f"'{value}' tidak ada di {target_file}",
        suggest(value, list(known)),
    )
    return False
