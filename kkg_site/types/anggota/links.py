"""The link phase of anggota: every member's school is one of data/sekolah.yml."""

from __future__ import annotations

from ...checks import check_reference
from ...errors import ErrorLog
from ..organisasi.collection import Organisasi
from .collection import Members


def link_members(members: Members, organisasi: Organisasi, log: ErrorLog) -> None:
    schools = organisasi.schools
    members.school_names = {school.id: school.nama for school in schools.items}
    for member in members.items:
        check_reference(log, member, "sekolah", member.sekolah, schools, schools.file)
