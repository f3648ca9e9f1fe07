"""Rows of a spreadsheet (``.xlsx``) or a CSV file as the editor sees them: text cells,
numbered as the spreadsheet numbers its rows.

Excel keeps numbers, not what was typed: a phone number loses its leading 0 and a
number longer than 15 digits (an 18-digit NIP) loses its last digits for good. Cells
therefore come with a flag telling that they were numbers, so the importer can say so.
"""

from __future__ import annotations

import csv
import io
import warnings
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path

from .common import ImportFailure, refuse_ole

# Excel stores numbers with 15 significant digits; anything longer was rounded when typed.
EXCEL_DIGITS = 15


@dataclass(frozen=True)
class Cell:
    text: str
    number: bool = False  # stored as a number, not as text
    digits_lost: bool = False  # a number too long for a spreadsheet: its last digits are gone


@dataclass
class Sheet:
    name: str  # how messages name it: "anggota.xlsx" or "anggota.xlsx, lembar Guru"
    rows: list[tuple[int, list[Cell]]]  # (row number as the spreadsheet shows it, cells)


def read_sheets(path: Path) -> list[Sheet]:
    suffix = path.suffix.lower()
    if suffix == ".csv":
        return [_read_csv(path)]
    if suffix in (".xlsx", ".xlsm", ".xls"):
        refuse_ole(path, "Excel", ".xls", ".xlsx")
    if suffix in (".xlsx", ".xlsm"):
        return _read_xlsx(path)
    if suffix in (".xls", ".ods"):
        raise ImportFailure(
            f"{path.name}: format {suffix} belum dapat dibaca. Buka berkas itu di Excel, LibreOffice atau "
            "Google Sheets, lalu simpan sebagai .xlsx (Buku Kerja Excel) atau .csv, dan impor berkas itu."
        )
    raise ImportFailure(
        f"{path.name} bukan lembar kerja: impor anggota membaca berkas .xlsx (Excel, Google Sheets: "
        "File → Download → Microsoft Excel) atau .csv."
    )


def _read_xlsx(path: Path) -> list[Sheet]:
    import openpyxl

    try:
        with warnings.catch_warnings():
            # Files from school data systems carry extensions openpyxl only warns about
            # ("Data Validation extension is not supported"): noise for a teacher.
            warnings.simplefilter("ignore")
            book = openpyxl.load_workbook(path, data_only=True)  # not read-only: every cell knows its row
    except Exception as error:
        raise ImportFailure(
            f"{path.name} tidak dapat dibaca sebagai lembar kerja Excel ({type(error).__name__}). "
            "Pastikan berkasnya .xlsx yang utuh dan tidak berkata sandi: buka di Excel atau LibreOffice, "
            "lalu simpan ulang sebagai .xlsx."
        ) from error
    sheets = []
    for worksheet in book.worksheets:
        name = path.name if len(book.worksheets) == 1 else f"{path.name}, lembar {worksheet.title}"
        rows = [(row[0].row, [_excel_cell(cell) for cell in row]) for row in worksheet.iter_rows() if row]
        sheets.append(Sheet(name, rows))
    return sheets


def _excel_cell(cell: object) -> Cell:
    value = getattr(cell, "value", None)
    if value is None:
        return Cell("")
    if isinstance(value, bool):
        return Cell("ya" if value else "tidak")
    if isinstance(value, datetime | date):
        return Cell(value.strftime("%Y-%m-%d"))
    if isinstance(value, int | float):
        if isinstance(value, float) and not value.is_integer():
            return Cell(repr(value), number=True)
        whole = int(value)
        text = str(whole)
        # A zero-padded format ("0000000000") shows the zeros the number itself has lost.
        number_format = getattr(cell, "number_format", "") or ""
        if number_format and set(number_format) == {"0"}:
            text = text.zfill(len(number_format))
        return Cell(text, number=True, digits_lost=len(str(abs(whole))) > EXCEL_DIGITS)
    return Cell(" ".join(str(value).split()))


def _read_csv(path: Path) -> Sheet:
    raw = path.read_bytes()
    if b"\0" in raw[:4096]:
        raise ImportFailure(
            f"{path.name} bukan berkas CSV (isinya bukan teks). Simpan lembar kerja sebagai .csv atau .xlsx."
        )
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError:
        # Excel on Windows saves "CSV" in the Windows code page, not UTF-8.
        text = raw.decode("cp1252", errors="replace")
    sample = "\n".join(text.splitlines()[:20])
    try:
        delimiter = csv.Sniffer().sniff(sample, delimiters=";,\t").delimiter
    except csv.Error:
        delimiter = ";" if sample.count(";") > sample.count(",") else ","
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter)
    rows = []
    for values in reader:
        rows.append((reader.line_num, [_csv_cell(value) for value in values]))
    return Sheet(path.name, rows)


def _csv_cell(value: str) -> Cell:
    text = " ".join(value.split())
    # Excel writes a long number as 1,97804E+17 in a CSV: the digits are gone.
    lost = (
        bool(text)
        and "e+" in text.casefold()
        and text.replace(",", ".").casefold().replace("e+", "").replace(".", "").isdigit()
    )
    return Cell(text, digits_lost=lost)
