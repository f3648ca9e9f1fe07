"""The link phase: the minutes' references to members and activities."""

from __future__ import annotations

from ...checks import check_reference
from ...errors import ErrorLog
from ..anggota.collection import Members
from ..kegiatan.collection import Activities
from .collection import Minutes


def link_minutes(minutes: Minutes, members: Members, activities: Activities | None, log: ErrorLog) -> None:
    """Member ids must exist and the leaders must be present; activity ids must exist."""
    for meeting in minutes.everything:
        for key in ("hadir", "izin"):
            for position, member_id in enumerate(getattr(meeting, key)):
                check_reference(log, meeting, key, member_id, members, members.file, item=position)
        for key, role in (("pimpinan", "pimpinan rapat"), ("notulis", "notulis")):
            member_id = getattr(meeting, key)
            known = check_reference(log, meeting, key, member_id, members, members.file)
            if known and member_id is not None and member_id not in meeting.hadir:
                log.add(
                    *meeting.where(key), f"{role} '{member_id}' tidak tercantum di hadir; tambahkan ke daftar hadir"
                )
        for item in meeting.tindak_lanjut:
            check_reference(log, item, "pj", item.pj, members, members.file)
        if activities is not None:
            check_reference(log, meeting, "kegiatan", meeting.kegiatan, activities, activities.file)
