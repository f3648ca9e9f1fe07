"""Site-wide facts: whose site it is, its time zone, its address and its build date."""

from __future__ import annotations

import os
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path
from zoneinfo import ZoneInfo

DEFAULT_TIMEZONE = "Asia/Jakarta"  # WIB, until the data names the KKG's zone
TODAY_VARIABLE = "KKG_HARI_INI"  # YYYY-MM-DD: freeze the build date (tests, reproducible builds)


@dataclass(frozen=True)
class SiteProfile:
    """Who the site is of, as one content type's data says (``ContentType.site_profile``)."""

    name: str  # "KKG Gugus 3 …"
    short_name: str  # the site name in the header
    region: str  # where, for preview cards: "Kecamatan …, Kabupaten …"
    description: str  # the site's description (its vision, else its name)
    timezone: str = DEFAULT_TIMEZONE
    logo: Path | None = None  # the logo's file: header, favicon, icons, cards
    address: str | None = None  # footer contacts
    phone: str | None = None
    email: str | None = None
    whatsapp: str | None = None  # the group's invitation link


@dataclass(frozen=True)
class SiteInfo:
    """The profile plus what the build knows: the site's address and the build date."""

    profile: SiteProfile
    today: date  # the build date in the KKG's time zone
    url: str | None = None  # absolute base URL ending in "/", when configured

    def absolute_url(self, url: str) -> str | None:
        """``url`` (relative to the site root) as an absolute URL, if the site URL is known."""
        return self.url + url if self.url else None


class BadBuildDate(ValueError):
    """KKG_HARI_INI is set to something that is not a date; the message is for the user."""


def build_date_override() -> date | None:
    """The build date frozen by ``KKG_HARI_INI``, if set; BadBuildDate when it is not a date."""
    value = os.environ.get(TODAY_VARIABLE)
    if not value:
        return None
    try:
        return date.fromisoformat(value)
    except ValueError:
        raise BadBuildDate(
            f"{TODAY_VARIABLE}={value!r} bukan tanggal yang ada; tulis TTTT-BB-HH, mis. 2026-03-14, atau hapus variabelnya"
        ) from None


def today_in(timezone: str) -> date:
    return datetime.now(ZoneInfo(timezone)).date()


def command_date() -> date:
    """The date a command (``kkg-site baru``, ``impor``) works with before any data is read:
    the frozen build date, else today in the default zone (a day's difference at most)."""
    return build_date_override() or today_in(DEFAULT_TIMEZONE)
