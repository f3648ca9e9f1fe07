"""The spreadsheet template for members offered in Panduan pengelola
(``content/panduan/templat-anggota.xlsx``); ``tests/test_impor.py`` checks that the
importer recognises every header of the committed file.

    python -m kkg_site.impor.templat content/panduan/templat-anggota.xlsx
"""

from __future__ import annotations

import sys
from pathlib import Path

HEADERS = ["No", "Nama Lengkap", "NIP", "NUPTK", "L/P", "Unit Kerja", "NPSN", "No. HP/WA", "Email", "Jabatan", "Alamat"]
# Columns whose numbers must stay text: Excel drops leading zeros and digits after the 15th.
TEXT_COLUMNS = {"NIP", "NUPTK", "NPSN", "No. HP/WA"}
NOTES = [
    ("Nama Lengkap", "Wajib. Nama dengan gelar, mis. Siti Nurjanah, S.Pd. Menjadi id anggota (siti-nurjanah)."),
    ("NIP", "18 angka; spasi boleh. Kolom ini berformat Teks agar angkanya tidak berubah."),
    ("NUPTK", "16 angka."),
    ("L/P", "Tidak dipakai portal; boleh dibiarkan."),
    ("Unit Kerja", "Nama sekolah, mis. SD Negeri 1 Sukamaju. Sekolah baru ditambahkan ke data/sekolah.yml."),
    ("NPSN", "8 angka; sekolah dicocokkan lebih dulu dengan NPSN, lalu dengan namanya."),
    ("No. HP/WA", "Nomor telepon/WhatsApp, ditulis seperti biasa, mis. 0812-3456-7890."),
    ("Email", "Alamat surel."),
    ("Jabatan", "Tugas di sekolah, mis. Guru Kelas 4 atau Kepala Sekolah."),
    ("Alamat", "Alamat rumah."),
]


def write(path: Path) -> None:
    import openpyxl
    from openpyxl.styles import Font

    book = openpyxl.Workbook()
    sheet = book.active
    sheet.title = "Anggota"
    sheet.append(HEADERS)
    for position, header in enumerate(HEADERS, start=1):
        column = sheet.cell(row=1, column=position).column_letter
        sheet.cell(row=1, column=position).font = Font(bold=True)
        sheet.column_dimensions[column].width = max(12, len(header) + 4)
        if header in TEXT_COLUMNS:
            for row in range(2, 501):
                sheet.cell(row=row, column=position).number_format = "@"
    sheet.column_dimensions["B"].width = 32
    sheet.freeze_panes = "A2"
    notes = book.create_sheet("Petunjuk")
    notes.append(["Kolom", "Isi"])
    for note in NOTES:
        notes.append(list(note))
    notes.column_dimensions["A"].width = 16
    notes.column_dimensions["B"].width = 100
    book.save(path)


if __name__ == "__main__":
    write(Path(sys.argv[1]))
