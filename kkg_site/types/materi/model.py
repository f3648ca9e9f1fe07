"""Model of one teaching material (``data/materi/**/<id>.yml``)."""

from __future__ import annotations

from typing import Annotated, Literal

from pydantic import ConfigDict, Field, PrivateAttr

from ...fields import HttpsUrl, Markdown, OneOrMany, Slug, Tanggal, Teks
from ...record import Record

JENIS = {
    "soal": "Soal",
    "materi": "Materi",
    "media": "Media",
    "modul-ajar": "Modul ajar",
    "lkpd": "LKPD",
    "lainnya": "Lainnya",
}
SEMESTER = {"ganjil": "Semester ganjil", "genap": "Semester genap"}

# Kurikulum Merdeka groups the six classes of SD into three phases.
FASE_KELAS = {"A": (1, 2), "B": (3, 4), "C": (5, 6)}
ALL_CLASSES = (1, 2, 3, 4, 5, 6)

Kelas = Annotated[int, Field(ge=1, le=6)]


def fase_of(kelas: int) -> str:
    return next(fase for fase, classes in FASE_KELAS.items() if kelas in classes)


class Tautan(Record):
    model_config = ConfigDict(title="Tautan")

    judul: Teks = Field(description="Teks tautan, mis. Video pembelajaran.")
    url: HttpsUrl = Field(title="Alamat", description="Alamat lengkap, diawali https://.")


class Materi(Record):
    model_config = ConfigDict(title="Materi ajar")

    judul: Teks = Field(description="Judul materi.")
    jenis: Literal["soal", "materi", "media", "modul-ajar", "lkpd", "lainnya"] = Field(
        description="Jenis materi: soal, materi, media, modul-ajar, lkpd atau lainnya."
    )
    mapel: Teks | None = Field(
        None, description="Mata pelajaran, persis seperti di mapel_list pada data/kkg.yml. Isi mapel atau tema."
    )
    tema: Teks | None = Field(
        None, description='Tema (materi tematik K13), mis. "Tema 1: Diriku". Isi mapel atau tema.'
    )
    kelas: Annotated[list[Kelas], *OneOrMany] = Field(
        [], description="Kelas 1–6: satu angka atau daftar, mis. [1, 2]. Kosong: semua kelas."
    )
    fase: Literal["A", "B", "C"] | None = Field(
        None, description="Fase A (kelas 1–2), B (kelas 3–4) atau C (kelas 5–6). Boleh dikosongkan: diisi dari kelas."
    )
    semester: Literal["ganjil", "genap"] | None = Field(None, description="Semester: ganjil atau genap.")
    kurikulum: Literal["Merdeka", "K13"] = Field("Merdeka", description="Kurikulum: Merdeka atau K13.")
    elemen: Teks | None = Field(None, description="Elemen capaian pembelajaran (CP), mis. Bilangan.")
    tujuan: Annotated[list[Teks], *OneOrMany] = Field(
        [], title="Tujuan pembelajaran", description="Tujuan pembelajaran, satu per baris."
    )
    koordinator: Slug | None = Field(None, description="Koordinator mapel: id anggota di data/anggota.yml.")
    penyusun: Annotated[list[Teks], *OneOrMany] = Field(
        [], description="Penyusun: id anggota di data/anggota.yml, atau nama lengkap bila bukan anggota."
    )
    tanggal: Tanggal | None = Field(None, description="Tanggal materi diterbitkan (TTTT-BB-HH).")
    deskripsi: Markdown | None = Field(
        None, description="Keterangan singkat; boleh memakai Markdown (**tebal**, daftar dengan '-')."
    )
    kata_kunci: Annotated[list[Teks], *OneOrMany] = Field(
        [], title="Kata kunci", description="Kata kunci untuk pencarian."
    )
    berkas: Annotated[list[Teks], *OneOrMany] = Field(
        [],
        title="Lampiran",
        description="Nama berkas lampiran (PDF, Word, PowerPoint, gambar, audio, video) di folder yang sama dengan berkas ini.",
    )
    tautan: list[Tautan] = Field([], description="Tautan luar (Google Drive, YouTube): judul dan url.")
    lisensi: Teks = Field("CC BY-SA 4.0", description="Lisensi materi, mis. CC BY-SA 4.0.")
    kegiatan: Slug | None = Field(
        None, description="Kegiatan asal materi: nama berkasnya di data/kegiatan/ tanpa .yml."
    )

    _id: str = PrivateAttr(default="")

    @property
    def id(self) -> str:
        """The file stem (unique under ``data/materi/``), e.g. ``soal-sts-matematika-kelas-2``."""
        return self._id

    @property
    def classes(self) -> tuple[int, ...]:
        """The classes it serves: ``kelas``, else those of ``fase``, else all six."""
        if self.kelas:
            return tuple(sorted(set(self.kelas)))
        if self.fase:
            return FASE_KELAS[self.fase]
        return ALL_CLASSES

    @property
    def phases(self) -> tuple[str, ...]:
        return tuple(sorted({fase_of(kelas) for kelas in self.classes}))

    @property
    def for_all_classes(self) -> bool:
        return not self.kelas and not self.fase

    def problems(self) -> list[tuple[str, str, str | None]]:
        """(key, message, suggestion) for rules that involve several keys."""
        found: list[tuple[str, str, str | None]] = []
        if self.mapel is None and self.tema is None:
            found.append(("mapel", "isi mapel (mata pelajaran) atau tema", None))
        if self.fase and self.kelas:
            phases = {fase_of(kelas) for kelas in self.kelas}
            if phases != {self.fase}:
                first, last = FASE_KELAS[self.fase]
                classes = ", ".join(str(k) for k in self.classes)
                message = (
                    f"fase {self.fase} untuk kelas {first}–{last}, tidak cocok dengan kelas {classes}; "
                    "fase boleh dikosongkan (diisi otomatis dari kelas)"
                )
                found.append(("fase", message, phases.pop() if len(phases) == 1 else None))
        if not self.berkas and not self.tautan:
            found.append(("berkas", "isi paling sedikit satu berkas (lampiran) atau tautan", None))
        return found
