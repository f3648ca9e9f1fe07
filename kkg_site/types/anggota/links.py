"""The link phase of anggota: every member's school is one of data/sekolah.yml."""

from __future__ import annotations

from ...checks import check_reference
from ...errors import ErrorLog
from ..organisasi.collection import Organisasi
from .collection import Members


def link_members(members: Members, organisasi: Organisasi, log: ErrorLog) -> None:
    members.school_names = {school_id: school.nama for school_id, school in organisasi.schools.items()}
    if not organisasi.schools_complete:
        return
    for member in members.items:
        check_reference(log, member, "sekolah", member.sekolah, organisasi.school_ids, organisasi.schools_file)
