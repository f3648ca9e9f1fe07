"""The Atom feed of published minutes (``notulen/feed.xml``).

Links are absolute when the site's ``site_url`` is configured (``index.site.absolute_url``);
otherwise they are relative to the feed's own address, which feed readers resolve
against the URL they fetched. Entry ids are ``urn:uuid`` values derived from the
KKG's name and the meeting id, so they survive a move to another address.
"""

from __future__ import annotations

import re
import uuid
from dataclasses import dataclass
from datetime import date, datetime, time
from zoneinfo import ZoneInfo

from ...index import SiteIndex
from ...page import GeneratedFile, relative_href
from ...render import Renderer
from ..anggota.collection import Members
from .collection import FEED_PATH, INDEX_URL, Minutes, minutes_url
from .model import Notulen
from .views import summary

FEED_SIZE = 50  # newest meetings in the feed; older ones stay on the site
_NOT_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")  # characters XML 1.0 forbids


@dataclass(frozen=True)
class FeedEntry:
    id: str  # urn:uuid, stable across a move of the site
    title: str
    url: str
    time: str  # RFC 3339
    author: str
    category: str | None
    summary: str
    content: str  # the entry's HTML, as text: escaped into the XML, not markup of it


def _timestamp(day: date, start: time | None, zone: ZoneInfo) -> str:
    """RFC 3339 time of a meeting: its start, or midnight when no time is given."""
    return datetime.combine(day, start or time(0, 0), zone).isoformat()


def _urn(kkg_name: str, key: str) -> str:
    return uuid.uuid5(uuid.NAMESPACE_URL, f"kkg:{kkg_name}:{key}").urn


def feed_file(minutes: Minutes, index: SiteIndex, renderer: Renderer) -> GeneratedFile:
    profile = index.site.profile
    zone = ZoneInfo(profile.timezone)
    members = index[Members]

    def link(url: str) -> str:
        return index.site.absolute_url(url) or relative_href(FEED_PATH, url)

    def entry(meeting: Notulen) -> FeedEntry:
        notulis = members.person(meeting.notulis)
        return FeedEntry(
            id=_urn(profile.name, f"notulen/{meeting.id}"),
            title=meeting.judul,
            url=link(minutes_url(meeting.id)),
            time=_timestamp(meeting.tanggal, meeting.jam.mulai if meeting.jam else None, zone),
            author=notulis.name if notulis else profile.name,
            category=meeting.jenis,
            summary=summary(meeting),
            content=str(renderer.render("notulen/feed_entry.html", FEED_PATH, meeting=meeting)),
        )

    entries = [entry(meeting) for meeting in minutes.published[:FEED_SIZE]]
    text = renderer.render(
        "notulen/feed.xml",
        FEED_PATH,
        feed_id=_urn(profile.name, "notulen"),
        self_url=link(FEED_PATH),
        index_url=link(INDEX_URL),
        updated=entries[0].time if entries else _timestamp(index.site.today, None, zone),
        entries=entries,
    )
    return GeneratedFile(FEED_PATH, _NOT_XML.sub("", text) + "\n")
