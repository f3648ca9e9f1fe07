"""The commented file written by ``kkg-site baru materi <nama>``."""

from __future__ import annotations

from datetime import date

TEMPLATE = """\
# Materi ajar baru. Nama berkas ini (tanpa .yml) menjadi alamat halamannya,
# jadi pakai huruf kecil dan tanda hubung, mis. soal-sts-matematika-kelas-2-semester-ganjil.yml.
# Simpan lampirannya (PDF, Word, PowerPoint, gambar, audio, video) di folder yang sama.
# Kunci yang diawali '#' tidak dipakai; hapus '#' untuk mengisinya.

# Judul materi (wajib).
judul: Judul materi

# Jenis: soal, materi, media, modul-ajar, lkpd, atau lainnya (wajib).
jenis: soal

# Mata pelajaran, persis seperti di mapel_list pada data/kkg.yml.
# Untuk materi tematik (K13), hapus mapel dan isi tema.
mapel: Matematika
# tema: "Tema 1: Diriku"

# Kelas 1–6, dalam daftar walau hanya satu, mis. [1] atau [1, 2].
kelas: [1]

# Fase A (kelas 1–2), B (kelas 3–4) atau C (kelas 5–6). Boleh dihapus: diisi otomatis dari kelas.
# fase: A

# Semester: ganjil atau genap.
semester: ganjil

# Kurikulum: Merdeka atau K13 (bila tidak ditulis: Merdeka).
kurikulum: Merdeka

# Elemen capaian pembelajaran (CP), mis. Bilangan.
# elemen: Bilangan

# Tujuan pembelajaran, satu per baris.
# tujuan:
#   - Peserta didik dapat ...

# Koordinator mapel: id anggota di data/anggota.yml.
# koordinator: id-anggota

# Penyusun: id anggota di data/anggota.yml, atau nama lengkap bila bukan anggota.
# penyusun:
#   - id-anggota
#   - Nama Lengkap, S.Pd.

# Tanggal materi diterbitkan (TTTT-BB-HH).
tanggal: {today}

# Keterangan singkat; boleh memakai Markdown (**tebal**, daftar dengan '-').
deskripsi: |
  Tulis keterangan materi di sini.

# Kata kunci untuk pencarian.
# kata_kunci: [penjumlahan, bilangan cacah]

# Lampiran: nama berkas di folder yang sama dengan berkas ini.
# Isi paling sedikit satu berkas atau satu tautan.
# berkas:
#   - nama-lampiran.pdf

# Tautan luar (Google Drive, YouTube); alamatnya harus diawali https://.
# tautan:
#   - judul: Video pembelajaran
#     url: https://www.youtube.com/watch?v=...

# Lisensi (bila tidak ditulis: CC BY-SA 4.0).
# lisensi: CC BY-SA 4.0

# Kegiatan asal materi ini: nama berkas kegiatannya di data/kegiatan/ (tanpa akhiran).
# kegiatan: 2026-03-14-lokakarya
"""


def scaffold_text(today: date) -> str:
    return TEMPLATE.format(today=today.isoformat())
