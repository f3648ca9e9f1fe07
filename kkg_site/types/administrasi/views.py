"""What the letter, the attendance sheet and the certificates show, prepared in Python."""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date

import segno
from markupsafe import Markup

from ...index import SiteIndex
from ...people import PersonRef
from ...render import tanggal
from ..anggota.collection import Members
from ..anggota.model import Anggota
from ..kegiatan.model import JENIS_LABELS, Kegiatan
from ..kegiatan.views import ActivityView, Views
from ..pengurus.collection import Boards
from .collection import (
    CERTIFICATE_FOLDER,
    ActivityPapers,
    Certificate,
    Paperwork,
    attendance_url,
    letter_url,
)

ROLE_SPEAKER = "Narasumber"
ROLE_PARTICIPANT = "Peserta"
GUEST_ROWS = 6  # blank rows for guests on an attendance sheet

# "kelas 4", "kelas 4-6", "kelas 1 s.d. 3" in an activity's sasaran; "Guru Kelas 4" in a member's tugas.
_CLASSES = re.compile(r"kelas\s+([1-6])(?:\s*(?:-|–|—|s\.?d\.?|s/d|sampai)\s*([1-6]))?", re.IGNORECASE)
_CLASS_TEACHER = re.compile(r"^guru kelas\s+([1-6])\b", re.IGNORECASE)


@dataclass(frozen=True)
class Signatory:
    above: str | None  # "Mengetahui," or the place and date
    role: str
    name: str | None  # dots to write it in when unknown
    nip: str | None = None  # only when the member published it


@dataclass(frozen=True)
class Invitee:
    number: int
    name: str
    duty: str | None
    nip: str | None  # only when published


@dataclass(frozen=True)
class InvitedSchool:
    name: str
    head: str | None  # kepala sekolah
    teachers: tuple[Invitee, ...]


@dataclass(frozen=True)
class Letter:
    """The surat undangan and its attendance sheet (daftar hadir)."""

    activity: ActivityView
    number: str
    date: date
    subject: str  # perihal
    schools: tuple[InvitedSchool, ...]
    programme: tuple[str, ...]  # the speakers' topics
    chair: Signatory  # signs the letter on its date
    sheet_chair: Signatory  # signs the attendance sheet on the activity's first day
    supervisor: Signatory | None
    url: str
    attendance_url: str
    guest_rows: tuple[int, ...]  # numbers of the blank rows for guests


def days(activity: Kegiatan) -> tuple[date, date]:
    return activity.first_day, activity.last_day


def issues_certificates(activity: Kegiatan, today: date) -> bool:
    return activity.sertifikat and not activity.dibatalkan and activity.is_over(today) and activity.jp is not None


