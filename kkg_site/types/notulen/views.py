"""View data for the minutes pages: everything the templates show, computed here."""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from datetime import date

from markupsafe import Markup

from ...archive import Archive, Year, by_year
from ...index import SiteIndex
from ...page import Link, PageMeta, relative_href
from ...people import PersonRef
from ...render import tanggal
from ...search import SearchMeta
from ...share import Share, share
from ..anggota.collection import Members
from ..kegiatan.collection import Activities
from ..organisasi.collection import Organisasi
from .collection import FEED_PATH, INDEX_URL, REGISTER_URL, Minutes, minutes_url, tracker_anchor
from .model import ItemStatus, Notulen, TindakLanjut

# Entries on a list page before its older years move to pages of their own (kkg_site.archive):
# a year of a large KKG is about 50 meetings and 150 decisions.
INDEX_BUDGET = 80
REGISTER_BUDGET = 120
# Done action items on the tracker, most recently done first; older ones are counted
# there and stay on their meeting's page, so the tracker's size follows the open work.
TRACKER_DONE_BUDGET = 80
SCRIPT = "notulen/notulen.js"  # static/notulen.js: the decision register's filter (print buttons: assets/kkg.js)

STATUS_LABELS: dict[ItemStatus, str] = {"terlambat": "Terlambat", "terbuka": "Belum selesai", "selesai": "Selesai"}
STATUS_ORDER: dict[ItemStatus, int] = {"terlambat": 0, "terbuka": 1, "selesai": 2}


@dataclass(frozen=True)
class ItemView:
    """An action item as the meeting page and the tracker show it (worded alike on both)."""

    item: TindakLanjut
    status: ItemStatus
    label: str
    days_late: int | None
    pj: PersonRef | None
    meeting: Notulen
    url: str  # the meeting's page


@dataclass(frozen=True)
class MeetingView:
    """What a meeting's page shows besides the record itself."""

    waktu: str | None
    pimpinan: PersonRef | None
    notulis: PersonRef | None
    hadir: list[PersonRef]
    izin: list[PersonRef]
    tindak_lanjut: list[ItemView]
    activity: Link | None
    share: Share | None
    place: str | None


@dataclass(frozen=True)
class Decision:
    text: str
    meeting: Notulen


@dataclass(frozen=True)
class DecisionGroup:
    """The decisions of one meeting on the register, under its title, date and link."""

    meeting: Notulen
    url: str
    decisions: list[str]


@dataclass(frozen=True)
class RegisterYear:
    year: int | str
    slug: str
    meetings: list[DecisionGroup]


@dataclass(frozen=True)
class PersonItems:
    """One person's action items on the tracker."""

    person: PersonRef | None
    anchor: str
    open: list[ItemView]
    done: list[ItemView]  # the most recently done ones (TRACKER_DONE_BUDGET over everyone)
    done_earlier: int


@dataclass(frozen=True)
class TrackerView:
    overdue: list[ItemView]
    people: list[PersonItems]
    counts: dict[ItemStatus, int]


def waktu(meeting: Notulen, zone: str) -> str | None:
    """``08.00–11.30 WIB`` or ``13.00 WIB–selesai``."""
    return meeting.jam.label(zone) if meeting.jam else None


def summary(meeting: Notulen) -> str:
    """One line about a meeting, for descriptions, the feed and link previews."""
    kind = meeting.jenis or "rapat"
    parts = [f"{kind[:1].upper()}{kind[1:]}, {tanggal(meeting.tanggal)}"]
    if meeting.tempat:
        parts[0] += f", {meeting.tempat}"
    parts.append(f"{len(meeting.hadir)} hadir")
    parts.append(f"{len(meeting.keputusan)} keputusan")
    return " · ".join(parts) + "."


def feed_link(url: str) -> Markup:
    """The feed's <link> for the <head> of a minutes page, relative to that page. Its rel is
    "alternate feed", not "alternate" alone: Material's script takes every
    link[rel=alternate] for a language version and fetches a sitemap.xml beside it (a 404)."""
    href = relative_href(url, FEED_PATH)
    return Markup(f'<link rel="alternate feed" type="application/atom+xml" title="Notulen rapat" href="{href}">')


def feed_meta(url: str) -> PageMeta:
    return PageMeta(head=feed_link(url))


def register_meta(url: str) -> PageMeta:
    return PageMeta(head=feed_link(url), scripts=(SCRIPT,), search=SearchMeta(kind="Notulen"))


