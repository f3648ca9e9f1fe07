"""Model of ``data/kas.yml``: opening balances and the treasury's ledger entries."""

from __future__ import annotations

from typing import Literal

from pydantic import Field

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
    jumlah: Rupiah = Field(gt=0)  # the sign comes from `jenis`
    sumber: str | None = None  # where income came from
    keperluan: str | None = None  # what spending was for
    bukti: str | None = None  # receipt, relative to data/

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
    saldo_awal: list[SaldoAwal] = Field(min_length=1)
    entri: list[Entri] = []
