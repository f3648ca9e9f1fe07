"""Model of one meeting's minutes: the front matter of ``data/notulen/YYYY-MM-DD-slug.md``.

The Markdown body below the front matter is the discussion (pembahasan); the
loader attaches it, together with the meeting's id (the file name without
``.md``), after validation.
"""

from __future__ import annotations

from datetime import date
from typing import Annotated, Any, Literal

from pydantic import BeforeValidator, ConfigDict, Field, PrivateAttr, WithJsonSchema
from pydantic_core import PydanticCustomError

from ...fields import TANGGAL_SCHEMA, OneOrMany, SingleOrList, Slug, Tanggal, Teks, one_or_many
from ...record import Record
from ...timerange import JamField


def _member_ids(value: Any) -> Any:
    """Member ids one per line; ``hadir: a, b`` is a common slip, told apart from a typo."""
    if isinstance(value, str) and "," in value:
        raise PydanticCustomError("kkg_ids", "tulis satu id anggota per baris, masing-masing diawali '- '")
    return one_or_many(value)


def _not_done(value: Any) -> Any:
    """``selesai: false`` (or left blank) means not done yet; ``true`` needs the date."""
    if value is False or value is None:
        return None
    if value is True:
        raise PydanticCustomError("kkg_selesai", "tulis tanggal selesainya (TTTT-BB-HH), atau false bila belum selesai")
    return value


MemberIds = Annotated[list[Slug], BeforeValidator(_member_ids), SingleOrList()]

ItemStatus = Literal["terlambat", "terbuka", "selesai"]


class TindakLanjut(Record):
    """An action item: a task, the member responsible, a deadline and when it was done."""

    model_config = ConfigDict(
        title="Tindak lanjut",
        json_schema_extra={
            "description": "Satu tugas hasil rapat: apa, siapa penanggung jawabnya, tenggat dan tanggal selesainya."
        },
    )

    tugas: Teks = Field(description="Apa yang harus dikerjakan.")
    pj: Slug = Field(title="Penanggung jawab", description="Penanggung jawab: id anggota di data/anggota.yml.")
    tenggat: Tanggal | None = Field(None, description="Batas waktu (TTTT-BB-HH), tidak sebelum tanggal rapat.")
    selesai: Annotated[
        Tanggal | None,
        BeforeValidator(_not_done),
        WithJsonSchema({"anyOf": [TANGGAL_SCHEMA, {"enum": [False, None]}]}),
    ] = Field(None, description="Tanggal selesai (TTTT-BB-HH), atau false bila belum selesai.")

    def status(self, today: date) -> ItemStatus:
        if self.selesai is not None:
            return "selesai"
        if self.tenggat is not None and self.tenggat < today:
            return "terlambat"
        return "terbuka"


class Notulen(Record):
    model_config = ConfigDict(title="Notulen rapat")

    judul: Teks = Field(description="Judul rapat, mis. Rapat Rutin Bulan Maret 2026.")
    tanggal: Tanggal = Field(description="Tanggal rapat (TTTT-BB-HH), sama dengan tanggal di nama berkas.")
    jam: JamField | None = Field(None, description="Jam rapat, mis. 08.00-11.30 atau 13.00-selesai.")
    tempat: str | None = Field(None, description="Tempat rapat, mis. Aula SD Negeri 1 Contoh.")
    # free text, shown as written: "rapat rutin", "rapat pleno", …
    jenis: str | None = Field(
        None, description="Jenis rapat, ditulis bebas: rapat rutin, rapat pleno, rapat pengurus, …"
    )
    pimpinan: Slug | None = Field(None, description="Pemimpin rapat: id anggota; harus tercantum juga di hadir.")
    notulis: Slug | None = Field(None, description="Pencatat rapat: id anggota; harus tercantum juga di hadir.")
    hadir: MemberIds = Field([], description="Anggota yang hadir: id anggota, satu per baris (- id-anggota).")
    izin: MemberIds = Field([], description="Anggota yang berhalangan dan minta izin: id anggota, satu per baris.")
    tamu: Annotated[list[Teks], *OneOrMany] = Field(
        [], description="Tamu undangan (nama bebas), mis. pengawas sekolah."
    )
    agenda: Annotated[list[Teks], *OneOrMany] = Field([], description="Agenda (acara) rapat, satu butir per baris.")
    keputusan: Annotated[list[Teks], *OneOrMany] = Field([], description="Keputusan rapat, satu keputusan per butir.")
    tindak_lanjut: Annotated[list[TindakLanjut], *OneOrMany] = Field(
        [], title="Tindak lanjut", description="Tugas hasil rapat: tugas, pj, tenggat dan selesai."
    )
    kegiatan: Slug | None = Field(
        None, description="Kegiatan yang dibahas: nama berkasnya di data/kegiatan/ tanpa .yml."
    )
    status: Literal["draf", "disahkan"] = Field(
        "disahkan", description="draf: diperiksa tetapi belum tampil di situs; disahkan: tampil di situs."
    )

    _id: str = PrivateAttr(default="")
    _pembahasan: str = PrivateAttr(default="")
    _gambar: Any = PrivateAttr(default=None)  # images of the body the site publishes (collection.BodyPicture)

    @property
    def id(self) -> str:
        """The file name without ``.md``, e.g. ``2026-03-14-rapat-rutin``."""
        return self._id

    @property
    def pembahasan(self) -> str:
        """The Markdown body: the discussion."""
        return self._pembahasan

    @property
    def gambar(self) -> dict[str, Any]:
        """Images of the discussion that are published: Markdown target as written → image."""
        return self._gambar or {}

    @property
    def draf(self) -> bool:
        return self.status == "draf"

    def attach(self, meeting_id: str, pembahasan: str, gambar: dict[str, Any] | None = None) -> None:
        self._id, self._pembahasan, self._gambar = meeting_id, pembahasan, gambar
