"""The file ``kkg-site baru notulen`` writes: every key, explained in Indonesian.

Values left as placeholders (``""`` and ``id-anggota``) fail ``kkg-site periksa``
with a message on their line, so an unfinished file cannot be published by
accident; ``status: draf`` keeps a finished one off the site until it is approved.
"""

from __future__ import annotations

from datetime import date, timedelta
from string import Template

from ...contenttype import NewFile
from ...fields import slugify
from .collection import FOLDER

DEFAULT_SLUG = "rapat"

_TEMPLATE = Template(
    """\
---
# Notulen rapat KKG. Nama berkas: TTTT-BB-HH-judul-singkat.md (tanggal rapat di depan).
# Baris yang diawali tanda # hanyalah keterangan dan boleh dihapus.
# Ganti setiap "" dan id-anggota dengan isinya. Selama status masih draf,
# notulen ini diperiksa tetapi TIDAK ditampilkan di situs.

# Judul rapat (wajib), misalnya: Rapat Rutin Bulan Maret 2026
judul: ""
# Tanggal rapat (wajib), TTTT-BB-HH; harus sama dengan tanggal di nama berkas.
tanggal: $tanggal
# Jam rapat, misalnya 08.00–11.30 atau 13.00–selesai (zona waktu diambil dari data/kkg.yml).
jam: 08.00–11.30
# Tempat rapat, misalnya: Aula SD Negeri 1 Sukamaju
tempat: ""
# Jenis rapat (bebas, ditampilkan apa adanya): rapat rutin, rapat pleno, rapat pengurus, …
jenis: rapat rutin
# Pemimpin rapat: id anggota dari data/anggota.yml; harus tercantum juga di hadir.
pimpinan: id-anggota
# Notulis (pencatat rapat): id anggota; harus tercantum juga di hadir.
notulis: id-anggota
# Anggota yang hadir: id anggota, satu per baris (- id-anggota).
hadir:
  - id-anggota
# Anggota yang berhalangan dan minta izin: id anggota, satu per baris. Biarkan [] bila tidak ada.
izin: []
# Tamu undangan (nama bebas), misalnya pengawas sekolah. Biarkan [] bila tidak ada.
tamu: []
# Agenda (acara) rapat, satu butir per baris.
agenda:
  - ""
# Keputusan rapat, satu keputusan per butir.
keputusan:
  - ""
# Tindak lanjut: tugas, pj (id anggota penanggung jawab), tenggat (TTTT-BB-HH, tidak boleh
# sebelum tanggal rapat) dan selesai (tanggal selesai TTTT-BB-HH, atau false bila belum).
# Hapus bagian ini bila tidak ada tindak lanjut.
tindak_lanjut:
  - tugas: ""
    pj: id-anggota
    tenggat: $tenggat
    selesai: false
# Kegiatan yang dibahas: id kegiatan di data/kegiatan/ (nama berkasnya tanpa akhiran). Boleh dikosongkan.
kegiatan:
# draf = belum diterbitkan; disahkan = tampil di situs, di Beranda dan di umpan (feed) notulen.
status: draf
---

Tulis pembahasan rapat di sini dengan Markdown, misalnya:

### 1. Pembukaan

Rapat dibuka oleh ketua pukul 08.00.

### 2. Pembahasan agenda

- Pokok bahasan pertama …
"""
)


def scaffold(today: date, slug: str | None) -> NewFile:
    """A new meeting held ``today`` (``slug`` names it), its deadlines two weeks later."""
    name = slugify(slug or "") or DEFAULT_SLUG
    text = _TEMPLATE.substitute(tanggal=today.isoformat(), tenggat=(today + timedelta(days=14)).isoformat())
    return NewFile(f"{FOLDER}/{today.isoformat()}-{name}.md", text)
