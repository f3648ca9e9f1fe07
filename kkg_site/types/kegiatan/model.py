"""Model of one activity file, ``data/kegiatan/YYYY-MM-DD-slug.yml``.

The file stem is the activity's id, given to validation as its context
(``{"id": stem}``). Shape, types and dates are checked by pydantic (each message
on the line of the key to correct); the rules between the record and its file
name are reported by :meth:`Kegiatan.problems`.
"""

from __future__ import annotations

import re
from datetime import date, datetime, time, timedelta
from typing import Annotated, Any, Literal, NamedTuple
from zoneinfo import ZoneInfo

from pydantic import BeforeValidator, ConfigDict, Field, PrivateAttr, ValidationInfo, WithJsonSchema, model_validator

from ...fields import TANGGAL_SCHEMA, Markdown, OneOrMany, SingleOrList, Slug, Tanggal, choice, one_or_many, slugify
from ...messages import field_error
from ...record import Record
from ...timerange import Jam, JamField

JENIS_LABELS = {
    "lokakarya": "Lokakarya",
    "seminar": "Seminar",
    "pelatihan": "Pelatihan",
    "rapat": "Rapat",
    "lainnya": "Lainnya",
}
BIDANG_LABELS = {"pedagogik": "Pedagogik", "profesional": "Profesional", "lainnya": "Lainnya"}

# Words editors use for a kind of activity, and the kind they mean.
_JENIS_SYNONYMS = {
    "workshop": "lokakarya",
    "webinar": "seminar",
    "diklat": "pelatihan",
    "bimtek": "pelatihan",
    "iht": "pelatihan",
    "pertemuan": "rapat",
    "musyawarah": "rapat",
}

AKAN_DATANG = "akan datang"
BERLANGSUNG = "sedang berlangsung"
SELESAI = "selesai"
DIBATALKAN = "dibatalkan"

STEM = re.compile(r"^(\d{4}-\d{2}-\d{2})-(.+)$")  # file name: date of the first day, then a slug


class Problem(NamedTuple):
    """A rule broken across keys: the key to correct (None: the whole file), why, a likely fix."""

    key: str | None
    message: str
    suggestion: str | None = None


Jenis = Annotated[
    Literal["lokakarya", "seminar", "pelatihan", "rapat", "lainnya"], choice(JENIS_LABELS, _JENIS_SYNONYMS)
]
Bidang = Annotated[Literal["pedagogik", "profesional", "lainnya"], choice(BIDANG_LABELS, {})]


# An open end ("13.00-selesai") is taken to last this long in calendars and for search
# engines (a KKG session runs two to three hours), but never past the end of its day.
OPEN_END = timedelta(hours=3)
MAX_JP = 200  # jam pelajaran on a certificate: a long training has a few dozen


def session_end(jam: Jam) -> time:
    """The end of ``jam``, or for an open end ``OPEN_END`` after the start (at most 23.59)."""
    if jam.selesai is not None:
        return jam.selesai
    later = datetime.combine(date.min, jam.mulai) + OPEN_END
    return later.time() if later.date() == date.min else time(23, 59)


class Narasumber(Record):
    """A speaker: a member of the KKG (``anggota``) or a guest (``nama`` and ``lembaga``)."""

    model_config = ConfigDict(
        title="Narasumber",
        json_schema_extra={"description": "Anggota KKG (anggota) atau narasumber dari luar (nama dan lembaga)."},
    )

    anggota: Slug | None = Field(None, description="Narasumber dari KKG: id anggota di data/anggota.yml.")
    nama: str | None = Field(
        default=None, min_length=1, description="Narasumber dari luar KKG: nama lengkap dengan gelar."
    )
    lembaga: str | None = Field(None, description="Lembaga narasumber dari luar KKG, mis. BGP Provinsi Jawa Tengah.")
    topik: str | None = Field(None, description="Topik yang dibawakan.")

    @model_validator(mode="after")
    def _member_or_guest(self) -> Narasumber:
        if (self.anggota is None) == (self.nama is None):
            raise ValueError(
                "isi salah satu: anggota (id anggota KKG) atau nama dan lembaga (narasumber dari luar KKG)"
            )
        if self.anggota is not None and self.lembaga is not None:
            raise ValueError(
                "lembaga hanya untuk narasumber dari luar KKG; lembaga anggota diambil dari data sekolahnya"
            )
        return self


EVERY_SCHOOL = "semua"
# A date typed as text in the form: Pages CMS's date field cannot save an activity without a
# letter (it writes the absent date of the absent object and fails).
LetterDate = Annotated[Tanggal, WithJsonSchema({k: v for k, v in TANGGAL_SCHEMA.items() if k != "format"})]


def _schools(value: Any) -> Any:
    """``kepada: semua`` (or nothing) invites every school: an empty list."""
    if value is None or value == EVERY_SCHOOL:
        return []
    return one_or_many(value)


