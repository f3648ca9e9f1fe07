"""The paperwork collection: every activity's letter, attendance sheet and certificates, and their URLs.

Certificate numbers follow one pattern, ``SERT/<TTTTBBHH>/<NNN>``: the activity's first day
and the recipient's place among its recipients (speakers first, then ``peserta`` and ``tamu``
in the order written), e.g. ``SERT/20251013/004``. A second activity with certificates starting
on the same day gets ``-2`` after the day (``SERT/20251013-2/001``). Adding a name at the end
of a list keeps every other number; the verification page is ``kegiatan/sertifikat/<TTTTBBHH>-<NNN>/``.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from ..kegiatan.collection import SECTION as ACTIVITIES

CERTIFICATE_FOLDER = f"{ACTIVITIES}/sertifikat"  # below Kegiatan: its tab and trail (activity ids start with a date)


@dataclass(frozen=True)
class Certificate:
    number: str
    url: str  # the verification page, which is also the printable certificate
    activity_id: str
    activity_title: str
    activity_kind: str
    dates: str
    place: str | None
    jp: int
    name: str
    member_id: str | None  # None for a guest
    nip: str | None  # only when the member published it
    affiliation: str | None  # the member's school, the guest's or speaker's institution
    role: str  # "Narasumber" or "Peserta"
    topic: str | None  # a speaker's topic


@dataclass(frozen=True)
class ActivityPapers:
    """What an activity's page links to: the letter, the attendance sheet, its certificates."""

    letter_url: str | None
    attendance_url: str | None
    certificates: tuple[Certificate, ...]


@dataclass
class Paperwork:
    """``index[Paperwork]``: every activity's papers, filled in by the type's ``link``."""

    by_activity: dict[str, ActivityPapers] = field(default_factory=dict)

    def of(self, activity_id: str) -> ActivityPapers | None:
        return self.by_activity.get(activity_id)

    def certificates(self) -> list[Certificate]:
        return [c for papers in self.by_activity.values() for c in papers.certificates]

    def of_member(self, member_id: str) -> list[Certificate]:
        return [c for c in self.certificates() if c.member_id == member_id]


def letter_url(activity_id: str) -> str:
    return f"{ACTIVITIES}/{activity_id}/undangan/"


def attendance_url(activity_id: str) -> str:
    return f"{ACTIVITIES}/{activity_id}/daftar-hadir/"


def member_certificates_url(member_id: str) -> str:
    """The list of a member's certificates, when they have more than one."""
    return f"{CERTIFICATE_FOLDER}/anggota/{member_id}/"
