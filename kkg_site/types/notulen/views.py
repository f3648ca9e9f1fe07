"""View data for the minutes pages: everything the templates show, computed here."""

from __future__ import annotations

from collections import defaultdict
from datetime import date
from typing import Any

from markupsafe import Markup

from ...archive import Archive, Year, by_year
from ...opendata import link
from ...page import PageMeta, relative_href
from ...render import tanggal
from ...search import SearchMeta
from ...share import share
from ..anggota.collection import Members, member_reference, member_url
from ..kegiatan.collection import Activities
from ..organisasi.collection import Organisasi
from .collection import Minutes, minutes_url
from .model import Notulen, TindakLanjut

INDEX_URL = "notulen/"
REGISTER_URL = "notulen/keputusan/"
TRACKER_URL = "notulen/tindak-lanjut/"
# Entries on a list page before its older years move to pages of their own (kkg_site.archive):
# a year of a large KKG is about 50 meetings and 150 decisions.
INDEX_BUDGET = 80
REGISTER_BUDGET = 120
# Done action items on the tracker, most recently done first; older ones are counted
# there and stay on their meeting's page, so the tracker's size follows the open work.
TRACKER_DONE_BUDGET = 80
FEED_PATH = "notulen/feed.xml"
SCRIPT = "notulen/notulen.js"  # static/notulen.js: the decision register's filter (print buttons: assets/kkg.js)

STATUS_LABELS = {"terlambat": "Terlambat", "terbuka": "Belum selesai", "selesai": "Selesai"}


def person(members, member_id: str | None) -> dict[str, str] | None:
    member = members.get(member_id)
    if member is None:
        return None
    return {"name": member.nama, "url": member_url(member.id)}


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


def script_tag(url: str) -> Markup:
    """The minutes script for the <head> of a page that has its controls; deferred, so it
    does not hold up the page."""
    return Markup(f'<script src="{relative_href(url, SCRIPT)}" defer></script>')


def register_meta(url: str) -> PageMeta:
    return PageMeta(head=feed_link(url) + "\n" + script_tag(url), search=SearchMeta(kind="Notulen"))


def share_text(meeting: Notulen) -> str:
    """What a member posts in the group: the meeting's title and day."""
    return f"Notulen {meeting.judul} ({tanggal(meeting.tanggal)})"


def meeting_view(meeting: Notulen, index) -> dict[str, Any]:
    members = index[Members]
    kkg = index[Organisasi].kkg
    activities = index.get(Activities)
    activity = activities.get(meeting.kegiatan) if activities is not None and meeting.kegiatan else None
    return {
        "meeting": meeting,
        "waktu": waktu(meeting, kkg.zona_waktu),
        "pimpinan": person(members, meeting.pimpinan),
        "notulis": person(members, meeting.notulis),
        "hadir": [person(members, member_id) for member_id in meeting.hadir],
        "izin": [person(members, member_id) for member_id in meeting.izin],
        # worded as in the tracker: an overdue item is "Terlambat" on both pages
        "tindak_lanjut": [_item_view(item, meeting, index.site.today, members) for item in meeting.tindak_lanjut],
        "activity": {"title": activity.judul, "url": activities.url(meeting.kegiatan)} if activity else None,
        "share": share(share_text(meeting), index.site.absolute_url(minutes_url(meeting.id))),
        "feed_url": FEED_PATH,
        "place": kkg.kecamatan,
    }


def index_view(minutes: Minutes) -> Archive[Notulen]:
    """Meetings by year, newest year and newest meeting first."""
    return by_year(minutes.published, lambda meeting: meeting.tanggal.year, INDEX_URL, INDEX_BUDGET)


def register_view(minutes: Minutes) -> Archive[dict[str, Any]]:
    """Every decision of every published meeting by year, newest meeting first, in the meeting's order."""
    decisions = [{"text": text, "meeting": meeting} for meeting in minutes.published for text in meeting.keputusan]
    return by_year(decisions, lambda decision: decision["meeting"].tanggal.year, REGISTER_URL, REGISTER_BUDGET)


