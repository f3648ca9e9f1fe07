"""The secretary's paperwork from an activity's file (``undangan``, ``peserta``, ``tamu``, ``jp``,
``sertifikat`` in ``data/kegiatan/*.yml``): the invitation letter to the heads of the schools, the
attendance sheet, and a certificate per speaker, participant and guest, each of which is also its
verification page (the QR code on the printed certificate leads there)."""

from __future__ import annotations

from collections.abc import Iterable

from ...checks import check_reference
from ...contenttype import ContentType, Dataset
from ...errors import ErrorLog
from ...opendata import link
from ...page import Page
from ...render import tanggal
from ..anggota import member_reference
from ..kegiatan.collection import Activities, activity_url
from ..kegiatan.model import Kegiatan, Undangan
from .views import Certificate, Papers, Paperwork, days, member_certificates_url, qr_code

SEARCH_KIND = "Sertifikat"


class AdministrasiType(ContentType):
    name = "administrasi"
    order = 45  # after kegiatan, whose records it reads

    def load(self, reader) -> Paperwork:
        return Paperwork({})  # filled in by link, once activities, members and boards are known

    def link(self, index, log: ErrorLog) -> None:
        activities: Activities | None = index.get("kegiatan")
        if activities is None:
            return
        _check(index, activities.items, log)
        if not log.errors:  # with any error nothing is published, and the records may be incomplete
            index["administrasi"].by_activity.update(Papers(index).paperwork(activities.items).by_activity)

    def pages(self, index, renderer) -> Iterable[Page]:
        activities: Activities | None = index.get("kegiatan")
        if activities is None:
            return
        papers = Papers(index)
        paperwork: Paperwork = index["administrasi"]
        for activity in activities.items:
            if activity.undangan is not None:
                letter = papers.letter(activity)
                title = activity.judul
                yield renderer.page(
                    f"{letter.url.removesuffix('/')}.md",
                    f"Surat undangan: {title}",
                    "administrasi/undangan.html",
                    description=f"Surat undangan nomor {letter.number} untuk {title}.",
                    letter=letter,
                )
                yield renderer.page(
                    f"{letter.attendance_url.removesuffix('/')}.md",
                    f"Daftar hadir: {title}",
                    "administrasi/daftar_hadir.html",
                    description=f"Daftar hadir {title}, {letter.activity.dates}.",
                    letter=letter,
                )
        for certificate in paperwork.certificates():
            yield _certificate_page(index, renderer, papers, certificate)
        members = index.get("anggota")
        for member_id in dict.fromkeys(c.member_id for c in paperwork.certificates() if c.member_id):
            certificates = paperwork.of_member(member_id)
            if len(certificates) > 1:
                name = members.get(member_id).nama
                yield renderer.page(
                    f"{member_certificates_url(member_id).removesuffix('/')}.md",
                    f"Sertifikat {name}",
                    "administrasi/sertifikat_anggota.html",
                    description=f"{len(certificates)} sertifikat {name} dari kegiatan {index['organisasi'].kkg.short_name}.",
                    certificates=list(reversed(certificates)),
                    member_url=members.url(member_id),
                    name=name,
                )

    def member_links(self, index, member_id: str) -> list[tuple[str, str]]:
        """One link, however many certificates: to the certificate, or to the list of them."""
        certificates = index["administrasi"].of_member(member_id)
        if not certificates:
            return []
        url = certificates[0].url if len(certificates) == 1 else member_certificates_url(member_id)
        return [(f"Sertifikat ({len(certificates)})", url)]

    def open_data(self, index) -> list[Dataset]:
        records = [_register_record(index, c) for c in index["administrasi"].certificates()]
        return [Dataset("sertifikat", "Daftar sertifikat", records, REGISTER_COLUMNS)]


REGISTER_COLUMNS = ("nomor", "nama", "peran", "lembaga", "judul_kegiatan", "mulai", "selesai", "jp", "url")


def _register_record(index, certificate: Certificate) -> dict:
    """A certificate as its verification page states it, without the NIP."""
    first_day, last_day = days(index["kegiatan"].get(certificate.activity_id))
    return {
        "nomor": certificate.number,
        "nama": certificate.name,
        "anggota": member_reference(index, certificate.member_id),
        "peran": certificate.role.lower(),
        "lembaga": certificate.affiliation,
        "judul_kegiatan": certificate.activity_title,
        "kegiatan": link(index, activity_url(certificate.activity_id)),
        "mulai": first_day.isoformat(),
        "selesai": last_day.isoformat(),
        "jp": certificate.jp,
        "url": link(index, certificate.url),
    }


def _certificate_page(index, renderer, papers: Papers, certificate: Certificate) -> Page:
    activity = index["kegiatan"].get(certificate.activity_id)
    absolute = index.absolute_url(certificate.url)
    return renderer.page(
        f"{certificate.url.removesuffix('/')}.md",
        f"Sertifikat {certificate.number}",
        "administrasi/sertifikat.html",
        description=f"Sertifikat {certificate.role.lower()} {certificate.name}: {certificate.activity_title}, "
        f"{certificate.jp} JP.",
        meta={"search": {"kind": SEARCH_KIND, "meta": {"tanggal": certificate.dates}}},
        certificate=certificate,
        activity_url=activity_url(certificate.activity_id),
        qr=qr_code(absolute) if absolute else None,
        chair=papers.chair(days(activity)[1]),
        supervisor=papers.supervisor(),
    )


def _check(index, activities: list[Kegiatan], log: ErrorLog) -> None:
    """Point 4 of the paperwork rules: references, dates, JP and letter numbers."""
    members = index.get("anggota")
    organisasi = index.get("organisasi")
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
            if members is not None:
                check_reference(log, activity, "peserta", member_id, members, members.file, position)
        _check_after(index, activity, log)


def _check_letter(activity: Kegiatan, letter: Undangan, organisasi, numbers: dict[str, str], log: ErrorLog) -> None:
    """A letter has a number no other letter has, a date before the activity, known schools."""
    if organisasi is not None and organisasi.schools_complete:
        for position, school in enumerate(letter.kepada):
            check_reference(log, letter, "kepada", school, organisasi.school_ids, organisasi.schools_file, position)
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


def _check_after(index, activity: Kegiatan, log: ErrorLog) -> None:
    """Attendance and certificates belong to a finished activity that took place, with its JP."""
    ended = f"kegiatan ini berakhir {tanggal(activity.selesai, 'd MMMM y')}"
    if not activity.is_over(index.today):
        for key in ("peserta", "tamu"):
            if getattr(activity, key):
                log.add(*activity.where(key), f"{key} dicatat sesudah kegiatan selesai; {ended}")
    if not activity.sertifikat:
        return
    if activity.dibatalkan:
        log.add(
            *activity.where("sertifikat"), "kegiatan yang dibatalkan tidak menerbitkan sertifikat; hapus sertifikat"
        )
    elif not activity.is_over(index.today):
        log.add(*activity.where("sertifikat"), f"sertifikat diterbitkan sesudah kegiatan selesai; {ended}")
    if activity.jp is None:
        log.add(*activity.where("sertifikat"), "sertifikat mencantumkan jam pelajaran: isi jp, mis. jp: 8")
    if not (activity.peserta or activity.tamu or activity.narasumber):
        log.add(
            *activity.where("sertifikat"),
            "belum ada penerima sertifikat: isi peserta (id anggota yang hadir), tamu atau narasumber",
        )


CONTENT_TYPE = AdministrasiType()
