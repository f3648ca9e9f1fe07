"""Model of ``data/kas.yml``: opening balances and the treasury's ledger entries."""

from __future__ import annotations

from typing import Any, Literal

from pydantic import Field, field_validator
from pydantic_core import PydanticCustomError

from ...model import Record, Rupiah, Tanggal
from ...schoolyear import TahunAjaran

Jenis = Literal["iuran", "hibah", "pengeluaran", "lainnya"]
KIND_LABELS: dict[str, str] = {
    "iuran": "Iuran anggota",
    "hibah": "Hibah dan bantuan",
    "lainnya": "Pemasukan lain",
    "pengeluaran": "Pengeluaran",
}
ATTACHMENT_SUFFIXES = (".pdf", ".jpg", ".jpeg", ".png", ".webp")


class SaldoAwal(Record):
    tahun_ajaran: TahunAjaran
    jumlah: Rupiah = Field(ge=0)


class Entri(Record):
    """One movement of money. Entries are aggregates (e.g. all dues of a month):
    the portal never shows what a single member paid."""

    tanggal: Tanggal
    uraian: str = Field(min_length=1)
    jenis: Jenis
    jumlah: Rupiah  # positive: the sign comes from `jenis`
    sumber: str | None = None  # where income came from
    keperluan: str | None = None  # what spending was for
    bukti: str | None = None  # receipt, relative to data/

    @field_validator("jumlah")
    @classmethod
    def _positive(cls, value: int) -> int:
        if value <= 0:
            raise PydanticCustomError(
                "kkg_positive",
                "jumlah harus lebih dari 0; pemasukan atau pengeluaran ditentukan oleh jenis, bukan oleh tanda minus",
                {"suggestion": str(-value) if value < 0 else None},
            )
        return value

    @property
    def is_spending(self) -> bool:
        return self.jenis == "pengeluaran"

    @property
    def signed(self) -> int:
        return -self.jumlah if self.is_spending else self.jumlah

    @property
    def purpose(self) -> str | None:
        return self.keperluan if self.is_spending else self.sumber


class Kas(Record):
    """The file's shape; its items are validated one by one (see ``KeuanganType.load``)
    so that one bad entry does not hide the checks of the others."""

    saldo_awal: list[Any] = Field(min_length=1)
    entri: list[Any] = []
