"""Model of one teaching material (``data/materi/**/<id>.yml``)."""

from __future__ import annotations

from typing import Annotated, Literal

from pydantic import BeforeValidator, Field

from ...model import HttpsUrl, Record, Slug, Tanggal, one_or_many

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
Teks = Annotated[str, Field(min_length=1)]


def fase_of(kelas: int) -> str:
    return next(fase for fase, classes in FASE_KELAS.items() if kelas in classes)


class Tautan(Record):
    judul: Teks
    url: HttpsUrl


class Materi(Record):
    judul: Teks
    jenis: Literal["soal", "materi", "media", "modul-ajar", "lkpd", "lainnya"]
    mapel: Teks | None = None
    tema: Teks | None = None
    kelas: Annotated[list[Kelas], BeforeValidator(one_or_many)] = []
    fase: Literal["A", "B", "C"] | None = None
    semester: Literal["ganjil", "genap"] | None = None
    kurikulum: Literal["Merdeka", "K13"] = "Merdeka"
    elemen: Teks | None = None
    tujuan: Annotated[list[Teks], BeforeValidator(one_or_many)] = []
    koordinator: Slug | None = None
    penyusun: Annotated[list[Teks], BeforeValidator(one_or_many)] = []
    tanggal: Tanggal | None = None
    deskripsi: str | None = None
    kata_kunci: Annotated[list[Teks], BeforeValidator(one_or_many)] = []
    berkas: Annotated[list[Teks], BeforeValidator(one_or_many)] = []
    tautan: list[Tautan] = []
    lisensi: Teks = "CC BY-SA 4.0"
    kegiatan: Slug | None = None

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
