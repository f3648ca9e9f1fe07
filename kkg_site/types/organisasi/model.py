"""Models of ``data/kkg.yml`` (the organisation) and ``data/sekolah.yml`` (its schools)."""

from __future__ import annotations

import re
from typing import Annotated, Literal

from pydantic import BeforeValidator, ConfigDict, Field, model_validator
from pydantic_core import PydanticCustomError

from ...datafiles import DATA_FORMAT
from ...fields import NPSN, HttpsUrl, Markdown, Slug, Surel, slugify, text_schema
from ...messages import field_error
from ...record import Record

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


_WHATSAPP_GROUP = re.compile(r"^https://chat\.whatsapp\.com/[A-Za-z0-9]{10,40}$")
_WHATSAPP_RULE = "tautan grup WhatsApp harus seperti https://chat.whatsapp.com/AbCdEf123456 (salin dari Info grup → Undang lewat tautan)"


def _check_whatsapp_group(value: object) -> object:
    if not isinstance(value, str):
        return value
    text = value.strip()
    if _WHATSAPP_GROUP.match(text):
        return text
    code = re.search(r"chat\.whatsapp\.com/(?:invite/)?([A-Za-z0-9]{10,40})", text)
    suggestion = f"https://chat.whatsapp.com/{code.group(1)}" if code else None
    raise PydanticCustomError("kkg_whatsapp", _WHATSAPP_RULE, {"suggestion": suggestion})


WhatsAppGroup = Annotated[
    str,
    BeforeValidator(_check_whatsapp_group),
    text_schema(_WHATSAPP_GROUP, _WHATSAPP_RULE, stripped=True, format="uri"),
]


class KKG(Record):
    model_config = ConfigDict(title="Profil KKG")

    nama: str = Field(min_length=1, description="Nama lengkap KKG, mis. KKG Gugus I Kecamatan Contoh.")
    singkatan: str | None = Field(None, description="Nama pendek, dipakai sebagai judul situs.")
    jenjang: str = Field("SD", description="Jenjang sekolah anggota, biasanya SD.")
    kelas: Annotated[int, Field(ge=1, le=6)] | None = Field(
        None, description="Untuk KKG guru kelas tertentu: kelas 1–6. Isi kelas atau mapel, tidak keduanya."
    )
    mapel: str | None = Field(
        None, description="Untuk KKG guru mata pelajaran, mis. PJOK. Isi kelas atau mapel, tidak keduanya."
    )
    gugus: str | None = Field(None, description="Nama gugus, mis. Gugus III.")
    kecamatan: str | None = Field(None, description="Nama kecamatan tanpa kata Kecamatan.")
    kabupaten: str | None = Field(None, title="Kabupaten/kota", description="Mis. Kabupaten Sleman atau Kota Bandung.")
    provinsi: str | None = Field(None, description="Mis. Jawa Tengah.")
    alamat: str | None = Field(None, description="Alamat sekretariat KKG.")
    surel: Surel | None = Field(None, description="Alamat surel (email) KKG, mis. kkg@contoh.sch.id.")
    telepon: str | None = Field(
        None, description='Nomor telepon KKG; tulis di antara tanda kutip, mis. "021-1234-5678".'
    )
    whatsapp: WhatsAppGroup | None = Field(
        None,
        title="Grup WhatsApp",
        description="Tautan undangan grup WhatsApp KKG, mis. https://chat.whatsapp.com/AbCdEf123456.",
    )
    logo: str | None = Field(
        None,
        description="Logo KKG: gambar PNG persegi di folder data/, mis. foto/logo.png; juga ikon situs dan gambar pratinjau tautan.",
    )
    sampul: str | None = Field(
        None,
        title="Foto sampul",
        description="Foto di halaman Beranda (gambar di folder data/, mis. foto/sampul.jpg), mendatar.",
    )
    sekretariat: Slug | None = Field(None, description="Sekolah tempat sekretariat: id sekolah di data/sekolah.yml.")
    dinas: str | None = Field(None, title="Dinas pembina", description="Mis. Dinas Pendidikan Kabupaten Sleman.")
    pengawas: str | None = Field(None, title="Pengawas sekolah", description="Nama pengawas pembina, dengan gelar.")
    zona_waktu: Literal["WIB", "WITA", "WIT"] = Field(
        "WIB", title="Zona waktu", description="Zona waktu jam kegiatan dan rapat."
    )
    deskripsi: Markdown | None = Field(None, description="Perkenalan KKG di halaman Tentang; boleh memakai Markdown.")
    visi: str | None = Field(None, description="Visi KKG, satu kalimat.")
    misi: list[str] = Field([], description="Misi KKG, satu butir per baris (diawali '- ').")
    sk: str | None = Field(None, title="Nomor SK", description="Nomor SK pembentukan KKG.")
    versi_data: int | None = Field(
        None,
        ge=1,
        le=DATA_FORMAT,
        title="Versi format data",
        description="Versi format berkas data; ditulis oleh kkg-site migrasi, jangan diubah.",
        json_schema_extra={"readOnly": True},
    )
    mapel_list: list[str] = Field(
        default_factory=lambda: list(DEFAULT_SUBJECTS),
        min_length=1,
        title="Daftar mata pelajaran",
        description="Mata pelajaran yang dipakai materi dan kegiatan. Bila tidak ditulis: mapel SD Kurikulum Merdeka.",
    )

    @model_validator(mode="after")
    def _one_page_per_subject(self) -> KKG:
        # Each subject gets the page materi/mapel/<slug>/: two names of one slug would share it.
        pages: dict[str, str] = {}
        for name in self.mapel_list:
            slug = slugify(name)
            if not slug:
                raise field_error("mapel_list", f"nama mapel '{name}' tidak memuat huruf atau angka")
            if slug in pages:
                raise field_error(
                    "mapel_list",
                    f"'{pages[slug]}' dan '{name}' mendapat satu halaman (materi/mapel/{slug}/); tulis satu saja",
                )
            pages[slug] = name
        return self

    @model_validator(mode="after")
    def _one_audience(self) -> KKG:
        if self.kelas is not None and self.mapel is not None:
            raise field_error(
                "mapel", "isi salah satu saja: kelas (KKG guru kelas) atau mapel (KKG guru mapel), bukan keduanya"
            )
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
        return ", ".join(
            p
            for p in (
                self.gugus,
                f"Kecamatan {self.kecamatan}" if self.kecamatan else None,
                self.kabupaten,
                self.provinsi,
            )
            if p
        )


class Sekolah(Record):
    model_config = ConfigDict(title="Sekolah")

    id: Slug = Field(
        title="ID",
        description="Nama pendek sekolah, huruf kecil dan tanda hubung, mis. sdn-1-contoh. Dirujuk oleh data anggota.",
    )
    nama: str = Field(min_length=1, description="Nama resmi sekolah, mis. SD Negeri 1 Contoh.")
    npsn: NPSN | None = Field(
        None,
        title="NPSN",
        description='Nomor Pokok Sekolah Nasional, 8 angka; tulis di antara tanda kutip, mis. "12345678".',
    )
    status: Literal["negeri", "swasta"] | None = Field(None, description="negeri atau swasta.")
    alamat: str | None = Field(None, description="Alamat sekolah.")
    kepala_sekolah: str | None = Field(None, title="Kepala sekolah", description="Nama kepala sekolah, dengan gelar.")
    situs: HttpsUrl | None = Field(None, description="Alamat situs web sekolah, diawali https://.")
