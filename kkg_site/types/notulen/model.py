"""Model of one meeting's minutes: the front matter of ``data/notulen/YYYY-MM-DD-slug.md``.

The Markdown body below the front matter is the discussion (pembahasan); the
loader attaches it, together with the meeting's id (the file name without
``.md``), after validation.
"""

from __future__ import annotations

import re
from datetime import date
from typing import Annotated, Any, Literal

from pydantic import BeforeValidator, Field, PrivateAttr
from pydantic_core import PydanticCustomError

from ...model import Record, Slug, Tanggal, one_or_many

Teks = Annotated[str, Field(min_length=1)]

_CLOCK = r"(\d{1,2})[.:](\d{2})"
_JAM = re.compile(rf"^{_CLOCK}(?:\s*(?:-|–|—|s\.?\s?d\.?)\s*(?:{_CLOCK}|(selesai)))?$", re.IGNORECASE)


def _listed(value: Any) -> Any:
    """A blank key is an empty list; a single value is a list of one."""
    return [] if value is None else one_or_many(value)


_JAM_FORMAT = "jam harus ditulis seperti 08.00–11.30 atau 13.00–selesai"


def _member_ids(value: Any) -> Any:
    """Member ids one per line; ``hadir: a, b`` is a common slip, told apart from a typo."""
    if isinstance(value, str) and "," in value:
        raise PydanticCustomError("kkg_ids", "tulis satu id anggota per baris, masing-masing diawali '- '")
    return _listed(value)


def _clock(hour: int, minute: int) -> str:
    if not (0 <= hour <= 23 and 0 <= minute <= 59):
        raise PydanticCustomError("kkg_jam", "jam {time} tidak ada", {"time": f"{hour:02d}.{minute:02d}"})
    return f"{hour:02d}.{minute:02d}"


def _parse_jam(value: Any) -> Any:
    """``08.00–11.30``, ``13.00–selesai`` or ``08.00`` in one spelling.

    YAML reads an unquoted ``13:00`` as the number 780 (base 60) and ``13.00``
    as 13.0; both are turned back into the time the editor wrote.
    """
    if value is None or value == "":
        return None
    if isinstance(value, bool):
        raise PydanticCustomError("kkg_jam", _JAM_FORMAT)
    if isinstance(value, int):
        hour, minute = (value, 0) if value < 24 else divmod(value, 60)
        return _clock(hour, minute)
    if isinstance(value, float):
        hour = int(value)
        return _clock(hour, round((value - hour) * 100))
    match = _JAM.match(str(value).strip())
    if not match:
        raise PydanticCustomError("kkg_jam", _JAM_FORMAT)
    start = _clock(int(match[1]), int(match[2]))
    if match[5]:
        return f"{start}–selesai"
    if match[3] is None:
        return start
    end = _clock(int(match[3]), int(match[4]))
    if end <= start:
        raise PydanticCustomError(
            "kkg_jam", "jam selesai ({end}) harus sesudah jam mulai ({start})", {"start": start, "end": end}
        )
    return f"{start}–{end}"


def _not_done(value: Any) -> Any:
    """``selesai: false`` (or left blank) means not done yet; ``true`` needs the date."""
    if value is False or value is None:
        return None
    if value is True:
        raise PydanticCustomError("kkg_selesai", "tulis tanggal selesainya (TTTT-BB-HH), atau false bila belum selesai")
    return value


Jam = Annotated[str, BeforeValidator(_parse_jam)]
Daftar = BeforeValidator(_listed)

ItemStatus = Literal["terlambat", "terbuka", "selesai"]


class TindakLanjut(Record):
    """An action item: a task, the member responsible, a deadline and when it was done."""

    tugas: Teks
    pj: Slug
    tenggat: Tanggal | None = None
    selesai: Annotated[Tanggal | None, BeforeValidator(_not_done)] = None

    def status(self, today: date) -> ItemStatus:
        if self.selesai is not None:
            return "selesai"
        if self.tenggat is not None and self.tenggat < today:
            return "terlambat"
        return "terbuka"


class Notulen(Record):
    judul: Teks
    tanggal: Tanggal
    jam: Jam | None = None
    tempat: str | None = None
    jenis: str | None = None  # free text, shown as written: "rapat rutin", "rapat pleno", …
    pimpinan: Slug | None = None
    notulis: Slug | None = None
    hadir: Annotated[list[Slug], BeforeValidator(_member_ids)] = []
    izin: Annotated[list[Slug], BeforeValidator(_member_ids)] = []
    tamu: Annotated[list[Teks], Daftar] = []
    agenda: Annotated[list[Teks], Daftar] = []
    keputusan: Annotated[list[Teks], Daftar] = []
    tindak_lanjut: Annotated[list[TindakLanjut], Daftar] = []
    kegiatan: Slug | None = None
    status: Literal["draf", "disahkan"] = "disahkan"

    _id: str = PrivateAttr(default="")
    _pembahasan: str = PrivateAttr(default="")

    @property
    def id(self) -> str:
        """The file name without ``.md``, e.g. ``2026-03-14-rapat-rutin``."""
        return self._id

    @property
    def pembahasan(self) -> str:
        """The Markdown body: the discussion."""
        return self._pembahasan

    @property
    def draf(self) -> bool:
        return self.status == "draf"

    def attach(self, meeting_id: str, pembahasan: str) -> None:
        self._id, self._pembahasan = meeting_id, pembahasan
