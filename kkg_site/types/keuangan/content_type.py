"""The treasury (``data/kas.yml``): page Keuangan and a page per school year.

Rules (also in DEVELOPING.md and in the header of the demo data/kas.yml):

* the ledger starts in the earliest school year that has a ``saldo_awal``; each
  later year opens with the previous year's closing balance, and a
  ``saldo_awal`` written for a later year must equal it (a typo cannot create
  or lose money);
* entries dated before that first year are errors, and so is an entry more
  than a year after the one before it (a mistyped year), unless its school
  year has its own ``saldo_awal``; an entry after the build date is a warning;
* entries are aggregates: an ``iuran`` entry that names a member is an error,
  and no page ever shows what one member paid.
"""

from __future__ import annotations

import re
from datetime import date

from ...checks import check_data_file, unique_by
from ...contenttype import ContentType, HomeSection
from ...datafiles import DataFile, Upload
from ...errors import ErrorLog
from ...filecontent import published
from ...reader import DataReader
from ...record import validate_list, validate_record
from ...render import rupiah
from ...schoolyear import SchoolYear
from ..anggota.collection import Members
from ..pengurus.collection import Boards
from .chart import monthly_chart
from .collection import Treasury
from .ledger import INCOME_KINDS
from .model import ATTACHMENT_SUFFIXES, KIND_LABELS, Entri, Kas, SaldoAwal

FILE = "kas.yml"


def _items(raw: dict, key: str) -> list | None:
    """The list under ``key``; anything else was reported by the ``Kas`` shape check."""
    value = raw.get(key)
    return value if isinstance(value, list) else None


def year_url(year: SchoolYear) -> str:
    return f"keuangan/{year.slug}/"


class KeuanganType(ContentType):
    name = "keuangan"
    order = 80
    nav_title = "Keuangan"
    data_files = (
        DataFile(
            "kas",
            FILE,
            Kas,
            "Buku kas",
            "Saldo awal dan transaksi kas KKG (data/kas.yml), diisi bendahara.",
            uploads={"bukti": Upload("kas/bukti", "file", ATTACHMENT_SUFFIXES)},
        ),
    )

    def load(self, reader: DataReader) -> Treasury | None:
        loaded = reader.yaml_file(FILE, required=False)
        if not loaded.ok:
            return None
        log, raw = reader.log, loaded.data
        validate_record(Kas, raw, loaded.file, log)  # the file's keys; its items are checked below
        if not isinstance(raw, dict):
            return None
        openings = validate_list(SaldoAwal, _items(raw, "saldo_awal"), loaded.file, log, "saldo_awal")
        entries = validate_list(Entri, _items(raw, "entri"), loaded.file, log, "entri", partial=True)
        unique_by(openings, "tahun_ajaran", log)
        if not openings:  # each one has its own error already
            return None
        treasury = Treasury(openings, entries, loaded.file)
        for entry in entries:
            self._check_purpose(entry, log)
            if entry.bukti:
                path = check_data_file(
                    reader, reader.data_dir, entry.bukti, entry.where("bukti"), ATTACHMENT_SUFFIXES, "bukti"
                )
                if path is not None:
                    treasury.attachments[entry.bukti] = path
        return treasury

    @staticmethod
    def _check_purpose(entry: Entri, log: ErrorLog) -> None:
        if entry.is_spending and entry.sumber is not None:
            log.add(
                *entry.where("sumber"), "sumber hanya untuk pemasukan; untuk pengeluaran tulis keperluan", "keperluan"
            )
        if not entry.is_spending and entry.keperluan is not None:
            log.add(
                *entry.where("keperluan"), "keperluan hanya untuk pengeluaran; untuk pemasukan tulis sumber", "sumber"
            )

    def link(self, index, log: ErrorLog) -> None:
        treasury: Treasury | None = index.get(Treasury)
        if treasury is None:
            return
        self._check_dates(treasury, index.site.today, log)
        if index.get(Members) is not None:
            self._check_dues_are_aggregate(treasury, index[Members], log)

    @staticmethod
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

    @staticmethod
    def _check_dues_are_aggregate(treasury: Treasury, members, log: ErrorLog) -> None:
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

    def pages(self, index, renderer):
        treasury: Treasury | None = index.get(Treasury)
        ledgers = treasury.ledgers(index.site.today) if treasury else []
        current = ledgers[-1] if ledgers else None
        yield renderer.page(
            "keuangan/",
            "Keuangan",
            "keuangan/ringkasan.html",
            description=f"Kas KKG: saldo {rupiah(current.closing)}, tahun ajaran {current.year}."
            if current
            else "Kas KKG.",
            current=current,
            treasurer=_officer(index, "bendahara"),
            years=[(ledger, year_url(ledger.year)) for ledger in reversed(ledgers)],
        )
        for ledger in ledgers:
            yield renderer.page(
                f"keuangan/{ledger.year.slug}/",
                f"Keuangan {ledger.year}",
                "keuangan/tahun.html",
                description=f"Pemasukan, pengeluaran dan saldo kas KKG tahun ajaran {ledger.year}.",
                ledger=ledger,
                running=ledger is current,
                kinds=[(KIND_LABELS[kind], ledger.total(kind)) for kind in (*INCOME_KINDS, "pengeluaran")],
                income_kinds=[(kind, KIND_LABELS[kind]) for kind in INCOME_KINDS],
                chart=monthly_chart(ledger, f"grafik-{ledger.year.slug}"),
                attachments={name: attachment_url(name) for name in treasury.attachments},
                treasurer=_officer(index, "bendahara"),
                chair=_officer(index, "ketua"),
            )
        if treasury:
            for name, source in treasury.attachments.items():
                yield published(attachment_url(name), source)

    def home_section(self, index, renderer) -> HomeSection | None:
        treasury: Treasury | None = index.get(Treasury)
        if treasury is None:
            return None
        current = treasury.ledgers(index.site.today)[-1]
        html = renderer.render("keuangan/beranda.html", "", ledger=current, url=year_url(current.year))
        return HomeSection("Kas KKG", html, order=80)


def _officer(index, role: str) -> str | None:
    """The name of the current board's ``role`` (bendahara, ketua), when boards and members are known."""
    boards, members = index.get(Boards), index.get(Members)
    board = boards.current(index.site.today) if boards else None
    member = members.get(getattr(board, role)) if board and members else None
    return member.nama if member else None


def attachment_url(bukti: str) -> str:
    return f"keuangan/bukti/{bukti.lower()}"  # a scan's Nota.PDF is published as nota.pdf


def _name_pattern(name: str) -> str:
    return rf"\b{re.escape(name.casefold())}\b"


def _plain_name(full_name: str) -> str:
    """A member's name without titles: "Drs. H. Dedi Kurniawan, M.Pd." → "Dedi Kurniawan"."""
    return " ".join(word for word in full_name.split(",")[0].split() if "." not in word)


CONTENT_TYPE = KeuanganType()