class Undangan(Record):
    """The invitation letter to the heads of the schools (kkg_site/types/administrasi)."""

    model_config = ConfigDict(
        title="Surat undangan",
        json_schema_extra={"description": "Surat undangan kepada kepala sekolah: nomor, tanggal surat, sekolah."},
    )

    # Both are needed; they are checked with the other paperwork rules, since an editor's form
    # (Pages CMS) would otherwise demand them in every activity, with or without a letter.
    nomor: str | None = Field(
        None, min_length=1, description='Wajib: nomor surat, unik di antara semua kegiatan, mis. "012/KKG-G3/XI/2026".'
    )
    tanggal: LetterDate | None = Field(None, description="Wajib: tanggal surat (TTTT-BB-HH).")
    kepada: Annotated[list[Slug], BeforeValidator(_schools), SingleOrList()] = Field(
        [],
        description="Sekolah yang diundang: daftar id sekolah; kosong atau semua: semua sekolah di data/sekolah.yml.",
    )


class Tamu(Record):
    """A guest who attended and is not a member."""

    model_config = ConfigDict(
        title="Tamu", json_schema_extra={"description": "Tamu yang hadir dan bukan anggota KKG: nama dan lembaga."}
    )

    nama: str = Field(min_length=1, description="Nama lengkap dengan gelar.")
    lembaga: str | None = Field(None, description="Lembaga atau jabatan, mis. Pengawas Sekolah.")


