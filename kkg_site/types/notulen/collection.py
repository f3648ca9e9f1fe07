"""The collection of minutes other types refer to (``index[Minutes]``), and the minutes' URLs.

Drafts (``status: draf``) are read and checked like any meeting but are kept
apart: they are not in the collection, so no page, feed, list or link can
reach them.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from ...collection import IdCollection
from .model import Notulen, TindakLanjut

FOLDER = "notulen"
INDEX_URL = f"{FOLDER}/"
REGISTER_URL = f"{FOLDER}/keputusan/"
TRACKER_URL = f"{FOLDER}/tindak-lanjut/"
FEED_PATH = f"{FOLDER}/feed.xml"


def minutes_url(meeting_id: str) -> str:
    """A meeting's page (also where its pictures are published, before the collection exists)."""
    return f"{FOLDER}/{meeting_id}/"


def tracker_anchor(member_id: str) -> str:
    """A member's action items on the tracker (``TRACKER_URL#<anchor>``)."""
    return f"pj-{member_id}"


@dataclass(frozen=True)
class MinutesUrls:
    """The minutes' addresses as the templates link them (``urls.register``, ``urls.meeting(id)``)."""

    index: str = INDEX_URL
    register: str = REGISTER_URL
    tracker: str = TRACKER_URL
    feed: str = FEED_PATH

    def meeting(self, meeting_id: str) -> str:
        return minutes_url(meeting_id)


URLS = MinutesUrls()


class Minutes(IdCollection[Notulen]):
    """The published meetings (``items``, newest first) plus the drafts, kept apart."""

    section = FOLDER

    def __init__(
        self, items: Iterable[Notulen], file: str, failed_ids: Iterable[str] = (), drafts: Iterable[Notulen] = ()
    ) -> None:
        super().__init__(items, file, failed_ids)
        self.drafts: list[Notulen] = list(drafts)

    @property
    def published(self) -> list[Notulen]:
        """The published meetings, newest first (what pages, feed and open data show)."""
        return self.items

    @property
    def action_items(self) -> list[tuple[Notulen, TindakLanjut]]:
        """(meeting, item) for every action item of the published meetings, newest meeting first."""
        return [(meeting, item) for meeting in self.items for item in meeting.tindak_lanjut]

    @property
    def everything(self) -> list[Notulen]:
        """Published meetings and drafts: what is checked (drafts are never shown)."""
        return self.items + self.drafts
