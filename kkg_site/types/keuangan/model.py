"""Model of ``data/kas.yml``: opening balances and the treasury's ledger entries."""

from __future__ import annotations

from typing import Annotated, Any, Literal, get_args

from pydantic import ConfigDict, Field, field_validator
from pydantic_core import PydanticCustomError

from ...fields import ItemsOf, Rupiah, Tanggal, choice
from ...record import Record
from ...schoolyear import TahunAjaran

KIND_LABELS: dict[str, str] = {
    "iuran": "Iuran anggota",
    "hibah": "Hibah dan bantuan",
    "lainnya": "Pemasukan lain",
    "pengeluaran": "Pengeluaran",
}
# Words treasurers write for a kind of entry, and the kind they mean.
_KIND_SYNONYMS = {
    "pemasukan": "lainnya",
    "masuk": "lainnya",
    "bantuan": "hibah",
    "donasi": "lainnya",
    "sumbangan": "lainnya",
    "belanja": "pengeluaran",
    "biaya": "pengeluaran",
    "keluar": "pengeluaran",
}
_KINDS = Literal["iuran", "hibah", "pengeluaran", "lainnya"]
Jenis = Annotated[_KINDS, choice(get_args(_KINDS), _KIND_SYNONYMS)]
ATTACHMENT_SUFFIXES = (".pdf", ".jpg", ".jpeg", ".png", ".webp")


class SaldoAwal(Record):
    model_config = ConfigDict(title="Saldo awal")

    tahun_ajaran: TahunAjaran = Field(
        title="Tahun ajaran", description='Tahun ajaran, dengan tanda kutip, mis. "2025/2026".'
    )
    jumlah: Rupiah = Field(ge=0, description="Saldo pada 1 Juli tahun ajaran itu, rupiah tanpa titik, mis. 1350000.")


class Entri(Record):
    """One movement of money. Entries are aggregates (e.g. all dues of a month):
    the portal never shows what a single member paid."""

    model_config = ConfigDict(
        title="Entri kas",
        json_schema_extra={"description": "Satu transaksi; iuran dicatat sebagai jumlah gabungan, tanpa nama anggota."},
    )

    tanggal: Tanggal = Field(description="Tanggal transaksi (TTTT-BB-HH).")
    uraian: str = Field(min_length=1, description="Uraian singkat, mis. Iuran anggota bulan Juli 2025.")
    jenis: Jenis = Field(description="iuran, hibah, lainnya (pemasukan) atau pengeluaran.")
    # positive: the sign comes from `jenis`
    jumlah: Rupiah = Field(
        description="Jumlah rupiah tanpa titik, selalu positif, mis. 1250000.",
        json_schema_extra={"exclusiveMinimum": 0},
    )
    sumber: str | None = Field(None, description="Pemasukan: asal uang.")  # where income came from
    keperluan: str | None = Field(None, description="Pengeluaran: untuk apa.")  # what spending was for
    bukti: str | None = Field(
        None, description="Bukti (PDF atau foto), letaknya di folder data/, mis. kas/bukti/nota.pdf."
    )

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

    model_config = ConfigDict(title="Buku kas")

    saldo_awal: Annotated[list[Any], ItemsOf(SaldoAwal)] = Field(
        min_length=1,
        title="Saldo awal",
        description="Saldo awal tahun ajaran pertama yang dicatat (dan bila perlu tahun berikutnya).",
    )
    entri: Annotated[list[Any], ItemsOf(Entri)] = Field([], description="Transaksi, satu butir per transaksi.")
