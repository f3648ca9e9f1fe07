"""Model of ``data/anggota.yml``: the members, with their private fields."""

from __future__ import annotations

from typing import Annotated, Literal

from pydantic import BeforeValidator, ConfigDict, Field
from pydantic_core import PydanticCustomError

from ...fields import NIP, NUPTK, Slug, Surel
from ...record import Record

PrivateField = Literal["nip", "nuptk", "telepon", "surel", "alamat"]
PRIVATE_FIELDS: tuple[PrivateField, ...] = ("nip", "nuptk", "telepon", "surel", "alamat")
PRIVATE_LABELS = {"nip": "NIP", "nuptk": "NUPTK", "telepon": "Telepon", "surel": "Surel", "alamat": "Alamat"}


def _not_always_public(value: object) -> object:
    """``publik: [nama]`` is a misunderstanding, not a typo: say what publik is for."""
    if isinstance(value, str) and value in Anggota.model_fields and value not in PRIVATE_FIELDS:
        raise PydanticCustomError(
            "kkg_always_public",
            "'{value}' selalu tampil di situs; publik hanya untuk kolom pribadi: {private}",
            {"value": value, "private": ", ".join(PRIVATE_FIELDS)},
        )
    return value


_PRIVATE = " Pribadi: tidak ditampilkan di situs, kecuali dicantumkan di publik."


class Anggota(Record):
    model_config = ConfigDict(title="Anggota")

    id: Slug = Field(
        title="ID",
        description="Nama pendek anggota, huruf kecil dan tanda hubung, mis. ani-lestari. Menjadi alamat halamannya dan dirujuk oleh pengurus, notulen, kegiatan dan materi.",
    )
    nama: str = Field(min_length=1, description="Nama lengkap dengan gelar, mis. Ani Lestari, S.Pd.")
    sekolah: Slug | None = Field(None, description="Sekolah tempat mengajar: id sekolah di data/sekolah.yml.")
    tugas: str | None = Field(None, description="Tugas di sekolah, mis. Guru Kelas 4 atau Kepala Sekolah.")
    foto: str | None = Field(
        None, description="Foto (JPG, PNG, WebP): letaknya di folder data/, mis. foto/ani-lestari.jpg."
    )
    aktif: bool = Field(True, description="false bila sudah pensiun atau pindah tugas; tidak tampil di daftar anggota.")
    # Private: never published unless named in `publik`.
    nip: NIP | None = Field(None, title="NIP", description="NIP, 18 angka, di antara tanda kutip." + _PRIVATE)
    nuptk: NUPTK | None = Field(None, title="NUPTK", description="NUPTK, 16 angka, di antara tanda kutip." + _PRIVATE)
    telepon: str | None = Field(
        None, description='Nomor telepon/WhatsApp, di antara tanda kutip, mis. "0812-3456-7890".' + _PRIVATE
    )
    surel: Surel | None = Field(None, description="Alamat surel (email)." + _PRIVATE)
    alamat: str | None = Field(None, description="Alamat rumah." + _PRIVATE)
    publik: list[Annotated[PrivateField, BeforeValidator(_not_always_public)]] = Field(
        [], description="Data pribadi yang boleh ditampilkan di situs, mis. [surel] atau [surel, telepon]."
    )

    def published_private(self) -> dict[str, str]:
        """The private fields this member chose to publish, by key (``surel``)."""
        return {key: getattr(self, key) for key in PRIVATE_FIELDS if key in self.publik and getattr(self, key)}

    def public_contact(self) -> dict[str, str]:
        """The private fields this member chose to publish, by Indonesian label."""
        return {PRIVATE_LABELS[key]: value for key, value in self.published_private().items()}
