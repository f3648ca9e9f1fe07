"""What the Program Kerja page, its Beranda section and the Laporan Kegiatan reports render."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from ...people import PersonRef
from ...schoolyear import SchoolYear
from ..organisasi.model import KKG
from .model import Program
from .progress import Period


@dataclass(frozen=True)
class ActivityLine:
    """An activity as one line in a list or table cell."""

    title: str
    url: str
    dates: str
    status: str  # on the day the page or report describes


@dataclass(frozen=True)
class ItemView:
    item: Program
    anchor: str
    jangka: str
    state: str
    state_label: str
    person: PersonRef | None  # the member responsible
    activities: list[ActivityLine]


@dataclass(frozen=True)
class YearView:
    year: SchoolYear
    anchor: str
    running: bool
    items: list[ItemView]
    budget: int
    counts: dict[str, int]  # state label -> number of items
    reports: list[tuple[str, str]]  # (label, url)


@dataclass(frozen=True)
class DoneActivity:
    title: str
    url: str
    dates: str
    place: str | None
    speakers: list[str]  # "name (institution)"
    participants: int | None
    item_id: str | None  # the programme item it belongs to
    results: str | None  # Markdown written by the editor


@dataclass(frozen=True)
class Row:
    """A row of the realisation table."""

    name: str
    waktu: str | None
    person: PersonRef | None
    done: list[DoneActivity]
    state_label: str | None  # None for activities outside the programme
    state: str | None = None  # its CSS modifier, as on the Program Kerja page


@dataclass(frozen=True)
class Meeting:
    """A row of the meetings table; the minutes themselves are the report's attachments."""

    title: str
    url: str
    day: date
    present: int
    decisions: int


@dataclass(frozen=True)
class NotDone:
    what: str
    planned: str | None
    reason: str


@dataclass(frozen=True)
class Signatory:
    """A signature under the report. A member's NIP is shown only when the member made it public."""

    above: str  # the line above the role: "Mengetahui," or place and date
    role: str
    name: str | None
    nip: str | None = None


@dataclass(frozen=True)
class Attachment:
    """A semester report attached to a year report that only names its activities."""

    label: str
    url: str
    activities: int
    meetings: int


@dataclass(frozen=True)
class Report:
    """A Laporan Kegiatan: everything it shows, as of its period's last day (or today)."""

    kkg: KKG
    period: Period
    as_of: date
    complete: bool  # the period is over: not a provisional report
    has_activities: bool  # the kegiatan type is installed
    has_minutes: bool  # the notulen type is installed
    rows: list[Row]
    done: list[DoneActivity]
    meetings: list[Meeting]
    detailed: bool  # done activities detailed (within DETAIL_BUDGET), else named
    attachments: list[Attachment]
    not_done: list[NotDone]
    budget: int
    realised: int  # items carried out
    item_count: int
    supervisor: Signatory
    chair: Signatory