class Papers:
    """Builds letters and certificates from the site index."""

    def __init__(self, index: SiteIndex) -> None:
        self.views = Views(index)
        self.kkg = self.views.kkg
        self.schools = self.views.schools
        self.members = index[Members]
        self.boards = index.get(Boards)
        self.today: date = index.site.today

    def paperwork(self, activities: Iterable[Kegiatan]) -> Paperwork:
        found: dict[str, ActivityPapers] = {}
        per_day: dict[date, int] = {}  # activities with certificates by first day, for their numbers
        for activity in activities:
            certificates: tuple[Certificate, ...] = ()
            if issues_certificates(activity, self.today):
                first_day = days(activity)[0]
                per_day[first_day] = per_day.get(first_day, 0) + 1
                certificates = tuple(self.certificates(activity, per_day[first_day]))
            if activity.undangan or certificates:
                with_letter = activity.undangan is not None
                found[activity.id] = ActivityPapers(
                    letter_url(activity.id) if with_letter else None,
                    attendance_url(activity.id) if with_letter else None,
                    certificates,
                )
        return Paperwork(found)

    def letter(self, activity: Kegiatan) -> Letter:
        """The letter of an activity whose ``undangan`` passed ``link`` (number and date given)."""
        letter = activity.undangan
        assert letter is not None and letter.nomor is not None and letter.tanggal is not None
        view = self.views.of(activity)
        schools = self._invited_schools(activity)
        invitees = sum(len(s.teachers) for s in schools)
        return Letter(
            activity=view,
            number=letter.nomor,
            date=letter.tanggal,
            subject=f"Undangan {view.jenis_label}" if activity.jenis != "lainnya" else "Undangan Kegiatan",
            schools=schools,
            programme=tuple(
                f"{s.topic} ({s.person.name})" if s.topic else s.person.name for s in view.speakers if s.person.name
            ),
            chair=self.chair(letter.tanggal),
            sheet_chair=self.chair(days(activity)[0]),
            supervisor=self.supervisor(),
            url=letter_url(activity.id),
            attendance_url=attendance_url(activity.id),
            guest_rows=tuple(range(invitees + 1, invitees + GUEST_ROWS + 1)),
        )

    def chair(self, day: date) -> Signatory:
        """The ketua of the board in office on ``day``, signing as of that day."""
        board = self.boards.current(day) if self.boards else None
        member = self.members.get(board.ketua) if board else None
        return Signatory(
            self.signed_at(day),
            f"Ketua {self.kkg.short_name}",
            member.nama if member else None,
            member.published_private().get("nip") if member else None,
        )

    def supervisor(self) -> Signatory | None:
        return Signatory("Mengetahui,", "Pengawas Sekolah", self.kkg.pengawas) if self.kkg.pengawas else None

    def signed_at(self, day: date) -> str:
        place = self.kkg.kecamatan
        return f"{place}, {tanggal(day, 'd MMMM y')}" if place else tanggal(day, "d MMMM y")

    def _invited_schools(self, activity: Kegiatan) -> tuple[InvitedSchool, ...]:
        assert activity.undangan is not None
        wanted = activity.undangan.kepada or list(self.schools)
        invited = audience(activity.sasaran, [m for m in self._members() if m.aktif])
        schools, number = [], 0
        for school_id in wanted:
            school = self.schools.get(school_id)
            if school is None:
                continue
            teachers = []
            for member in invited:
                if member.sekolah == school_id:
                    number += 1
                    teachers.append(Invitee(number, member.nama, member.tugas, member.published_private().get("nip")))
            schools.append(InvitedSchool(school.nama, school.kepala_sekolah, tuple(teachers)))
        return tuple(schools)

    def _members(self) -> list[Anggota]:
        return self.members.items

    def certificates(self, activity: Kegiatan, nth_of_day: int) -> Iterable[Certificate]:
        """The certificates of a finished activity: speakers, then peserta, then guests; a
        member who spoke and attended gets one, as speaker."""
        assert activity.jp is not None
        view = self.views.of(activity)
        day = f"{days(activity)[0]:%Y%m%d}" + (f"-{nth_of_day}" if nth_of_day > 1 else "")
        speakers = {s.anggota for s in activity.narasumber if s.anggota}
        recipients: list[tuple[str | None, str | None, str | None, str, str | None]] = [
            (s.anggota, s.nama, s.lembaga, ROLE_SPEAKER, s.topik) for s in activity.narasumber
        ]
        recipients += [(m, None, None, ROLE_PARTICIPANT, None) for m in activity.peserta if m not in speakers]
        recipients += [(None, g.nama, g.lembaga, ROLE_PARTICIPANT, None) for g in activity.tamu]
        for n, (member_id, name, institution, role, topic) in enumerate(recipients, start=1):
            person = self.members.person(member_id) or PersonRef(name or member_id or "", affiliation=institution)
            member = self.members.get(member_id)
            yield Certificate(
                number=f"SERT/{day}/{n:03d}",
                url=f"{CERTIFICATE_FOLDER}/{day}-{n:03d}/",
                activity_id=activity.id,
                activity_title=activity.judul,
                activity_kind=JENIS_LABELS[activity.jenis],
                dates=view.dates,
                place=view.place.name if view.place else None,
                jp=activity.jp,
                name=person.name,
                member_id=member.id if member else None,
                nip=member.published_private().get("nip") if member else None,
                affiliation=person.affiliation,
                role=role,
                topic=topic,
            )


def audience(sasaran: str | None, members: list[Anggota]) -> list[Anggota]:
    """The members an activity's ``sasaran`` invites: when it names classes ("guru kelas 4–6")
    or a subject that is some member's tugas ("Guru PAI"), those teachers; else everyone."""
    text = (sasaran or "").lower()
    classes = {n for m in _CLASSES.finditer(text) for n in range(int(m[1]), int(m[2] or m[1]) + 1)}
    subjects = {_subject(m.tugas) for m in members} - {None}
    named = {subject for subject in subjects if subject and re.search(rf"\b{re.escape(subject)}\b", text)}
    if not classes and not named:
        return members
    return [m for m in members if _invited(m.tugas, classes, named)]


def _subject(duty: str | None) -> str | None:
    """ "pai" of "Guru PAI"; None for a class teacher, a head or no duty."""
    duty = (duty or "").lower().strip()
    if not duty.startswith("guru ") or _CLASS_TEACHER.match(duty):
        return None
    return duty.removeprefix("guru ").strip() or None


def _invited(duty: str | None, classes: set[int], subjects: set[str]) -> bool:
    match = _CLASS_TEACHER.match((duty or "").strip())
    if match:
        return int(match[1]) in classes
    return _subject(duty) in subjects


def qr_code(url: str) -> Markup:
    """An inline SVG QR code of ``url`` (segno, error correction M), scaled by CSS."""
    code = segno.make(url, error="m", micro=False)
    svg = code.svg_inline(scale=1, border=2, omitsize=True, svgclass="kkg-qr", lineclass=None, title=None)
    return Markup(svg.replace("<svg ", '<svg role="img" aria-label="Kode QR halaman verifikasi" ', 1))
