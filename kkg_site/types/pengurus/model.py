"""Model of ``data/pengurus.yml``: the board of each period."""

from __future__ import annotations

from datetime import date

from pydantic import ConfigDict, Field, model_validator

from ...fields import Slug, Tanggal
from ...messages import field_error
from ...record import Record

ROLES = {"ketua": "Ketua", "sekretaris": "Sekretaris", "bendahara": "Bendahara"}

DUTIES = {
    "ketua": "Memimpin KKG, menyusun program kerja bersama pengurus, dan melaporkan kegiatan kepada Dinas Pendidikan melalui pengawas.",
    "sekretaris": "Mengelola administrasi dan surat-menyurat, mencatat notulen setiap pertemuan, dan mengarsipkan dokumen KKG.",
    "bendahara": "Mengelola iuran anggota dan dana hibah, mencatat pemasukan dan pengeluaran, serta menyusun laporan keuangan.",
    "koordinator": "Mengoordinasikan bidang atau mata pelajaran: menghimpun materi, soal, dan modul ajar, serta memandu diskusi bidangnya.",
}


class Koordinator(Record):
    model_config = ConfigDict(title="Koordinator")

    anggota: Slug = Field(description="Koordinator: id anggota di data/anggota.yml.")
    bidang: str = Field(min_length=1, description="Bidang atau mata pelajaran yang dikoordinasikan, mis. Matematika.")


class Pengurus(Record):
    model_config = ConfigDict(title="Pengurus satu periode")

    periode: str = Field(min_length=1, description='Label periode, mis. "2025–2028".')
    mulai: Tanggal = Field(description="Tanggal mulai berlaku SK (TTTT-BB-HH).")
    selesai: Tanggal = Field(description="Tanggal berakhirnya periode (TTTT-BB-HH), sesudah mulai.")
    sk: str | None = Field(None, title="Nomor SK", description="Nomor SK penetapan pengurus.")
    ketua: Slug | None = Field(None, description="Ketua: id anggota di data/anggota.yml.")
    sekretaris: Slug | None = Field(None, description="Sekretaris: id anggota di data/anggota.yml.")
    bendahara: Slug | None = Field(None, description="Bendahara: id anggota di data/anggota.yml.")
    koordinator: list[Koordinator] = Field(
        [], description="Koordinator bidang atau mata pelajaran: anggota dan bidang."
    )

    @model_validator(mode="after")
    def _period_order(self) -> Pengurus:
        if self.selesai <= self.mulai:
            raise field_error("selesai", f"harus sesudah mulai ({self.mulai})")
        return self

    def contains(self, day: date) -> bool:
        return self.mulai <= day <= self.selesai
