"""Models of ``data/kkg.yml`` (the organisation) and ``data/sekolah.yml`` (its schools)."""

from __future__ import annotations

import re
from typing import Annotated, Literal

from pydantic import BeforeValidator, Field, model_validator
from pydantic_core import PydanticCustomError

from ...model import HttpsUrl, Record, Slug, field_error

TIMEZONES = {"WIB": "Asia/Jakarta", "WITA": "Asia/Makassar", "WIT": "Asia/Jayapura"}

# Subjects of SD under Kurikulum Merdeka, used when kkg.yml has no mapel_list.
DEFAULT_SUBJECTS = [
    "Pendidikan Agama Islam",
    "Pendidikan Agama Kristen",
    "Pendidikan Agama Katolik",
    "Pendidikan Agama Hindu",
    "Pendidikan Agama Buddha",
    "Pendidikan Agama Khonghucu",
    "Pendidikan Pancasila",
    "Bahasa Indonesia",
    "Matematika",
    "IPAS",
    "Seni Musik",
    "Seni Rupa",
    "Seni Tari",
    "Seni Teater",
    "PJOK",
    "Bahasa Inggris",
    "Bahasa Daerah",
    "Koding dan Kecerdasan Artifisial",
]


def _check_email(value: object) -> object:
    if isinstance(value, str) and not re.match(r"^[^@\s]+@[^@\s]+\.[^@\s]+$", value.strip()):
        raise PydanticCustomError("kkg_email", "alamat surel tidak sah, contoh: nama@contoh.sch.id")
    return value


Surel = Annotated[str, BeforeValidator(_check_email)]


def _digits(count: int, label: str):
    def check(value: object) -> object:
        text = str(value).replace(" ", "") if value is not None else value
        if isinstance(text, str) and not re.fullmatch(rf"\d{{{count}}}", text):
            written = f", tertulis {len(text)} angka" if text.isdigit() else ""
            raise PydanticCustomError(
                "kkg_digits", "{label} harus {count} angka{written}", {"label": label, "count": count, "written": written}
            )
        return text

    return BeforeValidator(check)


NPSN = Annotated[str, _digits(8, "NPSN")]
NIP = Annotated[str, _digits(18, "NIP")]
NUPTK = Annotated[str, _digits(16, "NUPTK")]


class KKG(Record):
    nama: str = Field(min_length=1, description="Nama lengkap KKG")
    singkatan: str | None = None
    jenjang: str = "SD"
    kelas: Annotated[int, Field(ge=1, le=6)] | None = None
    mapel: str | None = None
    gugus: str | None = None
    kecamatan: str | None = None
    kabupaten: str | None = None
    provinsi: str | None = None
    alamat: str | None = None
    surel: Surel | None = None
    telepon: str | None = None
    sekretariat: Slug | None = None
    dinas: str | None = None
    pengawas: str | None = None
    zona_waktu: Literal["WIB", "WITA", "WIT"] = "WIB"
    deskripsi: str | None = None
    visi: str | None = None
    misi: list[str] = []
    sk: str | None = None
    mapel_list: list[str] = Field(default_factory=lambda: list(DEFAULT_SUBJECTS), min_length=1)

    @model_validator(mode="after")
    def _one_audience(self) -> KKG:
        if self.kelas is not None and self.mapel is not None:
            raise field_error("mapel", "isi salah satu saja: kelas (KKG guru kelas) atau mapel (KKG guru mapel), bukan keduanya")
        return self

    @property
    def short_name(self) -> str:
        return self.singkatan or self.nama

    @property
    def timezone(self) -> str:
        return TIMEZONES[self.zona_waktu]

    @property
    def audience(self) -> str:
        """Whom the KKG gathers, for the profile page."""
        if self.mapel:
            return f"Guru {self.mapel} {self.jenjang}"
        if self.kelas:
            return f"Guru Kelas {self.kelas} {self.jenjang}"
        return f"Guru Kelas {self.jenjang}"

    @property
    def region(self) -> str:
        return ", ".join(p for p in (self.gugus, f"Kecamatan {self.kecamatan}" if self.kecamatan else None, self.kabupaten, self.provinsi) if p)


class Sekolah(Record):
    id: Slug
    nama: str = Field(min_length=1)
    npsn: NPSN | None = None
    status: Literal["negeri", "swasta"] | None = None
    alamat: str | None = None
    kepala_sekolah: str | None = None
    situs: HttpsUrl | None = None
