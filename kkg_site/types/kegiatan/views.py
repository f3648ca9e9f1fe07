"""What pages, the calendar and search engines show of an activity, prepared in Python:
frozen dataclasses the templates render, built by :class:`Views`."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from pathlib import Path
from typing import Any
from urllib.parse import quote, urlencode
from zoneinfo import ZoneInfo

from ...index import SiteIndex
from ...page import Link
from ...people import PersonRef
from ...share import Share, share
from ..anggota.collection import Members
from ..materi.collection import Materials
from ..organisasi.collection import Organisasi
from ..program.collection import Programme
from .collection import Activities, kind_url
from .model import AKAN_DATANG, BERLANGSUNG, BIDANG_LABELS, DIBATALKAN, JENIS_LABELS, Kegiatan, Narasumber


@dataclass(frozen=True)
class Speaker:
    person: PersonRef  # a member, or a guest with their institution
    topic: str | None


@dataclass(frozen=True)
class Place:
    name: str
    address: str | None

    def __str__(self) -> str:
        """Name and address on one line (calendars, the invitation)."""
        return ", ".join(p for p in (self.name, self.address) if p)


@dataclass(frozen=True)
class Photo:
    url: str
    width: int
    height: int
    alt: str
    source: Path


@dataclass(frozen=True)
class Filter:
    """A link of the list pages' filter by kind of activity."""

    label: str
    url: str
    current: bool


@dataclass(frozen=True)
class CalendarLinks:
    """An iCalendar file, and one-tap subscriptions to it when the site's address is known."""

    url: str  # site URL of the .ics file
    webcal: str | None = None  # Apple Calendar, Outlook
    google: str | None = None  # Google Calendar's "add by URL"


@dataclass(frozen=True)
class ActivityView:
    activity: Kegiatan
    url: str
    iso_date: str  # the first day, for <time datetime>
    status: str  # "akan datang", "sedang berlangsung", "selesai", "dibatalkan"
    status_label: str
    dates: str  # "Sabtu, 14 Maret 2026"; "Kamis–Sabtu, 16–18 Oktober 2025"
    times: str | None  # "08.00–12.00 WIB", "13.00 WIB–selesai"; None: all day
    when: str  # dates, time and zone: "Sabtu, 14 Maret 2026, 08.00–12.00 WIB"
    place: Place | None
    jenis_label: str
    jenis_url: str  # the list page of its kind
    bidang_label: str | None
    speakers: tuple[Speaker, ...]
    organiser: PersonRef | None
    photos: tuple[Photo, ...]
    calendar_url: str  # this activity alone, as an .ics file
    absolute_url: str | None  # the page's address, when the site URL is configured
    materials: tuple[Link, ...]
    programme: Link | None  # the programme item it belongs to
    span: tuple[str, str] | None  # first and last instant (ISO, zoned) for assets/kkg.js; None when cancelled
    share: Share | None  # the invitation text for a WhatsApp group (None without site_url)
    google_calendar: str  # Google Calendar's form for this activity, filled in

    @property
    def addable(self) -> bool:
        """Whether "Tambahkan ke kalender" makes sense: the activity is neither over nor cancelled."""
        return self.status in (AKAN_DATANG, BERLANGSUNG)

    @property
    def status_class(self) -> str:
        return self.status.replace(" ", "-")

    @property
    def summary(self) -> str:
        """One line for link previews and search results: when and where."""
        parts = [self.when, self.place.name if self.place else None]
        if self.status == DIBATALKAN:
            parts.append("Dibatalkan")
        return " · ".join(p for p in parts if p)


# A line break inside a Markdown paragraph (not before a blank line or a list item).
_SOFT_BREAK = re.compile(r"(?<!\n)\n(?!\n|\s*(?:[-*+]|\d+\.)\s)")


def plain_text(markdown: str) -> str:
    """Editor Markdown where only plain text is shown (calendar apps, search engines):
    Markdown reads well as it is, but paragraphs must not break mid-sentence."""
    return _SOFT_BREAK.sub(" ", markdown.strip())


