"""View data of the Program Kerja page and of the Laporan Kegiatan reports.

Activities (``index[Activities]``) and minutes (``index[Minutes]``) are read
through their collections; either type may be absent, and the pages then say
so instead of failing.
"""

from __future__ import annotations

from datetime import date

from ...index import SiteIndex
from ...people import PersonRef
from ...render import tanggal
from ...schoolyear import SchoolYear
from ..anggota.collection import Members
from ..kegiatan.collection import Activities
from ..kegiatan.model import Kegiatan
from ..kegiatan.views import Views
from ..notulen.collection import Minutes
from ..organisasi.collection import Organisasi
from ..pengurus.collection import Boards
from .collection import Programme
from .model import JANGKA_LABELS, Program
from .progress import STATE_LABELS, Period, item_state, periods_of
from .views import (
    ActivityLine,
    Attachment,
    DoneActivity,
    ItemView,
    Meeting,
    NotDone,
    Report,
    Row,
    Signatory,
    YearView,
)

OUTSIDE_PROGRAMME = "Kegiatan di luar program kerja"
# Done activities a report details (time, place, speakers, participants, results) before it
# only names them, with their dates and links, and leaves the details to its attachments: a
# year report to its semester reports, a semester report to the activities' own pages. A very
# active KKG (30 activities a semester with their results) weighs more on a phone than the page
# weight goal allows (first view 80 KB gzip with the theme's CSS and JS, repeat view 10 KB);
# on the benchmark portal, 14 activities with 800-character results and 14 meetings weigh
# 8.6 KB (repeat view), and each more activity about 0.18 KB.
DETAIL_BUDGET = 15


class _Context:
    """What pages need from the other collections, looked up once."""

    def __init__(self, index: SiteIndex) -> None:
        self.today: date = index.site.today
        self.activities = index.get(Activities)
        self.minutes = index.get(Minutes)
        self.members = index.get(Members)
        kkg = index[Organisasi].kkg
        assert kkg is not None, "pages are made only when kkg.yml is valid"
        self.kkg = kkg
        self._views = Views(index) if self.activities is not None else None

    def activities_in(self, period: Period) -> list[Kegiatan]:
        """The activities that start in ``period``."""
        if self.activities is None:
            return []
        return [a for a in self.activities.items if period.contains(a.first_day)]

    def activities_of(self, item_id: str) -> list[Kegiatan]:
        if self.activities is None:
            return []
        return [a for a in self.activities.items if a.program == item_id]

    def views(self) -> Views:
        """The activities' views; asked for only with an activity in hand, so the type is installed."""
        assert self._views is not None, "an activity without the kegiatan type"
        return self._views

    def line(self, activity: Kegiatan, day: date) -> ActivityLine:
        view = self.views().of(activity)
        return ActivityLine(activity.judul, view.url, view.dates, activity.status(day))

    def person(self, member_id: str | None) -> PersonRef | None:
        return self.members.person(member_id) if self.members is not None else None

    def signatory(self, above: str, role: str, member_id: str | None) -> Signatory:
        """A member signing: the NIP only when the member made it public."""
        person = self.person(member_id)
        member = self.members.get(member_id) if self.members is not None else None
        nip = member.public_contact().get("NIP") if member else None
        return Signatory(above, role, person.name if person else None, nip)


def programme_view(index: SiteIndex, programme: Programme) -> list[YearView]:
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


def report_view(index: SiteIndex, programme: Programme, period: Period) -> Report:
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
    return Report(
        kkg=kkg,
        period=period,
        as_of=as_of,
        complete=as_of == period.end,
        has_activities=context.activities is not None,
        has_minutes=context.minutes is not None,
        rows=rows,
        done=done,
        meetings=meetings,
        detailed=detailed,
        attachments=[] if detailed or period.semester else _attachments(context, period),
        not_done=not_done,
        budget=sum(item.anggaran or 0 for item in items),
        realised=sum(row.state_label == STATE_LABELS["terlaksana"] for row in rows),
        item_count=len(items),
        supervisor=Signatory("Mengetahui,", "Pengawas Sekolah", kkg.pengawas),
        chair=_chair(index, context, signed_at),
    )


def _done(activities: list[Kegiatan], as_of: date) -> list[Kegiatan]:
    return [a for a in activities if a.status(as_of) == "selesai"]


def _realisation(
    context: _Context, items: list[Program], done: list[DoneActivity], as_of: date
) -> tuple[list[Row], list[NotDone]]:
    """The realisation table (one row per item, then activities outside the programme) and
    the items that have not started by ``as_of``."""
    rows: list[Row] = []
    not_done: list[NotDone] = []
    for item in items:
        activities = context.activities_of(item.id)
        state = item_state(item, activities, as_of)
        done_here = [a for a in done if a.item_id == item.id]
        rows.append(
            Row(item.nama, item.waktu, context.person(item.penanggung_jawab), done_here, STATE_LABELS[state], state)
        )
        if state in ("belum", "tidak"):
            not_done.append(NotDone(item.nama, item.waktu, _reason_not_done(activities, as_of)))
    ids = {item.id for item in items}
    outside = [a for a in done if a.item_id not in ids]
    if outside:
        rows.append(Row(OUTSIDE_PROGRAMME, None, None, outside, None))
    return rows, not_done


def _done_activity(context: _Context, activity: Kegiatan) -> DoneActivity:
    view = context.views().of(activity)
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


def _chair(index: SiteIndex, context: _Context, signed_at: str) -> Signatory:
    """The ketua of the board in office on the build date: the report is signed when printed."""
    boards = index.get(Boards)
    board = boards.current(context.today) if boards else None
    return context.signatory(signed_at, f"Ketua {context.kkg.short_name}", board.ketua if board else None)


def _reason_not_done(activities: list[Kegiatan], as_of: date) -> str:
    """Why a programme item has not started by ``as_of``."""
    upcoming = [a for a in activities if not a.dibatalkan and a.status(as_of) == "akan datang"]
    if upcoming:
        return f"Dijadwalkan {tanggal(upcoming[0].first_day)}: {upcoming[0].judul}."
    cancelled = [a for a in activities if a.dibatalkan]
    if cancelled:
        return f"Kegiatan dibatalkan: {cancelled[-1].alasan or 'alasan tidak dicatat'}"
    return "Belum ada kegiatan yang tercatat untuk program ini."
