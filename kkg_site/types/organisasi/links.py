"""The link phase of organisasi: the secretariat is one of the member schools."""

from __future__ import annotations

from ...checks import check_reference
from ...errors import ErrorLog
from .collection import Organisasi


def link_organisasi(organisasi: Organisasi, log: ErrorLog) -> None:
    kkg, schools = organisasi.kkg, organisasi.schools
    if kkg and kkg.sekretariat:
        check_reference(log, kkg, "sekretariat", kkg.sekretariat, schools, schools.file)
