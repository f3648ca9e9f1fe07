"""Model of ``data/pengurus.yml``: the board of each period."""

from __future__ import annotations

from datetime import date

from pydantic import Field, model_validator

from ...model import Record, Slug, Tanggal, field_error

ROLES = {"ketua": "Ketua", "sekretaris": "Sekretaris", "bendahara": "Bendahara"}

DUTIES = {
    "ketua": "Memimpin KKG, menyusun program kerja bersama pengurus, dan melaporkan kegiatan kepada Dinas Pendidikan melalui pengawas.",
    "sekretaris": "Mengelola administrasi dan surat-menyurat, mencatat notulen setiap pertemuan, dan mengarsipkan dokumen KKG.",
    "bendahara": "Mengelola iuran anggota dan dana hibah, mencatat pemasukan dan pengeluaran, serta menyusun laporan keuangan.",
    "koordinator": "Mengoordinasikan bidang atau mata pelajaran: menghimpun materi, soal, dan modul ajar, serta memandu diskusi bidangnya.",
}


class Koordinator(Record):
    anggota: Slug
    bidang: str = Field(min_length=1)


class Pengurus(Record):
    periode: str = Field(min_length=1, description='Label periode, mis. "2025–2028"')
    mulai: Tanggal
    selesai: Tanggal
    sk: str | None = None
    ketua: Slug | None = None
    sekretaris: Slug | None = None
    bendahara: Slug | None = None
    koordinator: list[Koordinator] = []

    @model_validator(mode="after")
    def _period_order(self) -> Pengurus:
        if self.selesai <= self.mulai:
            raise field_error("selesai", f"harus sesudah mulai ({self.mulai})")
        return self

    def contains(self, day: date) -> bool:
        return self.mulai <= day <= self.selesai
