"""View data of the Program Kerja page and of the Laporan Kegiatan reports.

Activities (``index[Activities]``) and minutes (``index[Minutes]``) are read
through their collections; either type may be absent, and the pages then say
so instead of failing.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import TYPE_CHECKING, Any

from ...render import tanggal
from ...schoolyear import SchoolYear
from ..anggota.collection import Members, member_url
from ..kegiatan.collection import Activities
from ..notulen.collection import Minutes
from ..organisasi.collection import Organisasi
from ..pengurus.collection import Boards
from .model import JANGKA_LABELS, Program
from .progress import STATE_LABELS, Period, item_state, periods_of

if TYPE_CHECKING:
    from .collection import Programme

OUTSIDE_PROGRAMME = "Kegiatan di luar program kerja"
# Done activities a report details (time, place, speakers, participants, results) before it
# only names them, with their dates and links, and leaves the details to its attachments: a
# year report to its semester reports, a semester report to the activities' own pages. A very
# active KKG (30 activities a semester with their results) weighs more on a phone than the page
# weight goal allows (first view 80 KB gzip with the theme's CSS and JS, repeat view 10 KB);
# on the benchmark portal, 14 activities with 800-character results and 14 meetings weigh
# 8.6 KB (repeat view), and each more activity about 0.18 KB.
DETAIL_BUDGET = 15


@dataclass(frozen=True)
class Person:
    name: str
    url: str | None
    nip: str | None = None  # only when the member made it public


@dataclass(frozen=True)
class ActivityLine:
    """An activity as one line in a list or table cell."""

    title: str
    url: str
    dates: str
    status: str  # on the day the page or report describes


@dataclass
class ItemView:
    item: Program
    anchor: str
    jangka: str
    state: str
    state_label: str
    person: Person | None
    activities: list[ActivityLine]


@dataclass
class YearView:
    year: SchoolYear
    anchor: str
    running: bool
    items: list[ItemView]
    budget: int
    counts: dict[str, int]  # state label -> number of items
    reports: list[tuple[str, str]]  # (label, url)


@dataclass
class Row:
    """A row of the realisation table."""

    name: str
    waktu: str | None
    person: str | None
    done: list[DoneActivity]
    state_label: str | None  # None for activities outside the programme
    state: str | None = None  # its CSS modifier, as on the Program Kerja page


@dataclass
class DoneActivity:
    title: str
    url: str
    dates: str
    place: str | None
    speakers: list[str]
    participants: int | None
    item_id: str | None  # the programme item it belongs to
    results: str | None  # Markdown written by the editor


@dataclass
class Meeting:
    """A row of the meetings table; the minutes themselves are the report's attachments."""

    title: str
    url: str
    day: date
    present: int
    decisions: int


@dataclass
class NotDone:
    what: str
    planned: str | None
    reason: str


@dataclass
class Signatory:
    above: str  # the line above the role: "Mengetahui," or place and date
    role: str
    name: str | None
    nip: str | None = None


@dataclass
class Attachment:
    """A semester report attached to a year report that only names its activities."""

    label: str
    url: str
    activities: int
    meetings: int


class _Context:
    """What pages need from the other collections, looked up once."""

    def __init__(self, index: Any) -> None:
        self.today: date = index.site.today
        self.activities = index.get(Activities)
        self.minutes = index.get(Minutes)
        self.members = index.get(Members)
        self.kkg = index[Organisasi].kkg
        self.views = None
        if self.activities is not None:
            from ..kegiatan.views import Views  # only importable use when the type is installed

            self.views = Views(index)

    def activities_in(self, period: Period) -> list[Any]:
        """The activities that start in ``period``."""
        if self.activities is None:
            return []
        return [a for a in self.activities.items if period.contains(a.first_day)]

    def activities_of(self, item_id: str) -> list[Any]:
        if self.activities is None:
            return []
        return [a for a in self.activities.items if a.program == item_id]

    def line(self, activity: Any, day: date) -> ActivityLine:
        view = self.views.of(activity)
        return ActivityLine(activity.judul, view.url, view.dates, activity.status(day))

    def person(self, member_id: str | None) -> Person | None:
        member = self.members.get(member_id) if self.members is not None else None
        if member is None:
            return None
        return Person(member.nama, member_url(member.id), member.public_contact().get("NIP"))


def programme_view(index: Any, programme: Programme) -> list[YearView]:
    """The Program Kerja page: each school year, newest first, with its items' state today."""
    context = _Context(index)
    running = SchoolYear.of(context.today)
    years = []
    for year in programme.years:
        items = []
        for item in programme.of_year(year):
            activities = context.activities_of(item.id)
            state = item_state(item, activities, context.today)
            items.append(
                ItemView(
                    item=item,
                    anchor=item.id,
                    jangka=JANGKA_LABELS[item.jangka],
                    state=state,
                    state_label=STATE_LABELS[state],
                    person=context.person(item.penanggung_jawab),
                    activities=[context.line(a, context.today) for a in activities],
                )
            )
        years.append(
            YearView(
                year=year,
                anchor=f"ta-{year.slug}",
                running=year == running,
                items=items,
                budget=sum(item.anggaran or 0 for item in programme.of_year(year)),
                counts={label: sum(i.state == state for i in items) for state, label in STATE_LABELS.items()},
                reports=[(period.label, period.url) for period in periods_of(year, context.today)],
            )
        )
    return years


