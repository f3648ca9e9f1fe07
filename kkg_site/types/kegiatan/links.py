"""The link phase: an activity's references to members and materials."""

from __future__ import annotations

from ...checks import check_reference
from ...errors import ErrorLog
from ..anggota.collection import Members
from ..materi.collection import Materials
from .collection import Activities


def check_links(activities: Activities, members: Members, materials: Materials | None, log: ErrorLog) -> None:
    """Speakers and the person in charge are member ids; ``materi`` names materials (when that
    type is installed)."""
    for activity in activities.items:
        check_reference(log, activity, "penanggung_jawab", activity.penanggung_jawab, members, members.file)
        for speaker in activity.narasumber:
            check_reference(log, speaker, "anggota", speaker.anggota, members, members.file)
        if materials is not None:
            for position, material in enumerate(activity.materi):
                check_reference(log, activity, "materi", material, materials, materials.file, item=position)
