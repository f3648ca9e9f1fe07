"""``kkg-site baru kegiatan [slug]``: a new activity file, every key explained in Indonesian."""

from __future__ import annotations

from datetime import date

from ...contenttype import NewFile
from ...fields import slugify
from .load import DATA_FILE, FOLDER

TEMPLATE = """\
# Satu berkas untuk satu kegiatan. Nama berkas: TTTT-BB-HH-nama-singkat.yml,
# tanggalnya harus sama dengan `tanggal` (atau `mulai`) di bawah.
# Baris yang diawali '#' adalah petunjuk; hapus '#' untuk memakai kunci itu.

judul: Judul kegiatan

# lokakarya, seminar, pelatihan, rapat, atau lainnya
jenis: rapat

# Kegiatan satu hari: tanggal. Kegiatan beberapa hari: hapus `tanggal`, isi `mulai` dan `selesai`.
tanggal: {today}
# mulai: {today}
# selesai: {today}

# Jam mulai dan selesai, dengan tanda kutip; boleh "13.00-selesai". Kosongkan untuk kegiatan sehari penuh.
jam: "08.00-12.00"

# id sekolah dari data/sekolah.yml (nama dan alamatnya diambil dari sana), atau tulis nama tempatnya.
# tempat: sdn-1-sukamaju

# pedagogik, profesional, atau lainnya
# bidang: pedagogik

# Narasumber dari anggota KKG (id dari data/anggota.yml) atau dari luar (nama dan lembaga).
# narasumber:
#   - anggota: id-anggota
#     topik: Topik yang dibawakan
#   - nama: Dr. Nama Narasumber, M.Pd.
#     lembaga: BBGP Provinsi Jawa Barat

# id anggota yang bertanggung jawab atas kegiatan ini
# penanggung_jawab: id-anggota

# Siapa yang diundang
# sasaran: Seluruh guru kelas anggota KKG

# Uraian kegiatan (Markdown: **tebal**, *miring*, daftar dengan '- ')
# deskripsi: |
#   Tujuan dan susunan acara kegiatan.

# Bila kegiatan batal: dibatalkan: true dan tuliskan alasannya.
# dibatalkan: true
# alasan: Narasumber berhalangan hadir; kegiatan dijadwalkan ulang.

# id butir program kerja tempat kegiatan ini termasuk
# program: id-program

# id materi yang dibagikan pada kegiatan ini
# materi:
#   - id-materi

# Surat undangan kepada kepala sekolah (dengan daftar hadir): nomor surat yang belum dipakai,
# tanggal surat, dan sekolah yang diundang: semua, atau daftar id dari data/sekolah.yml.
# undangan:
#   nomor: "001/KKG/I/2027"
#   tanggal: {today}
#   kepada: semua

# Diisi sesudah kegiatan: jumlah peserta, laporan (Markdown) dan foto dokumentasi
# (letak foto relatif terhadap berkas ini, mis. foto/{stem}-1.jpg; usahakan di bawah 500 KB).
# jumlah_peserta: 30
# laporan: |
#   Hasil dan tindak lanjut kegiatan.
# dokumentasi:
#   - foto/{stem}-1.jpg

# Sertifikat, diisi sesudah kegiatan selesai (lihat Panduan sekretaris): id anggota yang hadir,
# tamu yang bukan anggota, jam pelajaran (bilangan bulat) dan sertifikat: true. Nama yang
# terlewat ditulis di akhir daftar, agar nomor sertifikat yang sudah dibagikan tetap.
# peserta:
#   - id-anggota
# tamu:
#   - nama: Nama Tamu, S.Pd.
#     lembaga: Lembaga tamu
# jp: 4
# sertifikat: true
"""


def scaffold(today: date, slug: str | None) -> NewFile:
    """A new activity dated ``today``, starting with its schema line."""
    stem = f"{today.isoformat()}-{slugify(slug or '') or 'kegiatan-baru'}"
    path = f"{FOLDER}/{stem}.yml"
    return NewFile(path, DATA_FILE.modeline(path) + "\n" + TEMPLATE.format(today=today.isoformat(), stem=stem))
