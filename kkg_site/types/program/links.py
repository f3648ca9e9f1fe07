"""The link phase: who is responsible for each item, and which item each activity belongs to."""

from __future__ import annotations

from ...checks import check_reference
from ...errors import ErrorLog
from ...index import SiteIndex
from ...schoolyear import SchoolYear
from ..anggota.collection import Members
from ..kegiatan.collection import Activities
from ..kegiatan.model import Kegiatan
from .collection import Programme
from .model import Program


def check_links(index: SiteIndex, log: ErrorLog) -> None:
    programme = index[Programme]
    members = index.get(Members)
    if members is not None:
        for item in programme.items:
            check_reference(log, item, "penanggung_jawab", item.penanggung_jawab, members, members.file)
    activities = index.get(Activities)
    if activities is not None:
        for activity in activities.items:
            if check_reference(log, activity, "program", activity.program, programme, programme.file):
                _check_activity_year(activity, programme, log)


def _covers(item: Program, year: SchoolYear) -> bool:
    """Whether activities of school year ``year`` may belong to ``item``."""
    return year == item.tahun_ajaran or (item.jangka == "panjang" and year > item.tahun_ajaran)


def _check_activity_year(activity: Kegiatan, programme: Programme, log: ErrorLog) -> None:
    """A short-term item's activities fall in its school year; a long-term item's not before it.
    The suggestion is the item of the same name in the activity's year, if there is one."""
    item = programme.get(activity.program)
    year = SchoolYear.of(activity.first_day)
    if item is None or _covers(item, year):
        return
    log.add(
        *activity.where("program"),
        f"kegiatan tahun ajaran {year} tidak termasuk program '{item.id}' (jangka {item.jangka}, "
        f"tahun ajaran {item.tahun_ajaran}); rujuk program tahun ajaran {year}",
        next((o.id for o in programme.items if _covers(o, year) and o.nama.casefold() == item.nama.casefold()), None),
    )
