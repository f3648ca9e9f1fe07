"""The columns of a members' spreadsheet: the headers people write for each field, and finding the header row."""

from __future__ import annotations

from dataclasses import dataclass

from .common import header_key
from .tabel import Sheet

# Header (without case, spaces, punctuation) → field. Exact names first; see column_of for the rest.
SYNONYMS = {
    "nama": "nama",
    "namalengkap": "nama",
    "namaguru": "nama",
    "namaanggota": "nama",
    "namaptk": "nama",
    "namapeserta": "nama",
    "namadangelar": "nama",
    "namalengkapdangelar": "nama",
    "namalengkapdengangelar": "nama",
    "id": "id",
    "nip": "nip",
    "nipbaru": "nip",
    "nomorindukpegawai": "nip",
    "nuptk": "nuptk",
    "unitkerja": "sekolah",
    "asalsekolah": "sekolah",
    "sekolah": "sekolah",
    "namasekolah": "sekolah",
    "satuanpendidikan": "sekolah",
    "instansi": "sekolah",
    "tempattugas": "sekolah",
    "satminkal": "sekolah",
    "sekolahinduk": "sekolah",
    "unitkerjasekolah": "sekolah",
    "npsn": "npsn",
    "npsnsekolah": "npsn",
    "email": "surel",
    "surel": "surel",
    "alamatemail": "surel",
    "alamatsurel": "surel",
    "surelemail": "surel",
    "jabatan": "tugas",
    "tugas": "tugas",
    "tugasmengajar": "tugas",
    "jenisptk": "tugas",
    "mengajar": "tugas",
    "jabatandisekolah": "tugas",
    "tugastambahan": "tugas",
    "alamat": "alamat",
    "alamatrumah": "alamat",
    "alamattinggal": "alamat",
    "alamatlengkap": "alamat",
}

PHONE_WORDS = ("hp", "wa", "telp", "telepon", "telpon", "whatsapp", "handphone", "ponsel", "seluler")

# Recognised but not kept: the row number, and what the portal has no field for.
IGNORED = {
    "no": "nomor urut",
    "nomor": "nomor urut",
    "nourut": "nomor urut",
    "nomorurut": "nomor urut",
    "lp": "jenis kelamin",
    "jk": "jenis kelamin",
    "jeniskelamin": "jenis kelamin",
    "kelamin": "jenis kelamin",
}

MEMBER_FIELDS = ("id", "nama", "sekolah", "tugas", "nip", "nuptk", "telepon", "surel", "alamat")

LABELS = {
    "nama": "Nama",
    "nip": "NIP",
    "nuptk": "NUPTK",
    "telepon": "No. HP/WA",
    "surel": "Email",
    "tugas": "Jabatan",
    "alamat": "Alamat",
    "sekolah": "Sekolah",
    "npsn": "NPSN",
    "id": "ID",
}


def column_of(key: str) -> str | None:
    if key in SYNONYMS:
        return SYNONYMS[key]
    if key.startswith(("nohp", "nomorhp", "notel", "nomortel", "nowa", "nomorwa")) or key in PHONE_WORDS:
        return "telepon"
    if any(word in key for word in ("hp", "telepon", "telp", "whatsapp")) and "nip" not in key:
        return "telepon"
    if key.startswith("nama") and "sekolah" not in key and "ibu" not in key:
        return "nama"
    if key.startswith(("email", "surel")):
        return "surel"
    return None


@dataclass
class Header:
    row: int
    columns: dict[str, int]  # field → index of its cell
    titles: dict[str, str]  # field → the header as written, for messages
    unknown: list[str]  # headers as written that the importer does not use


def find_header(sheet: Sheet) -> Header | None:
    """The first row (of the first 30) that names a name column and at least one other known column."""
    for number, cells in sheet.rows[:30]:
        columns, titles, unknown, known = {}, {}, [], 0
        for position, cell in enumerate(cells):
            if not cell.text:
                continue
            key = header_key(cell.text)
            column = column_of(key)
            if column and column not in columns:
                columns[column], titles[column] = position, cell.text
                known += 1
            elif key in IGNORED:
                known += 1
            else:
                unknown.append(cell.text)
        if "nama" in columns and known >= 2:
            return Header(number, columns, titles, unknown)
    return None


def header_problem(sheets: list[Sheet]) -> str:
    """Why no sheet has a usable header row, with the headers that were seen."""
    for sheet in sheets:
        for _, cells in sheet.rows[:30]:
            seen = [cell.text for cell in cells if cell.text]
            if len(seen) >= 2 and any(column_of(header_key(text)) or header_key(text) in IGNORED for text in seen):
                return (
                    f"{sheet.name}: kolom nama tidak ditemukan (kolom yang ada: {', '.join(seen)}). "
                    "Beri judul 'Nama' atau 'Nama Lengkap' pada kolom nama anggota."
                )
    names = ", ".join(sheet.name for sheet in sheets) or "berkas itu"
    return (
        f"{names}: tidak ditemukan baris judul kolom. Baris judul harus memuat kolom 'Nama' dan kolom lain "
        "seperti NIP, NUPTK, Unit Kerja, NPSN, No. HP/WA atau Email (lihat templat di Panduan pengelola)."
    )
