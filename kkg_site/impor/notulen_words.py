"""The words of minutes written in Word: months, days, section headings, field labels and table columns, as Indonesian secretaries write them."""

from __future__ import annotations

import re
from datetime import date

MONTHS = [
    "januari",
    "februari",
    "maret",
    "april",
    "mei",
    "juni",
    "juli",
    "agustus",
    "september",
    "oktober",
    "november",
    "desember",
]

# Older spellings still common in school documents.
MONTH_NUMBERS = {name: number for number, name in enumerate(MONTHS, start=1)} | {"pebruari": 2, "nopember": 11}

DAYS = ["senin", "selasa", "rabu", "kamis", "jumat", "sabtu", "minggu"]

DATE_WORDS = re.compile(rf"\b(\d{{1,2}})\s+({'|'.join(MONTH_NUMBERS)})\s+(\d{{4}})\b", re.IGNORECASE)

DATE_DIGITS = re.compile(r"\b(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})\b")

DAY = re.compile(rf"\b({'|'.join(DAYS)}|jum'at)\b", re.IGNORECASE)

TIME = re.compile(
    r"(\d{1,2}[.:]\d{2})\s*(?:-|–|—|s\.?\s?d\.?|sampai(?: dengan)?)\s*(\d{1,2}[.:]\d{2}|selesai)", re.IGNORECASE
)

FIELD_LINE = re.compile(r"^\s*([A-Za-z][A-Za-z ,/]{1,30}?)\s*:\s*(.+)$")

NUMBERED = re.compile(r"^\s*(?:\d{1,2}|[a-z])[.)]\s+")

BULLET = re.compile(r"^\s*[-•·*]\s+")

# Section headings (without case and punctuation) → what the section holds.
SECTIONS = {
    "keputusan": "keputusan",
    "kesimpulan": "keputusan",
    "hasilrapat": "keputusan",
    "hasilkeputusan": "keputusan",
    "keputusanrapat": "keputusan",
    "kesimpulanrapat": "keputusan",
    "kesimpulandankeputusan": "keputusan",
    "agenda": "agenda",
    "acara": "agenda",
    "agendarapat": "agenda",
    "susunanacara": "agenda",
    "daftarhadir": "hadir",
    "peserta": "hadir",
    "pesertarapat": "hadir",
    "hadir": "hadir",
    "kehadiran": "hadir",
    "yanghadir": "hadir",
    "pesertayanghadir": "hadir",
    "izin": "izin",
    "berhalangan": "izin",
    "yangberhalangan": "izin",
    "tidakhadir": "izin",
    "tindaklanjut": "tindak",
    "rencanatindaklanjut": "tindak",
    "rtl": "tindak",
}

FIELDS = {
    "tanggal": "tanggal",
    "haritanggal": "tanggal",
    "hari": "tanggal",
    "waktu": "jam",
    "pukul": "jam",
    "jam": "jam",
    "tempat": "tempat",
    "lokasi": "tempat",
    "pimpinan": "pimpinan",
    "pimpinanrapat": "pimpinan",
    "dipimpinoleh": "pimpinan",
    "pemimpinrapat": "pimpinan",
    "notulis": "notulis",
    "notulen": "notulis",
    "sekretaris": "notulis",
    "pencatat": "notulis",
    "acara": "agenda",
    "agenda": "agenda",
}

GENERIC_TITLES = {
    "notulen",
    "notulenrapat",
    "notula",
    "notularapat",
    "notulensi",
    "notulensirapat",
    "beritaacara",
    "beritaacararapat",
}

TASK_COLUMNS = {"tugas", "kegiatan", "uraian", "uraiantugas", "rencana", "tindaklanjut", "rencanatindaklanjut", "apa"}

WHO_COLUMNS = {"pj", "penanggungjawab", "pelaksana", "oleh", "petugas", "siapa", "pic"}

WHEN_COLUMNS = {"tenggat", "bataswaktu", "waktu", "target", "tanggal", "kapan", "tenggatwaktu", "jadwal"}

NOTE_COLUMNS = {"keterangan", "ket", "status", "kehadiran"}

ROLE_COLUMNS = {"jabatan", "instansi", "unsur", "asalsekolah", "unitkerja", "sekolah"}


def parse_date(text: str) -> date | None:
    """The first date in ``text``: '14 November 2026' or '14/11/2026'."""
    match = DATE_WORDS.search(text)
    try:
        if match:
            return date(int(match[3]), MONTH_NUMBERS[match[2].casefold()], int(match[1]))
        match = DATE_DIGITS.search(text)
        if match:
            return date(int(match[3]), int(match[2]), int(match[1]))
    except ValueError:
        return None
    return None
