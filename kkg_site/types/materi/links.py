"""The link phase: a material's subject, coordinator, authors and activity checked against the other collections."""

from __future__ import annotations

from ...checks import check_reference
from ...errors import ErrorLog
from ...fields import slugify
from ...index import SiteIndex
from ..anggota.collection import Members
from ..kegiatan.collection import Activities
from ..organisasi.collection import Organisasi
from ..organisasi.mapel import suggest_mapel
from .collection import Materials


def check_links(index: SiteIndex, log: ErrorLog) -> None:
    kkg = index[Organisasi].kkg
    members = index[Members]
    activities = index.get(Activities)
    for record in index[Materials].items:
        if kkg is not None and record.mapel is not None and record.mapel not in kkg.mapel_list:
            log.add(
                *record.where("mapel"),
                f"'{record.mapel}' tidak ada di daftar mapel (mapel_list di data/kkg.yml)",
                suggest_mapel(record.mapel, kkg.mapel_list),
            )
        check_reference(log, record, "koordinator", record.koordinator, members, members.file)
        for position, author in enumerate(record.penyusun):
            if slugify(author) == author:  # written as a member id, not as a name
                check_reference(log, record, "penyusun", author, members, members.file, item=position)
        if activities is not None:
            check_reference(log, record, "kegiatan", record.kegiatan, activities, activities.file)