class Kegiatan(Record):
    model_config = ConfigDict(title="Kegiatan")

    judul: str = Field(min_length=1, description="Judul kegiatan.")
    jenis: Jenis = Field("lainnya", description="Jenis kegiatan: lokakarya, seminar, pelatihan, rapat atau lainnya.")
    tanggal: Tanggal | None = Field(
        None, description="Kegiatan satu hari: tanggalnya (TTTT-BB-HH), sama dengan nama berkas."
    )
    mulai: Tanggal | None = Field(
        None, description="Kegiatan beberapa hari: hari pertama (TTTT-BB-HH); isi tanpa tanggal."
    )
    selesai: Tanggal | None = Field(
        None, description="Kegiatan beberapa hari: hari terakhir (TTTT-BB-HH), tidak sebelum mulai."
    )
    jam: JamField | None = Field(None, description='Jam mulai dan selesai, mis. "08.00-12.00" atau "13.00-selesai".')
    tempat: str | None = Field(
        None, description="id sekolah di data/sekolah.yml (nama dan alamatnya diambil dari sana), atau nama tempat."
    )
    bidang: Bidang | None = Field(None, description="Bidang: pedagogik, profesional atau lainnya.")
    narasumber: Annotated[list[Narasumber], *OneOrMany] = Field(
        [], description="Narasumber: anggota, atau nama dan lembaga."
    )
    penanggung_jawab: Slug | None = Field(
        None, title="Penanggung jawab", description="Penanggung jawab kegiatan: id anggota di data/anggota.yml."
    )
    sasaran: str | None = Field(None, description="Siapa yang diundang, mis. seluruh guru kelas anggota KKG.")
    deskripsi: Markdown | None = Field(None, description="Uraian kegiatan; boleh memakai Markdown.")
    dibatalkan: bool = Field(False, description="true bila kegiatan batal; tulis alasannya di alasan.")
    alasan: str | None = Field(None, description="Alasan pembatalan.")
    program: Slug | None = Field(None, description="Butir program kerja tempat kegiatan ini termasuk: id program.")
    materi: Annotated[list[Slug], *OneOrMany] = Field(
        [], description="Materi yang dibagikan: id materi, satu per baris."
    )
    jumlah_peserta: int | None = Field(
        default=None, ge=0, title="Jumlah peserta", description="Diisi sesudah kegiatan."
    )
    laporan: Markdown | None = Field(
        None, description="Laporan sesudah kegiatan: hasil dan tindak lanjut; boleh memakai Markdown."
    )
    dokumentasi: Annotated[list[str], *OneOrMany] = Field(
        [], description="Foto dokumentasi, letaknya relatif terhadap berkas ini, mis. foto/2026-03-14-lokakarya-1.jpg."
    )
    # The secretary's paperwork, published by kkg_site/types/administrasi.
    undangan: Undangan | None = Field(
        None, title="Surat undangan", description="Surat undangan kepada kepala sekolah, dengan daftar hadir."
    )
    peserta: Annotated[list[Slug], *OneOrMany] = Field(
        [], description="Anggota yang hadir, dicatat sesudah kegiatan: id anggota, satu per baris."
    )
    tamu: Annotated[list[Tamu], *OneOrMany] = Field(
        [], description="Tamu yang hadir dan bukan anggota, dicatat sesudah kegiatan: nama dan lembaga."
    )
    jp: Annotated[int, Field(gt=0, le=MAX_JP)] | None = Field(
        None, title="JP", description="Jumlah jam pelajaran (JP) untuk sertifikat, bilangan bulat."
    )
    sertifikat: bool = Field(
        False, description="true: terbitkan sertifikat untuk peserta, tamu dan narasumber (sesudah kegiatan)."
    )

    _id: str = PrivateAttr(default="")
    _days: tuple[date, date] = PrivateAttr()  # set by validation, so no default to make per record

    @model_validator(mode="after")
    def _complete(self, info: ValidationInfo) -> Kegiatan:
        """A valid record knows its id (the validation context's ``id``, the file stem) and its
        first and last day, whichever way the editor wrote them; the written keys stay as written."""
        self._days = self._first_and_last_day()
        self._id = (info.context or {}).get("id", "")
        return self

    def _first_and_last_day(self) -> tuple[date, date]:
        if self.tanggal is not None:
            if self.mulai is not None or self.selesai is not None:
                raise field_error(
                    "mulai" if self.mulai is not None else "selesai",
                    "isi tanggal (kegiatan satu hari) atau mulai dan selesai (beberapa hari), bukan keduanya",
                )
            return self.tanggal, self.tanggal
        if self.mulai is None:
            message = "tanggal kegiatan wajib diisi: tanggal (satu hari) atau mulai dan selesai (beberapa hari)"
            if self.selesai is not None:
                raise field_error("selesai", message)
            raise ValueError(message)
        if self.selesai is None:
            return self.mulai, self.mulai
        if self.selesai < self.mulai:
            raise field_error(
                "selesai",
                f"{self.selesai.isoformat()} lebih awal daripada mulai ({self.mulai.isoformat()}); "
                "selesai harus sama dengan atau sesudah mulai",
            )
        return self.mulai, self.selesai

    @property
    def id(self) -> str:
        """The file stem, e.g. ``2026-03-14-lokakarya-p5``."""
        return self._id

    @property
    def first_day(self) -> date:
        """``tanggal`` of a one-day activity, else ``mulai``."""
        return self._days[0]

    @property
    def last_day(self) -> date:
        """``tanggal`` of a one-day activity, else ``selesai`` (``mulai`` when left out)."""
        return self._days[1]

    @property
    def multi_day(self) -> bool:
        return self.last_day != self.first_day

    @property
    def date_key(self) -> str:
        """The key the editor wrote the first day in: ``tanggal`` or ``mulai``."""
        return "tanggal" if self.tanggal is not None else "mulai"

    def is_over(self, today: date) -> bool:
        """Whether the last day has passed (cancelled or not)."""
        return today > self.last_day

    def status(self, today: date) -> str:
        """One of "akan datang", "sedang berlangsung", "selesai", "dibatalkan" on ``today``."""
        if self.dibatalkan:
            return DIBATALKAN
        if today < self.first_day:
            return AKAN_DATANG
        if self.is_over(today):
            return SELESAI
        return BERLANGSUNG

    def starts_at(self, timezone: str) -> datetime | date:
        """The start as a zoned date-time, or the first day when no ``jam`` is given."""
        if self.jam is None:
            return self.first_day
        return datetime.combine(self.first_day, self.jam.mulai, tzinfo=ZoneInfo(timezone))

    def ends_at(self, timezone: str) -> datetime | date:
        """The end: the last day without ``jam``; else the last day's end (``session_end``)."""
        if self.jam is None:
            return self.last_day
        return datetime.combine(self.last_day, session_end(self.jam), tzinfo=ZoneInfo(timezone))

    def sessions(self, timezone: str) -> list[tuple[datetime, datetime]] | list[tuple[date, date]]:
        """When the activity takes place: with ``jam``, one (start, end) per day, at the same
        hours each day; without, one all-day span (first day, last day)."""
        if self.jam is None:
            return [(self.first_day, self.last_day)]
        zone = ZoneInfo(timezone)
        days = (self.first_day + timedelta(days=n) for n in range((self.last_day - self.first_day).days + 1))
        return [
            (
                datetime.combine(day, self.jam.mulai, tzinfo=zone),
                datetime.combine(day, session_end(self.jam), tzinfo=zone),
            )
            for day in days
        ]

    def problems(self) -> list[Problem]:
        """Rules between the record and its file name (its id), and between keys that do not
        make the record unusable (it is still reported, the build still stops)."""
        found = self._file_name_problems(self.id)
        if self.alasan and not self.dibatalkan:
            found.append(
                Problem("alasan", "alasan diisi tetapi kegiatan tidak ditandai batal; tambahkan dibatalkan: true")
            )
        return found

    def _file_name_problems(self, stem: str) -> list[Problem]:
        first_day = self.first_day.isoformat()
        match = STEM.match(stem)
        if match is None:
            return [
                Problem(
                    None,
                    "nama berkas harus diawali tanggal kegiatan, misalnya 2026-03-14-lokakarya-p5.yml",
                    f"{first_day}-{slugify(stem)}.yml",
                )
            ]
        file_day, slug = match.groups()
        if file_day != first_day:
            return [
                Problem(
                    self.date_key,
                    f"tanggal {first_day} tidak sama dengan tanggal di nama berkas ({file_day}); "
                    "samakan keduanya (bila tanggal ini yang benar, ganti nama berkas)",
                    file_day,
                )
            ]
        if slugify(slug) != slug:
            return [
                Problem(
                    None,
                    "nama berkas hanya boleh memuat huruf kecil, angka dan tanda hubung",
                    f"{file_day}-{slugify(slug)}.yml",
                )
            ]
        return []
