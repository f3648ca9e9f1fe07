"""The link phase: the ledger's dates, and dues that must not name members."""

from __future__ import annotations

import re
from datetime import date

from ...errors import ErrorLog
from ...index import SiteIndex
from ...schoolyear import SchoolYear
from ..anggota.collection import Members
from .collection import Treasury


def check_links(index: SiteIndex, log: ErrorLog) -> None:
    treasury = index.get(Treasury)
    if treasury is None:
        return
    _check_dates(treasury, index.site.today, log)
    members = index.get(Members)
    if members is not None:
        _check_dues_are_aggregate(treasury, members, log)


def _check_dates(treasury: Treasury, today: date, log: ErrorLog) -> None:
    """Dates are checked without regard to the build date (the demo data must stay valid
    whenever it is built), except for a warning about entries that have not happened yet."""
    first = treasury.first_year
    restarts = {opening.tahun_ajaran for opening in treasury.openings}
    previous, previous_label = first.start, f"awal kas, 1 Juli {first.first}"
    for entry in sorted(treasury.entries, key=lambda e: e.tanggal):
        year = SchoolYear.of(entry.tanggal)
        if entry.tanggal < first.start:
            log.add(
                *entry.where("tanggal"),
                f"tanggal di luar tahun ajaran yang tercatat: kas dimulai tahun ajaran {first} (1 Juli {first.first}); "
                f"tambahkan saldo_awal untuk tahun ajaran {year}",
            )
            continue
        if (entry.tanggal - previous).days > 366 and year not in restarts:
            log.add(
                *entry.where("tanggal"),
                f"tanggal {entry.tanggal.isoformat()} lebih dari setahun sesudah entri sebelumnya ({previous_label}); "
                f"periksa tahunnya. Bila kas memang tidak dipakai selama itu, tulis saldo_awal untuk tahun ajaran {year}",
            )
        if entry.tanggal > today:
            log.add(
                *entry.where("tanggal"),
                f"tanggal {entry.tanggal.isoformat()} belum terjadi; buku kas mencatat uang yang sudah masuk atau keluar",
                severity="warning",
            )
        previous, previous_label = entry.tanggal, entry.tanggal.isoformat()
    by_year = {ledger.year: ledger for ledger in treasury.ledgers(today)}
    for opening in treasury.openings:
        carried = by_year.get(opening.tahun_ajaran)
        if opening.tahun_ajaran != first and carried is not None and carried.opening != opening.jumlah:
            log.add(
                *opening.where("jumlah"),
                f"saldo awal {opening.tahun_ajaran} harus sama dengan saldo akhir tahun ajaran sebelumnya menurut entri kas",
                str(carried.opening),
            )


def _check_dues_are_aggregate(treasury: Treasury, members: Members, log: ErrorLog) -> None:
    names = {_plain_name(member.nama) for member_id in members if (member := members.get(member_id))}
    # Every name in one pattern, searched once per text; only a text that names someone is
    # searched name by name. A search per name and text took 0.1 s of a ten-year portal's load.
    any_name = re.compile("|".join(_name_pattern(name) for name in names))
    for entry in treasury.entries:
        if entry.jenis != "iuran":
            continue
        for key in ("uraian", "sumber"):
            text = (getattr(entry, key) or "").casefold()
            if not any_name.search(text):
                continue
            named = sorted(name for name in names if re.search(_name_pattern(name), text))
            if named:
                log.add(
                    *entry.where(key),
                    f"entri iuran menyebut anggota ({named[0]}); catat iuran sebagai jumlah gabungan "
                    "per bulan tanpa nama, karena situs tidak menampilkan iuran per anggota",
                )


def _name_pattern(name: str) -> str:
    return rf"\b{re.escape(name.casefold())}\b"


def _plain_name(full_name: str) -> str:
    """A member's name without titles: "Drs. H. Dedi Kurniawan, M.Pd." → "Dedi Kurniawan"."""
    return " ".join(word for word in full_name.split(",")[0].split() if "." not in word)
