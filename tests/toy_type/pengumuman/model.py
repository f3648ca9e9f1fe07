from __future__ import annotations

from kkg_site.fields import Markdown, Tanggal, Teks
from kkg_site.record import Record


class Pengumuman(Record):
    judul: Teks
    tanggal: Tanggal
    isi: Markdown