class Views:
    """Builds :class:`ActivityView` objects from the site index."""

    def __init__(self, index: SiteIndex) -> None:
        self.activities = index[Activities]
        organisasi = index[Organisasi]
        kkg = organisasi.kkg
        assert kkg is not None, "data/kkg.yml has its own error, which stops the build before any page"
        self.kkg = kkg
        self.schools = organisasi.schools
        self.timezone: str = index.site.profile.timezone
        self.zone_label: str = self.kkg.zona_waktu
        self.members = index[Members]
        self.materials = index.get(Materials)
        self.programme = index.get(Programme)
        self.today: date = index.site.today
        self.absolute_url = index.site.absolute_url

    def of(self, activity: Kegiatan) -> ActivityView:
        status = activity.status(self.today)
        dates = self.activities.dates(activity)
        times = self.times(activity)
        place = self.place(activity.tempat)
        url = self.activities.url(activity.id)
        absolute_url = self.absolute_url(url)
        return ActivityView(
            activity=activity,
            url=url,
            iso_date=activity.first_day.isoformat(),
            status=status,
            status_label=status.capitalize(),
            dates=dates,
            times=times,
            when=f"{dates}, {times}" if times else dates,
            place=place,
            jenis_label=JENIS_LABELS[activity.jenis],
            jenis_url=kind_url(activity.jenis),
            bidang_label=BIDANG_LABELS[activity.bidang] if activity.bidang else None,
            speakers=tuple(self.speaker(s) for s in activity.narasumber),
            organiser=self.members.person(activity.penanggung_jawab),
            photos=self.photos(activity),
            calendar_url=self.activities.calendar_url(activity.id),
            absolute_url=absolute_url,
            materials=self.material_links(activity.materi),
            programme=self.programme_link(activity.program),
            span=self.span(activity),
            share=share(self.invitation(activity, status, dates, times, place), absolute_url),
            google_calendar=self.google_calendar(activity, times, place, absolute_url),
        )

    def span(self, activity: Kegiatan) -> tuple[str, str] | None:
        """When the activity starts and ends, to the minute where ``jam`` says so, for the
        status shown at view time; a day without hours counts whole, an open end lasts ``model.OPEN_END``."""
        if activity.dibatalkan:
            return None
        zone = ZoneInfo(self.timezone)
        start, end = activity.starts_at(self.timezone), activity.ends_at(self.timezone)
        if not isinstance(start, datetime):
            start = datetime.combine(start, time(0), tzinfo=zone)
        if not isinstance(end, datetime):
            end = datetime.combine(end + timedelta(days=1), time(0), tzinfo=zone)
        return start.isoformat(), end.isoformat()

    def times(self, activity: Kegiatan) -> str | None:
        return activity.jam.label(self.zone_label) if activity.jam else None

    def invitation(self, activity: Kegiatan, status: str, dates: str, times: str | None, place: Place | None) -> str:
        """The message a secretary posts in the group (WhatsApp's *bold*); the link follows it."""
        heading = {AKAN_DATANG: "Undangan", BERLANGSUNG: "Undangan", DIBATALKAN: "Dibatalkan:"}.get(status, "Kegiatan")
        lines = [f"{heading} {self.kkg.short_name}", f"*{activity.judul}*", f"Hari, tanggal: {dates}"]
        if times:
            lines.append(f"Waktu: {times}")
        if place:
            lines.append(f"Tempat: {place}")
        return "\n".join(lines)

    def google_calendar(self, activity: Kegiatan, times: str | None, place: Place | None, url: str | None) -> str:
        """Google Calendar's "new event" form filled in with this activity, in the KKG's zone
        (``ctz``). Over several days with hours it is one span, the daily hours in the details."""
        sessions = activity.sessions(self.timezone)
        start, end = sessions[0][0], sessions[-1][1]
        if isinstance(start, datetime):
            dates = f"{start:%Y%m%dT%H%M%S}/{end:%Y%m%dT%H%M%S}"
        else:  # all day: the end is exclusive
            dates = f"{start:%Y%m%d}/{end + timedelta(days=1):%Y%m%d}"
        details = [f"Setiap hari pukul {times}." if len(sessions) > 1 and times else None, url]
        query = {
            "action": "TEMPLATE",
            "text": activity.judul,
            "dates": dates,
            "details": "\n".join(d for d in details if d),
            "location": str(place or ""),
            "ctz": self.timezone,
        }
        return "https://calendar.google.com/calendar/render?" + urlencode(query, quote_via=quote)

    def place(self, tempat: str | None) -> Place | None:
        """``tempat`` is a school id (name and address from data/sekolah.yml) or free text."""
        if not tempat:
            return None
        school = self.schools.get(tempat)
        return Place(school.nama, school.alamat) if school else Place(tempat, None)

    def speaker(self, speaker: Narasumber) -> Speaker:
        """A member (linked, with their school) or a guest (with their institution)."""
        if speaker.anggota is None:
            person = PersonRef(speaker.nama or "", affiliation=speaker.lembaga)
        else:  # an unknown member id has stopped the build in the link phase
            person = self.members.person(speaker.anggota) or PersonRef(speaker.anggota)
        return Speaker(person, speaker.topik)

    def photos(self, activity: Kegiatan) -> tuple[Photo, ...]:
        """Documentation photos, published beside the activity's page as foto-1.jpg, foto-2.png, …"""
        return tuple(
            Photo(
                f"{self.activities.url(activity.id)}foto-{n}{image.path.suffix.lower()}",
                image.width,
                image.height,
                f"Dokumentasi {activity.judul}, foto {n}",
                image.path,
            )
            for n, image in enumerate(self.activities.photos.get(activity.id, []), start=1)
        )

    def material_links(self, ids: list[str]) -> tuple[Link, ...]:
        """The materials shared at the activity (``index[Materials]``, when that type is installed)."""
        if self.materials is None:
            return ()
        return tuple(
            Link(getattr(self.materials.get(i), "judul", None) or i, self.materials.url(i))
            for i in ids
            if i in self.materials
        )

    def programme_link(self, item_id: str | None) -> Link | None:
        """A link to the programme item (``index[Programme]``, when that type is installed)."""
        if item_id is None or self.programme is None or item_id not in self.programme:
            return None
        return Link(getattr(self.programme.get(item_id), "nama", None) or item_id, self.programme.url(item_id))

    def calendar_links(self, url: str) -> CalendarLinks:
        absolute = self.absolute_url(url)
        if absolute is None:
            return CalendarLinks(url)
        webcal = "webcal://" + absolute.split("://", 1)[1]
        return CalendarLinks(url, webcal, "https://calendar.google.com/calendar/render?cid=" + quote(webcal, safe=""))

    def json_ld(self, view: ActivityView) -> dict[str, Any]:
        """A schema.org Event (https://schema.org/Event) for search engines."""
        activity = view.activity
        event: dict[str, Any] = {
            "@type": "Event",
            "name": activity.judul,
            "startDate": activity.starts_at(self.timezone).isoformat(),
            "eventStatus": "https://schema.org/EventCancelled"
            if activity.dibatalkan
            else "https://schema.org/EventScheduled",
            "eventAttendanceMode": "https://schema.org/OfflineEventAttendanceMode",
            "description": plain_text(activity.deskripsi) if activity.deskripsi else view.summary,
            "inLanguage": "id",
            "organizer": _without_empty(
                {"@type": "Organization", "name": self.kkg.nama, "email": self.kkg.surel, "url": self.absolute_url("")}
            ),
        }
        if view.absolute_url:
            event["url"] = view.absolute_url
        images = [self.absolute_url(photo.url) for photo in view.photos]
        if images and all(images):
            event["image"] = images
        event["endDate"] = activity.ends_at(self.timezone).isoformat()
        if view.place:
            address = {
                "@type": "PostalAddress",
                "streetAddress": view.place.address or view.place.name,
                "addressLocality": self.kkg.kecamatan,
                "addressRegion": self.kkg.provinsi,
                "addressCountry": "ID",
            }
            event["location"] = {
                "@type": "Place",
                "name": view.place.name,
                "address": {k: v for k, v in address.items() if v},
            }
        if view.speakers:
            event["performer"] = [_schema_person(s.person) for s in view.speakers]
        return event


def _without_empty(data: dict[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in data.items() if value}


def _schema_person(person: PersonRef) -> dict[str, Any]:
    found: dict[str, Any] = {"@type": "Person", "name": person.name}
    if person.affiliation:
        found["affiliation"] = {"@type": "Organization", "name": person.affiliation}
    return found
