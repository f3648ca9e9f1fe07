"""The paperwork's rules (point 4 of issue 19): references, dates, JP and letter numbers; then
the papers themselves, resolved once for the pages."""

from __future__ import annotations

from ...checks import check_reference
from ...errors import ErrorLog
from ...index import SiteIndex
from ...render import tanggal
from ..anggota.collection import Members
from ..kegiatan.collection import Activities
from ..kegiatan.model import Kegiatan, Undangan
from ..organisasi.collection import Organisasi
from .collection import Paperwork
from .views import Papers, days


def check_links(index: SiteIndex, log: ErrorLog) -> None:
    activities = index[Activities]
    _check(index, activities.items, log)
    if not log.errors:  # with any error nothing is published, and the records may be incomplete
        index[Paperwork].by_activity.update(Papers(index).paperwork(activities.items).by_activity)


def _check(index: SiteIndex, activities: list[Kegiatan], log: ErrorLog) -> None:
    """Point 4 of the paperwork rules: references, dates, JP and letter numbers."""
    members = index[Members]
    organisasi = index[Organisasi]
    numbers: dict[str, str] = {}  # letter number -> the file that used it first
    for activity in activities:
        if activity.undangan is not None:
            _check_letter(activity, activity.undangan, organisasi, numbers, log)
        seen: set[str] = set()
        for position, member_id in enumerate(activity.peserta):
            if member_id in seen:
                log.add(
                    *activity.where("peserta", position), f"'{member_id}' sudah tercantum di peserta; hapus yang kedua"
                )
            seen.add(member_id)
            check_reference(log, activity, "peserta", member_id, members, members.file, position)
        _check_after(index, activity, log)


def _check_letter(
    activity: Kegiatan, letter: Undangan, organisasi: Organisasi, numbers: dict[str, str], log: ErrorLog
) -> None:
    """A letter has a number no other letter has, a date before the activity, known schools."""
    schools = organisasi.schools
    for position, school in enumerate(letter.kepada):
        check_reference(log, letter, "kepada", school, schools, schools.file, position)
    for key, example in (("nomor", 'nomor: "012/KKG-G3/XI/2026"'), ("tanggal", "tanggal: 2026-11-28")):
        if getattr(letter, key) is None:
            log.add(*letter.where(), f"{key} surat wajib diisi, mis. {example}")
    if letter.nomor is not None:
        number = " ".join(letter.nomor.split())
        first = numbers.setdefault(number, letter.where()[0])
        if first != letter.where()[0]:
            log.add(
                *letter.where("nomor"),
                f"nomor surat '{number}' sudah dipakai di {first}; setiap surat bernomor sendiri",
            )
    first_day = days(activity)[0]
    if letter.tanggal is not None and letter.tanggal > first_day:
        log.add(
            *letter.where("tanggal"),
            f"tanggal surat {letter.tanggal.isoformat()} sesudah kegiatan dimulai ({first_day.isoformat()}); "
            "surat undangan dikirim sebelum kegiatan",
        )


def _check_after(index: SiteIndex, activity: Kegiatan, log: ErrorLog) -> None:
    """Attendance and certificates belong to a finished activity that took place, with its JP."""
    ended = f"kegiatan ini berakhir {tanggal(activity.last_day, 'd MMMM y')}"
    if not activity.is_over(index.site.today):
        for key in ("peserta", "tamu"):
            if getattr(activity, key):
                log.add(*activity.where(key), f"{key} dicatat sesudah kegiatan selesai; {ended}")
    if not activity.sertifikat:
        return
    if activity.dibatalkan:
        log.add(
            *activity.where("sertifikat"), "kegiatan yang dibatalkan tidak menerbitkan sertifikat; hapus sertifikat"
        )
    elif not activity.is_over(index.site.today):
        log.add(*activity.where("sertifikat"), f"sertifikat diterbitkan sesudah kegiatan selesai; {ended}")
    if activity.jp is None:
        log.add(*activity.where("sertifikat"), "sertifikat mencantumkan jam pelajaran: isi jp, mis. jp: 8")
    if not (activity.peserta or activity.tamu or activity.narasumber):
        log.add(
            *activity.where("sertifikat"),
            "belum ada penerima sertifikat: isi peserta (id anggota yang hadir), tamu atau narasumber",
        )