def report_view(index: Any, programme: Programme, period: Period) -> dict[str, Any]:
    """Everything the Laporan Kegiatan of ``period`` shows, as of its last day (or today).

    Meetings are a table (their minutes are attachments); done activities are detailed while
    they fit ``DETAIL_BUDGET``, otherwise named, and a year report attaches its semester reports."""
    context = _Context(index)
    as_of = period.as_of(context.today)
    in_period = context.activities_in(period)
    done = [_done_activity(context, activity) for activity in _done(in_period, as_of)]
    meetings = _meetings(context, period, as_of)
    items = programme.of_year(period.year)
    rows, not_done = _realisation(context, items, done, as_of)
    not_done += [
        NotDone(f"{a.judul} (dibatalkan)", tanggal(a.first_day), a.alasan or "Alasan pembatalan tidak dicatat.")
        for a in in_period
        if a.dibatalkan
    ]
    detailed = len(done) <= DETAIL_BUDGET
    kkg = context.kkg
    signed_at = f"{kkg.kecamatan or kkg.kabupaten or ''}, {tanggal(context.today, 'd MMMM y')}".lstrip(", ")
    return {
        "kkg": kkg,
        "period": period,
        "as_of": as_of,
        "complete": as_of == period.end,
        "has_activities": context.activities is not None,
        "has_minutes": context.minutes is not None,
        "rows": rows,
        "done": done,
        "meetings": meetings,
        "detailed": detailed,
        "attachments": [] if detailed or period.semester else _attachments(context, period),
        "not_done": not_done,
        "budget": sum(item.anggaran or 0 for item in items),
        "realised": sum(row.state_label == STATE_LABELS["terlaksana"] for row in rows),
        "item_count": len(items),
        "supervisor": Signatory("Mengetahui,", "Pengawas Sekolah", kkg.pengawas),
        "chair": _chair(index, context, signed_at),
    }


def _done(activities: list[Any], as_of: date) -> list[Any]:
    return [a for a in activities if a.status(as_of) == "selesai"]


def _realisation(
    context: _Context, items: list[Program], done: list[DoneActivity], as_of: date
) -> tuple[list[Row], list[NotDone]]:
    """The realisation table (one row per item, then activities outside the programme) and
    the items that have not started by ``as_of``."""
    rows, not_done = [], []
    for item in items:
        activities = context.activities_of(item.id)
        state = item_state(item, activities, as_of)
        person = context.person(item.penanggung_jawab)
        done_here = [a for a in done if a.item_id == item.id]
        rows.append(Row(item.nama, item.waktu, person.name if person else None, done_here, STATE_LABELS[state], state))
        if state in ("belum", "tidak"):
            not_done.append(NotDone(item.nama, item.waktu, _reason_not_done(activities, as_of)))
    ids = {item.id for item in items}
    outside = [a for a in done if a.item_id not in ids]
    if outside:
        rows.append(Row(OUTSIDE_PROGRAMME, None, None, outside, None))
    return rows, not_done


def _done_activity(context: _Context, activity: Any) -> DoneActivity:
    view = context.views.of(activity)
    return DoneActivity(
        title=activity.judul,
        url=view.url,
        dates=view.dates,
        place=view.place.name if view.place else None,
        speakers=[
            f"{s.person.name} ({s.person.affiliation})" if s.person.affiliation else s.person.name
            for s in view.speakers
        ],
        participants=activity.jumlah_peserta,
        item_id=activity.program,
        results=activity.laporan,
    )


def _attachments(context: _Context, year_report: Period) -> list[Attachment]:
    """The semester reports of the year report's school year that have begun, with what they detail."""
    attachments = []
    for semester in periods_of(year_report.year, context.today):
        if semester.semester is not None:
            as_of = semester.as_of(context.today)
            activities = len(_done(context.activities_in(semester), as_of))
            meetings = len(_meetings(context, semester, as_of))
            attachments.append(Attachment(semester.label, semester.url, activities, meetings))
    return attachments


def _meetings(context: _Context, period: Period, as_of: date) -> list[Meeting]:
    """Meetings of the period held by ``as_of``, oldest first like the rest of the report."""
    if context.minutes is None:
        return []
    return [
        Meeting(
            title=meeting.judul,
            url=context.minutes.url(meeting.id),
            day=meeting.tanggal,
            present=len(meeting.hadir),
            decisions=len(meeting.keputusan),
        )
        for meeting in reversed(context.minutes.published)
        if period.contains(meeting.tanggal) and meeting.tanggal <= as_of
    ]


def _chair(index: Any, context: _Context, signed_at: str) -> Signatory:
    """The ketua of the board in office on the build date: the report is signed when printed."""
    boards = index.get(Boards)
    board = boards.current(context.today) if boards else None
    chair = context.person(board.ketua) if board else None
    return Signatory(
        signed_at, f"Ketua {context.kkg.short_name}", chair.name if chair else None, chair.nip if chair else None
    )


def _reason_not_done(activities: list[Any], as_of: date) -> str:
    """Why a programme item has not started by ``as_of``."""
    upcoming = [a for a in activities if not a.dibatalkan and a.status(as_of) == "akan datang"]
    if upcoming:
        return f"Dijadwalkan {tanggal(upcoming[0].first_day)}: {upcoming[0].judul}."
    cancelled = [a for a in activities if a.dibatalkan]
    if cancelled:
        return f"Kegiatan dibatalkan: {cancelled[-1].alasan or 'alasan tidak dicatat'}"
    return "Belum ada kegiatan yang tercatat untuk program ini."