def register_year(year: Year[dict[str, Any]]) -> dict[str, Any]:
    """A year of the register with its decisions under their meetings, numbered as in the
    minutes: a meeting's title, date and link are written once, however many decisions it took."""
    meetings: list[dict[str, Any]] = []
    for decision in year.entries:
        meeting = decision["meeting"]
        if not meetings or meetings[-1]["meeting"] is not meeting:
            meetings.append({"meeting": meeting, "url": minutes_url(meeting.id), "decisions": []})
        meetings[-1]["decisions"].append(decision["text"])
    return {"year": year.year, "slug": year.slug, "meetings": meetings}


def _item_view(item: TindakLanjut, meeting: Notulen, today: date, members) -> dict[str, Any]:
    status = item.status(today)
    return {
        "item": item,
        "status": status,
        "label": STATUS_LABELS[status],
        "days_late": (today - item.tenggat).days if status == "terlambat" else None,
        "pj": person(members, item.pj),
        "meeting": meeting,
        "url": minutes_url(meeting.id),
    }


def tracker_view(minutes: Minutes, today: date, members) -> dict[str, Any]:
    """Action items: the overdue ones first, then everyone's items grouped by person."""
    items = [_item_view(item, meeting, today, members) for meeting, item in minutes.action_items]
    overdue = sorted(
        (v for v in items if v["status"] == "terlambat"), key=lambda v: (v["item"].tenggat, v["item"].tugas)
    )
    done = sorted((v for v in items if v["status"] == "selesai"), key=lambda v: v["item"].selesai, reverse=True)
    shown_done = {id(view) for view in done[:TRACKER_DONE_BUDGET]}
    by_person: dict[str, list[dict[str, Any]]] = defaultdict(list)
    for view in items:
        by_person[view["item"].pj].append(view)
    order = {"terlambat": 0, "terbuka": 1, "selesai": 2}
    people = []
    for member_id, views in by_person.items():
        views.sort(key=lambda v: (order[v["status"]], v["item"].tenggat or date.max, v["meeting"].tanggal))
        people.append(
            {
                "person": person(members, member_id),
                "anchor": tracker_anchor(member_id),
                "open": [v for v in views if v["status"] != "selesai"],
                "done": [v for v in views if id(v) in shown_done],
                "done_earlier": sum(v["status"] == "selesai" and id(v) not in shown_done for v in views),
            }
        )
    people.sort(key=lambda p: p["person"]["name"])
    counts = {status: sum(v["status"] == status for v in items) for status in order}
    return {"overdue": overdue, "people": people, "counts": counts}


def tracker_anchor(member_id: str) -> str:
    return f"pj-{member_id}"


def open_data_records(minutes: Minutes, index) -> list[dict[str, Any]]:
    """The published meetings (never drafts), newest first, as their pages show them."""
    activities = index.get(Activities)
    records = []
    for meeting in minutes.published:
        records.append(
            {
                "id": meeting.id,
                "judul": meeting.judul,
                "tanggal": meeting.tanggal.isoformat(),
                "jam": str(meeting.jam) if meeting.jam else None,
                "tempat": meeting.tempat,
                "jenis": meeting.jenis,
                "pimpinan": member_reference(index, meeting.pimpinan),
                "notulis": member_reference(index, meeting.notulis),
                "hadir": [member_reference(index, member_id) for member_id in meeting.hadir],
                "izin": [member_reference(index, member_id) for member_id in meeting.izin],
                "tamu": meeting.tamu,
                "agenda": meeting.agenda,
                "keputusan": meeting.keputusan,
                "tindak_lanjut": [
                    {
                        "tugas": item.tugas,
                        "pj": member_reference(index, item.pj),
                        "tenggat": item.tenggat.isoformat() if item.tenggat else None,
                        "selesai": item.selesai.isoformat() if item.selesai else None,
                        "status": item.status(index.site.today),
                    }
                    for item in meeting.tindak_lanjut
                ],
                "kegiatan": link(index, activities.url(meeting.kegiatan)) if activities and meeting.kegiatan else None,
                "pembahasan": meeting.pembahasan,
                "url": link(index, minutes_url(meeting.id)),
            }
        )
    return records
