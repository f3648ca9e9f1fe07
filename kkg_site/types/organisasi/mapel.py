"""Subject names (mata pelajaran): suggestions for the short forms teachers write.

Other types check a ``mapel`` against ``kkg.mapel_list`` and use
:func:`suggest_mapel` for the "apakah maksud Anda …?" part of the message.
"""

from __future__ import annotations

import re

from ...errors import suggest

# Everyday abbreviations and older (K13) names → the Kurikulum Merdeka name.
# Keys are lowercase letters only: "B. Indo" and "b indo" both become "bindo".
ALIASES = {
    "mtk": "Matematika",
    "mat": "Matematika",
    "mtematika": "Matematika",
    "bi": "Bahasa Indonesia",
    "bindo": "Bahasa Indonesia",
    "bindonesia": "Bahasa Indonesia",
    "bhsindonesia": "Bahasa Indonesia",
    "bahasaindo": "Bahasa Indonesia",
    "pkn": "Pendidikan Pancasila",
    "ppkn": "Pendidikan Pancasila",
    "pancasila": "Pendidikan Pancasila",
    "ipa": "IPAS",
    "ips": "IPAS",
    "sains": "IPAS",
    "penjas": "PJOK",
    "penjaskes": "PJOK",
    "penjasorkes": "PJOK",
    "olahraga": "PJOK",
    "pai": "Pendidikan Agama Islam",
    "agamaislam": "Pendidikan Agama Islam",
    "bing": "Bahasa Inggris",
    "binggris": "Bahasa Inggris",
    "bhsinggris": "Bahasa Inggris",
    "english": "Bahasa Inggris",
    "mulok": "Bahasa Daerah",
    "bsunda": "Bahasa Daerah",
    "bahasasunda": "Bahasa Daerah",
    "basasunda": "Bahasa Daerah",
    "bjawa": "Bahasa Daerah",
    "bahasajawa": "Bahasa Daerah",
    "kka": "Koding dan Kecerdasan Artifisial",
    "koding": "Koding dan Kecerdasan Artifisial",
}


def suggest_mapel(value: str, subjects: list[str]) -> str | None:
    """The subject of ``subjects`` that ``value`` most likely means ("MTK" → "Matematika")."""
    alias = ALIASES.get(re.sub(r"[^a-z]", "", value.casefold()))
    if alias in subjects:
        return alias
    return suggest(value, subjects)
