"""Model of ``data/anggota.yml``: the members, with their private fields."""

from __future__ import annotations

from typing import Annotated, Literal

from pydantic import BeforeValidator, Field
from pydantic_core import PydanticCustomError

from ...model import Record, Slug
from ..organisasi.model import NIP, NUPTK, Surel

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


class Anggota(Record):
    id: Slug
    nama: str = Field(min_length=1, description="Nama lengkap dengan gelar")
    sekolah: Slug | None = None
    tugas: str | None = None
    foto: str | None = None
    aktif: bool = True
    # Private: never published unless named in `publik`.
    nip: NIP | None = None
    nuptk: NUPTK | None = None
    telepon: str | None = None
    surel: Surel | None = None
    alamat: str | None = None
    publik: list[Annotated[PrivateField, BeforeValidator(_not_always_public)]] = []

    def public_contact(self) -> dict[str, str]:
        """The private fields this member chose to publish, by Indonesian label."""
        return {
            PRIVATE_LABELS[key]: getattr(self, key)
            for key in PRIVATE_FIELDS
            if key in self.publik and getattr(self, key)
        }
