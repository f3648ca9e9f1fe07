"""Checks shared by content types: unique ids, references between files, image files."""

from __future__ import annotations

import os
import re
import unicodedata
from collections.abc import Iterable
from collections.abc import Set as AbstractSet
from dataclasses import dataclass
from pathlib import Path, PurePosixPath
from typing import Any, TypeVar

from .collection import IdCollection
from .errors import ErrorLog, suggest
from .filecontent import IMAGE_FORMATS, ContentError, check_content, image_size
from .messages import hidden_character_message
from .reader import DataReader
from .record import Record
from .render import file_size

R = TypeVar("R", bound=Record)


def unique_by(records: Iterable[R], key: str, log: ErrorLog) -> dict[Any, R]:
    """Records by ``key``; a repeated value is an error naming the first occurrence."""
    found: dict[Any, R] = {}
    for record in records:
        value = getattr(record, key)
        if value in found:
            first = found[value]
            where = (
                f"baris {first.line}"
                if first.source_file == record.source_file
                else f"{first.source_file}:{first.line}"
            )
            log.add(*record.where(key), f"'{value}' sudah dipakai di {where}; {key} harus unik")
            continue
        found[value] = record
    return found


def check_reference(
    log: ErrorLog,
    record: Record,
    key: str,
    value: str | None,
    known: IdCollection[Any] | AbstractSet[str],
    target_file: str,
    item: int | None = None,
) -> bool:
    """Report ``value`` if it is not among ``known`` ids; False when reported.

    A collection whose ids are not all known (``complete`` is False: its file
    could not be read, or a record lacks its id) has its own error already, so
    references into it are not checked.
    """
    if value is None or value in known or (isinstance(known, IdCollection) and not known.complete):
        return True
    log.add(
        *record.where(key, item),
        f"'{value}' tidak ada di {target_file}",
        suggest(value, list(known)),
    )
    return False


IMAGE_SUFFIXES = tuple(IMAGE_FORMATS)
HEAVY_IMAGE = 500 * 1024  # bytes; above this a photo costs readers on metered data noticeably


@dataclass(frozen=True)
class Image:
    path: Path
    width: int
    height: int


MAX_FILE_NAME = 120  # characters of one name in a path; file systems stop at 255 bytes, the site adds to some names
_CONTROL = re.compile(r"[\x00-\x1f\x7f-\x9f]")


def file_name_problem(written: str) -> str | None:
    """Why the path ``written`` in a data file cannot name a file, or None."""
    if hidden := _CONTROL.search(written):  # the same message as for any text (record.validate_record)
        return hidden_character_message(hidden.group())
    longest = max(written.replace("\\", "/").split("/"), key=len)
    # In bytes too: a name in another script takes two or three bytes a character.
    if len(longest) > MAX_FILE_NAME or len(longest.encode()) > 2 * MAX_FILE_NAME:
        return f"nama berkas terlalu panjang ({len(longest)} karakter); paling banyak {MAX_FILE_NAME} karakter, ganti namanya"
    return None


def renamed_file_message(name: str, wanted: str) -> str | None:
    """The message when the file ``name`` is the ``wanted`` one but cannot be named in data as it
    is, so that suggesting its name would repeat what was typed: a name that starts or ends with
    a space (text is trimmed), or one whose accented letters are stored in another Unicode form
    (macOS writes "í" as "i" and a combining accent, NFD; keyboards and editors type NFC)."""
    if name.strip() == wanted:
        return f"nama berkas '{name}' diawali atau diakhiri spasi; ganti nama berkasnya menjadi '{name.strip()}'"
    if name != wanted and unicodedata.normalize("NFC", name) == unicodedata.normalize("NFC", wanted):
        form = "NFD" if unicodedata.is_normalized("NFD", name) else "NFC"
        return (
            f"berkas '{name}' ada, tetapi huruf beraksennya tersimpan dalam bentuk Unicode lain ({form}, "
            "biasanya dari macOS) sehingga namanya tidak sama dengan yang ditulis; ganti nama berkasnya "
            "dengan mengetik ulang namanya, atau pakai nama tanpa aksen"
        )
    return None


def check_data_file(
    reader: DataReader,
    base: Path,
    written: str,
    where: tuple[str, int | None, str],
    suffixes: tuple[str, ...],
    what: str,
) -> Path | None:
    """The file ``written`` relative to the folder ``base``, if it is inside data/, ends in one
    of ``suffixes``, exists as a regular file (not a symbolic link) and holds what its suffix
    says (:func:`kkg_site.filecontent.check_content`); otherwise the reason is reported at ``where`` (a missing file
    gets the closest name in its folder as a suggestion). ``what`` names it: "gambar", "bukti"."""
    if problem := file_name_problem(written):
        reader.log.add(*where, problem)
        return None
    path = base / written
    if not reader.inside_data(path):
        reader.log.add(*where, f"{what} harus berada di dalam folder data/")
        return None
    if path.suffix.lower() not in suffixes:
        reader.log.add(*where, f"berkas {what} harus berakhiran {', '.join(suffixes)}")
        return None
    if os.path.islink(path):  # a "receipt" linking to anggota.yml or a draft would publish it
        reader.log.add(*where, f"'{written}' adalah tautan simbolik; simpan salinan berkas aslinya di sini")
        return None
    if not path.is_file():
        siblings = [p.name for p in path.parent.iterdir() if p.is_file()] if path.parent.is_dir() else []
        close = suggest(path.name, siblings)
        if close and (renamed := renamed_file_message(close, path.name)):
            reader.log.add(*where, renamed)
            return None
        reader.log.add(
            *where,
            f"berkas '{written}' tidak ditemukan (dicari di {reader.display(path)})",
            str(PurePosixPath(written).parent / close) if close else None,
        )
        return None
    try:
        check_content(path, written)
    except ContentError as error:
        reader.log.add(*where, str(error), error.suggestion)
        return None
    reader.mark_used(path)
    return path


def check_image(reader: DataReader, base: Path, written: str, where: tuple[str, int | None, str]) -> Image | None:
    """The image ``written`` relative to the folder ``base``, with its size read from the file header.

    Reports (at ``where``) what :func:`check_data_file` reports (a file that is not an
    image of its suffix's format, or too many pixels to open); and warns about a heavy photo.
    """
    path = check_data_file(reader, base, written, where, IMAGE_SUFFIXES, "gambar")
    if path is None:
        return None
    shown = image_size(path)
    size = path.stat().st_size
    if size > HEAVY_IMAGE:
        reader.log.add(
            *where,
            f"gambar '{written}' berukuran {file_size(size)}; perkecil (di bawah {file_size(HEAVY_IMAGE)}) agar hemat kuota pembaca",
            severity="warning",
        )
    return Image(path, shown.width, shown.height)