def share_text(meeting: Notulen) -> str:
    """What a member posts in the group: the meeting's title and day."""
    return f"Notulen {meeting.judul} ({tanggal(meeting.tanggal)})"


def _people(members: Members, member_ids: list[str]) -> list[PersonRef]:
    return [person for person in map(members.person, member_ids) if person is not None]


def meeting_view(meeting: Notulen, index: SiteIndex) -> MeetingView:
    members = index[Members]
    kkg = index[Organisasi].kkg
    assert kkg is not None, "no pages are made while data/kkg.yml has errors"
    activities = index.get(Activities)
    return MeetingView(
        waktu=waktu(meeting, kkg.zona_waktu),
        pimpinan=members.person(meeting.pimpinan),
        notulis=members.person(meeting.notulis),
        hadir=_people(members, meeting.hadir),
        izin=_people(members, meeting.izin),
        # worded as in the tracker: an overdue item is "Terlambat" on both pages
        tindak_lanjut=[_item_view(item, meeting, index.site.today, members) for item in meeting.tindak_lanjut],
        activity=activities.link(meeting.kegiatan) if activities else None,
        share=share(share_text(meeting), index.site.absolute_url(minutes_url(meeting.id))),
        place=kkg.kecamatan,
    )


def index_view(minutes: Minutes) -> Archive[Notulen]:
    """Meetings by year, newest year and newest meeting first."""
    return by_year(minutes.published, lambda meeting: meeting.tanggal.year, INDEX_URL, INDEX_BUDGET)


def register_view(minutes: Minutes) -> Archive[Decision]:
    """Every decision of every published meeting by year, newest meeting first, in the meeting's order."""
    decisions = [Decision(text, meeting) for meeting in minutes.published for text in meeting.keputusan]
    return by_year(decisions, lambda decision: decision.meeting.tanggal.year, REGISTER_URL, REGISTER_BUDGET)


def register_year(year: Year[Decision]) -> RegisterYear:
    """A year of the register with its decisions under their meetings, numbered as in the
    minutes: a meeting's title, date and link are written once, however many decisions it took."""
    groups: list[DecisionGroup] = []
    for decision in year.entries:
        if not groups or groups[-1].meeting is not decision.meeting:
            groups.append(DecisionGroup(decision.meeting, minutes_url(decision.meeting.id), []))
        groups[-1].decisions.append(decision.text)
    return RegisterYear(year.year, year.slug, groups)


def _item_view(item: TindakLanjut, meeting: Notulen, today: date, members: Members) -> ItemView:
    status = item.status(today)
    return ItemView(
        item=item,
        status=status,
        label=STATUS_LABELS[status],
        days_late=(today - item.tenggat).days if status == "terlambat" and item.tenggat else None,
        pj=members.person(item.pj),
        meeting=meeting,
        url=minutes_url(meeting.id),
    )


def tracker_view(minutes: Minutes, today: date, members: Members) -> TrackerView:
    """Action items: the overdue ones first, then everyone's items grouped by person."""
    items = [_item_view(item, meeting, today, members) for meeting, item in minutes.action_items]
    overdue = sorted(
        (v for v in items if v.status == "terlambat"), key=lambda v: (v.item.tenggat or date.max, v.item.tugas)
    )
    done = sorted((v for v in items if v.status == "selesai"), key=lambda v: v.item.selesai or date.min, reverse=True)
    shown_done = {id(view) for view in done[:TRACKER_DONE_BUDGET]}
    by_person: dict[str, list[ItemView]] = defaultdict(list)
    for view in items:
        by_person[view.item.pj].append(view)
    people = []
    for member_id, views in by_person.items():
        views.sort(key=lambda v: (STATUS_ORDER[v.status], v.item.tenggat or date.max, v.meeting.tanggal))
        people.append(
            PersonItems(
                person=members.person(member_id),
                anchor=tracker_anchor(member_id),
                open=[v for v in views if v.status != "selesai"],
                done=[v for v in views if id(v) in shown_done],
                done_earlier=sum(v.status == "selesai" and id(v) not in shown_done for v in views),
            )
        )
    people.sort(key=lambda p: p.person.name if p.person else "")
    counts = {status: sum(v.status == status for v in items) for status in STATUS_ORDER}
    return TrackerView(overdue, people, counts)
