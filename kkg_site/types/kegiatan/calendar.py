"""Activities as iCalendar (RFC 5545): the feed teachers subscribe to, and one file per activity.

Times carry the KKG's zone (``TZID=Asia/Jakarta`` with its VTIMEZONE), so a
phone in another zone shows them right; an activity without ``jam`` is an
all-day event (one span over all its days); an activity over several days with
``jam`` is one event per day at those hours (``Kegiatan.sessions``), not one
event running through the nights; an open end ("13.00-selesai") ends after
``model.OPEN_END``. UIDs are derived from the activity id (and the day), so a
rebuilt feed updates the events a calendar already holds instead of duplicating them.

What Google Calendar (and its Android app) needs, all given here: ``METHOD:PUBLISH``,
``VERSION``/``PRODID``, CRLF line ends (icalendar writes them), a VTIMEZONE for every
TZID used, ``DTSTAMP`` and ``UID`` on every event, and the type ``text/calendar``
(GitHub Pages serves ``.ics`` so). Google's app does not import a downloaded file at
all, so each activity page links Google Calendar's own event form as well
(``ActivityView.google_calendar``).
"""

from __future__ import annotations

import re
from datetime import UTC, date, datetime, time, timedelta

from icalendar import Calendar, Event, Timezone, vCalAddress, vDuration

from ...fields import slugify
from .model import session_end
from .views import ActivityView, Views, plain_text

PRODID = "-//Portal KKG//Kegiatan//ID"


class CalendarWriter:
    """Writes the feed and the per-activity files.

    The zone's VTIMEZONE is slow to compute, so it is made once, spanning every
    activity, and shared by all files (the Indonesian zones have no daylight saving).
    """

    def __init__(self, context: Views, views: list[ActivityView]) -> None:
        self.context = context
        days = [day for view in views for day in (view.activity.first_day, view.activity.last_day)]
        self.zone = (
            Timezone.from_tzid(context.timezone, first_date=min(days), last_date=max(days) + timedelta(days=2))
            if days
            else None
        )

    def file(self, views: list[ActivityView], name: str) -> bytes:
        calendar = Calendar()
        calendar.add("prodid", PRODID)
        calendar.add("version", "2.0")
        calendar.add("calscale", "GREGORIAN")
        calendar.add("method", "PUBLISH")
        calendar.calendar_name = calendar_text(name)
        calendar.add("x-wr-timezone", self.context.timezone)
        # The site is rebuilt daily; clients need not poll more often.
        calendar.refresh_interval = timedelta(days=1)
        calendar["REFRESH-INTERVAL"].params["VALUE"] = "DURATION"  # required by RFC 7986
        calendar.add("x-published-ttl", vDuration(timedelta(days=1)))
        if self.zone is not None and any(view.activity.jam for view in views):
            calendar.add_component(self.zone)
        for view in views:
            for event in _events(view, self.context):
                calendar.add_component(event)
        return calendar.to_ical()


# RFC 5545 TEXT allows no control character but a tab; a title is one line, and a line
# break other than \n (a lone \r, NEL, the Unicode separators) would reach a client raw.
_LINE_BREAKS = re.compile(r"\r\n?|[\n\x0b\x0c\x85\u2028\u2029]")
_CONTROL = re.compile(r"[\x00-\x08\x0e-\x1f\x7f-\x9f]")


def calendar_text(text: str, *, lines: bool = False) -> str:
    """``text`` as an iCalendar TEXT value: control characters removed, line breaks as
    ``\n`` where ``lines`` are allowed (a description), as spaces elsewhere (names, titles)."""
    return _CONTROL.sub("", _LINE_BREAKS.sub("\n" if lines else " ", text))


def uid(activity_id: str, context: Views) -> str:
    return f"{activity_id}@{slugify(context.kkg.nama)}"


def _events(view: ActivityView, context: Views) -> list[Event]:
    sessions = view.activity.sessions(context.timezone)
    return [_event(view, context, start, end, day, len(sessions)) for day, (start, end) in enumerate(sessions, 1)]


def _event(
    view: ActivityView, context: Views, start: datetime | date, end: datetime | date, day: int, days: int
) -> Event:
    """Day ``day`` of ``days`` of an activity (one event per day with hours, else one all-day span)."""
    activity = view.activity
    event = Event()
    event.add("uid", uid(activity.id if days == 1 else f"{activity.id}-hari-{day}", context))
    # The build date, not the build time: rebuilding on one day gives the same file.
    event.add("dtstamp", datetime.combine(context.today, time(0), tzinfo=UTC))
    event.add("dtstart", start)
    # All-day: DTEND is the day after the last one.
    event.add("dtend", end if isinstance(end, datetime) else end + timedelta(days=1))
    title = activity.judul if days == 1 else f"{activity.judul} (hari {day} dari {days})"
    # Many calendar apps ignore STATUS in a subscribed feed; the title says it too.
    event.add("summary", calendar_text(f"Dibatalkan: {title}" if activity.dibatalkan else title))
    event.add("status", "CANCELLED" if activity.dibatalkan else "CONFIRMED")
    event.add("categories", [calendar_text(view.jenis_label)])
    if view.place:
        event.add("location", calendar_text(str(view.place)))
    event.add("description", calendar_text(_description(view), lines=True))
    if view.absolute_url:
        event.add("url", view.absolute_url)
    if context.kkg.surel:
        organizer = vCalAddress(f"mailto:{context.kkg.surel}")
        organizer.params["cn"] = context.kkg.nama
        event.add("organizer", organizer)
    return event


def _description(view: ActivityView) -> str:
    activity = view.activity
    lines = []
    if activity.dibatalkan:
        lines.append(f"Kegiatan ini dibatalkan. {activity.alasan or ''}".strip())
    if activity.jam is not None and activity.jam.selesai is None:
        lines.append(f"Jam: {view.times} (di kalender dicatat sampai {session_end(activity.jam):%H.%M}).")
    if activity.deskripsi:
        lines.append(plain_text(activity.deskripsi))
    if view.speakers:
        people = [s.person for s in view.speakers]
        names = [f"{p.name} ({p.affiliation})" if p.affiliation else p.name for p in people]
        lines.append("Narasumber: " + "; ".join(names))
    if activity.sasaran:
        lines.append(f"Sasaran: {activity.sasaran}")
    return "\n\n".join(lines)
