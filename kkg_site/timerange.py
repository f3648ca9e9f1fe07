"""The time of day something happens: ``jam`` of an activity and of a meeting.

One type, one reading: ``08.00-12.00``, ``13.00-selesai``, and a lone ``08.00``,
which is open-ended like ``08.00-selesai`` (a start with no end known). Editors
also write ``pukul 08.00 WIB s/d 12.00``, ``8:00``, or leave a time unquoted,
which YAML reads as a number (``08.30`` as 8.3, ``8`` as 8).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import time
from typing import Annotated, Any

from pydantic import PlainValidator
from pydantic_core import PydanticCustomError

from .fields import text_schema
from .yamlio import written_as


@dataclass(frozen=True)
class Jam:
    """When something starts and, unless open-ended (``13.00-selesai``), ends."""

    mulai: time
    selesai: time | None

    def __str__(self) -> str:
        end = self.selesai.strftime("%H.%M") if self.selesai else "selesai"
        return f"{self.mulai:%H.%M}–{end}"

    def label(self, zone: str) -> str:
        """As pages show it: ``08.00–12.00 WIB``, or ``13.00 WIB–selesai`` for an open end."""
        if self.selesai is None:
            return f"{self.mulai:%H.%M} {zone}–selesai"
        return f"{self} {zone}"


_CLOCK = r"(\d{1,2})[.:](\d{2})"
_UNTIL = r"(?:-|–|—|s\.?d\.?|s/d|sampai)"
_NOISE_WORDS = r"\b(pukul|jam|WIB|WITA|WIT)\b"
_JAM = re.compile(rf"^{_CLOCK}(?:\s*{_UNTIL}\s*(?:{_CLOCK}|(selesai)))?$", re.IGNORECASE)
_JAM_NOISE = re.compile(_NOISE_WORDS, re.IGNORECASE)  # "pukul 08.00 WIB - selesai"
JAM_RULE = "jam harus ditulis seperti 08.00-12.00 atau 13.00-selesai"
# The same shape before the noise words are taken out, for editors (JSON Schema).
_NOISE = rf"(?:\s*{_NOISE_WORDS})*"
_JAM_AS_WRITTEN = re.compile(
    rf"^{_NOISE}\s*{_CLOCK}{_NOISE}(?:\s*{_UNTIL}{_NOISE}\s*(?:{_CLOCK}|selesai){_NOISE})?\s*$", re.IGNORECASE
)


def _parse_jam(value: Any) -> Jam:
    if isinstance(value, Jam):
        return value
    if isinstance(value, int) and not isinstance(value, bool):  # an unquoted 8: eight o'clock
        return Jam(_clock(value, 0), None)
    if isinstance(value, float):  # an unquoted 08.30 is a number: its text as written is the time
        value = written_as(value) or f"{value:.2f}"
    if not isinstance(value, str):
        raise PydanticCustomError("kkg_jam", JAM_RULE)
    text = " ".join(_JAM_NOISE.sub(" ", value).split())
    match = _JAM.match(text)
    if match is None:
        clocks = re.findall(_CLOCK, text)
        suggestion = "-".join(f"{int(h):02d}.{m}" for h, m in clocks[:2]) if clocks else None
        raise PydanticCustomError("kkg_jam", JAM_RULE, {"suggestion": suggestion})
    start_hour, start_minute, end_hour, end_minute, _open_end = match.groups()
    start = _clock(int(start_hour), int(start_minute))
    end = _clock(int(end_hour), int(end_minute)) if end_hour else None
    if end is not None and end <= start:
        raise PydanticCustomError(
            "kkg_jam",
            "jam selesai ({end}) harus sesudah jam mulai ({start})",
            {"end": f"{end:%H.%M}", "start": f"{start:%H.%M}"},
        )
    return Jam(start, end)


def _clock(hour: int, minute: int) -> time:
    try:
        return time(hour, minute)
    except ValueError:
        raise PydanticCustomError(
            "kkg_jam", "jam {clock} tidak ada (jam 00-23, menit 00-59)", {"clock": f"{hour:02d}.{minute:02d}"}
        ) from None


# YAML reads an unquoted 08.30 as a number, which the validator takes too.
JamField = Annotated[
    Jam,
    PlainValidator(_parse_jam),
    text_schema(_JAM_AS_WRITTEN, JAM_RULE, type=["string", "number"], minimum=0, exclusiveMaximum=24),
]
"""``jam``: a time of day or a span of it, read as :class:`Jam`."""
