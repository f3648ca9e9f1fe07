"""The load phase: ``data/kas.yml`` read and validated into the treasury, receipts checked."""

from __future__ import annotations

from typing import Any

from ...checks import check_data_file, unique_by
from ...errors import ErrorLog
from ...reader import DataReader
from ...record import validate_list, validate_record
from .collection import Treasury
from .model import ATTACHMENT_SUFFIXES, Entri, Kas, SaldoAwal

FILE = "kas.yml"


def load_treasury(reader: DataReader) -> Treasury | None:
    loaded = reader.yaml_file(FILE, required=False)
    if not loaded.ok:
        return None
    log, raw = reader.log, loaded.data
    validate_record(Kas, raw, loaded.file, log)  # the file's keys; its items are checked below
    if not isinstance(raw, dict):
        return None
    openings = validate_list(SaldoAwal, _items(raw, "saldo_awal"), loaded.file, log, "saldo_awal")
    entries = validate_list(Entri, _items(raw, "entri"), loaded.file, log, "entri", partial=True)
    unique_by(openings, "tahun_ajaran", log)
    attachments = {}
    for entry in entries:  # checked even when no opening balance is valid: all errors at once
        _check_purpose(entry, log)
        if entry.bukti:
            path = check_data_file(
                reader, reader.data_dir, entry.bukti, entry.where("bukti"), ATTACHMENT_SUFFIXES, "bukti"
            )
            if path is not None:
                attachments[entry.bukti] = path
    if not openings:  # each one has its own error already
        return None
    return Treasury(openings, entries, loaded.file, attachments)


def _items(raw: dict[str, Any], key: str) -> list[Any] | None:
    """The list under ``key``; anything else was reported by the ``Kas`` shape check."""
    value = raw.get(key)
    return value if isinstance(value, list) else None


def _check_purpose(entry: Entri, log: ErrorLog) -> None:
    if entry.is_spending and entry.sumber is not None:
        log.add(*entry.where("sumber"), "sumber hanya untuk pemasukan; untuk pengeluaran tulis keperluan", "keperluan")
    if not entry.is_spending and entry.keperluan is not None:
        log.add(*entry.where("keperluan"), "keperluan hanya untuk pengeluaran; untuk pemasukan tulis sumber", "sumber")
