"""Kegiatan in the built demo portal: pages, calendar feed, structured data, photos."""

from __future__ import annotations

import json
import re
import struct
from datetime import date, datetime, timedelta
from pathlib import Path
from urllib.parse import parse_qs, urljoin, urlsplit

import pytest
import yaml
from icalendar import Calendar
from PIL import Image
from support.build import ROOT, TODAY
from support.data import demo_yaml
from support.demo_kegiatan import FOLDER, activities, members
from support.pages import page

from kkg_site.generator import generate

ACTIVITIES = activities()
BY_ID = {a.id: a for a in ACTIVITIES}
UPCOMING = [a for a in ACTIVITIES if a.upcoming]
PAST = [a for a in ACTIVITIES if not a.upcoming]
MULTI_DAY = next(a for a in ACTIVITIES if a.first_day != a.last_day and a.hours)
CANCELLED = next(a for a in ACTIVITIES if a.cancelled)


def test_demo_data_covers_what_the_issue_asks() -> None:
    assert len(ACTIVITIES) >= 15
    years = {a.first_day.year if a.first_day.month >= 7 else a.first_day.year - 1 for a in ACTIVITIES}
    assert {2025, 2026} <= years
    assert len([a for a in UPCOMING if not a.cancelled]) >= 2
    assert CANCELLED.raw.get("alasan")
    speakers = [s for a in ACTIVITIES for s in a.raw.get("narasumber", [])]
    assert any("anggota" in s for s in speakers) and any("lembaga" in s for s in speakers)
    assert any(a.raw.get("laporan") and a.raw.get("jumlah_peserta") for a in PAST)


def _feed(site: Path, relative: str = "kegiatan.ics") -> Calendar:
    return Calendar.from_ical((site / relative).read_bytes())


def _by_activity(calendar: Calendar) -> dict[str, list]:
    """The events of each activity id, first day first (a day's UID ends in -hari-<n>)."""
    found: dict[str, list] = {}
    for event in calendar.walk("VEVENT"):
        found.setdefault(re.sub(r"-hari-\d+$", "", str(event["UID"]).split("@")[0]), []).append(event)
    return {key: sorted(events, key=lambda e: e.start) for key, events in found.items()}


def test_calendar_feed_round_trips_every_activity(site: Path) -> None:
    calendar = _feed(site)
    events = _by_activity(calendar)
    assert set(events) == set(BY_ID)
    assert [tz.tz_name for tz in calendar.timezones] == ["Asia/Jakarta"]
    for activity in ACTIVITIES:
        days = events[activity.id]
        assert all(activity.raw["judul"] in str(event["SUMMARY"]) for event in days)
        assert days[0].start == activity.start, activity.id
        if activity.hours:  # one event per day, at the same hours; an open end lasts three hours
            assert len(days) == (activity.last_day - activity.first_day).days + 1, activity.id
            start, end = activity.hours
            for number, event in enumerate(days):
                day = activity.first_day + timedelta(days=number)
                assert event["DTSTART"].params["TZID"] == "Asia/Jakarta"
                assert event.start.utcoffset() == timedelta(hours=7)
                assert event.start == datetime.combine(day, start, tzinfo=event.start.tzinfo)
                expected_end = datetime.combine(day, end) if end else datetime.combine(day, start) + timedelta(hours=3)
                assert event.end == expected_end.replace(tzinfo=event.start.tzinfo), activity.id
        else:  # all-day: one span of DATE values, DTEND the day after the last day
            (event,) = days
            assert type(event.start) is date
            assert event.end == activity.last_day + timedelta(days=1)
        assert all(str(e["STATUS"]) == ("CANCELLED" if activity.cancelled else "CONFIRMED") for e in days)


def test_calendar_has_timed_all_day_and_multi_day_events(site: Path) -> None:
    events = list(_feed(site).walk("VEVENT"))
    assert any(isinstance(e.start, datetime) for e in events)
    assert any(type(e.start) is date for e in events)
    assert all(e.end.date() == e.start.date() for e in events if isinstance(e.start, datetime))  # no night-long event
    multi_day = _by_activity(_feed(site))[MULTI_DAY.id]
    assert [str(e["SUMMARY"]) for e in multi_day] == [
        f"{MULTI_DAY.raw['judul']} (hari {n} dari {len(multi_day)})" for n in range(1, len(multi_day) + 1)
    ]


def test_calendar_is_reproducible(site: Path) -> None:
    """The feed is derived from the data alone: the same data gives the same file."""
    output = generate(ROOT / "data", TODAY, _canonical(site, ""))
    rebuilt = next(f for f in output.files if f.path == "kegiatan.ics")
    assert rebuilt.content == (site / "kegiatan.ics").read_bytes()


def test_add_to_calendar_only_for_activities_still_ahead(site: Path) -> None:
    feed = {str(e["UID"]): e for e in _feed(site).walk("VEVENT")}
    for activity in ACTIVITIES:
        link = page(site, activity.url).find("a", string="Tambahkan ke kalender")
        if not activity.upcoming or activity.cancelled:
            assert link is None, activity.id
            continue
        target = urljoin(f"/{activity.url}", link["href"]).lstrip("/")
        events = list(_feed(site, target).walk("VEVENT"))
        assert len(events) == len(_by_activity(_feed(site))[activity.id])
        assert all(event.to_ical() == feed[str(event["UID"])].to_ical() for event in events)


def test_subscribe_link_on_index_and_home(site: Path) -> None:
    for url in ("", "kegiatan/"):
        link = page(site, url).find("a", string="Langganan kalender")
        assert link is not None, url
        assert (site / urljoin(f"/{url}", link["href"]).lstrip("/")).is_file()


def _json_ld(site: Path, url: str) -> dict:
    scripts = page(site, url).find_all("script", type="application/ld+json")
    events = [json.loads(s.string) for s in scripts if json.loads(s.string).get("@type") == "Event"]
    assert len(events) == 1, url
    return events[0]


@pytest.mark.parametrize("activity", ACTIVITIES, ids=lambda a: a.id)
def test_json_ld_event(site: Path, activity) -> None:
    event = _json_ld(site, activity.url)
    assert event["@context"] == "https://schema.org"
    assert event["name"] == activity.raw["judul"]
    start = (
        datetime.fromisoformat(event["startDate"])
        if "T" in event["startDate"]
        else date.fromisoformat(event["startDate"])
    )
    assert start == activity.start
    if activity.hours:
        assert event["startDate"].endswith("+07:00")
    expected_status = "EventCancelled" if activity.cancelled else "EventScheduled"
    assert event["eventStatus"] == f"https://schema.org/{expected_status}"
    assert event["organizer"]["name"] == "KKG Gugus III Kecamatan Sukamaju"
    assert event["location"]["@type"] == "Place" and event["location"]["name"]
    assert event["location"]["address"]["addressCountry"] == "ID"
    names = {m_id: m["nama"] for m_id, m in members().items()}
    expected = [names[s["anggota"]] if "anggota" in s else s["nama"] for s in activity.raw.get("narasumber", [])]
    assert [p["name"] for p in event.get("performer", [])] == expected


def test_open_graph_preview_has_date_and_place(site: Path) -> None:
    activity = BY_ID["2025-10-16-iht-pembelajaran-berdiferensiasi"]
    soup = page(site, activity.url)
    description = soup.find("meta", property="og:description")["content"]
    assert description.startswith("Kamis–Sabtu, 16–18 Oktober 2025, 08.00–15.30 WIB")
    assert activity.raw["tempat"] in description
    assert soup.find("meta", property="og:title")["content"] == activity.raw["judul"]
    assert soup.find("meta", property="og:type")["content"] == "article"


def test_activity_page_shows_date_in_indonesian(site: Path) -> None:
    soup = page(site, BY_ID["2026-12-05-lokakarya-penyusunan-soal-sumatif"].url)
    assert soup.select_one(".kkg-facts time").get_text(strip=True) == "Sabtu, 5 Desember 2026, 08.00–12.00 WIB"
    open_end = page(site, BY_ID["2026-05-09-rapat-persiapan-asesmen-sumatif"].url)
    assert open_end.select_one(".kkg-facts time").get_text(strip=True) == "Sabtu, 9 Mei 2026, 13.00 WIB–selesai"
    all_day = page(site, BY_ID["2027-02-04-pelatihan-koding-lanjutan"].url)
    assert all_day.select_one(".kkg-facts time").get_text(strip=True) == "Kamis–Sabtu, 4–6 Februari 2027"


def test_speakers_link_members_and_name_institutions(site: Path) -> None:
    activity = BY_ID["2026-08-15-pelatihan-pembelajaran-mendalam"]
    items = page(site, activity.url).select(".kkg-speakers li")
    guest, member = activity.raw["narasumber"]
    assert items[0].find("a") is None
    assert guest["nama"] in items[0].get_text() and guest["lembaga"] in items[0].get_text()
    assert items[1].find("a")["href"] == f"../../anggota/{member['anggota']}/"
    assert members()[member["anggota"]]["nama"] == items[1].find("a").get_text(strip=True)


def test_status_on_pages(site: Path) -> None:
    for activity in ACTIVITIES:
        badge = page(site, activity.url).select_one(".kkg-badge").get_text(strip=True)
        expected = "Dibatalkan" if activity.cancelled else "Akan datang" if activity.first_day > TODAY else "Selesai"
        assert badge == expected, activity.id
    cancelled = page(site, CANCELLED.url)
    assert CANCELLED.raw["alasan"].split()[0] in cancelled.select_one(".admonition.failure").get_text()


def test_report_of_a_past_activity(site: Path) -> None:
    activity = next(a for a in PAST if a.raw.get("laporan") and a.raw.get("jumlah_peserta"))
    soup = page(site, activity.url)
    report = soup.find("h2", id="laporan")
    assert report is not None
    assert f"Diikuti {activity.raw['jumlah_peserta']} peserta." in soup.get_text(" ", strip=True)


def _png_size(path: Path) -> tuple[int, int]:
    header = path.read_bytes()[:24]
    assert header[:8] == b"\x89PNG\r\n\x1a\n"
    return struct.unpack(">II", header[16:24])


def test_documentation_photos_are_published_and_lazy(site: Path) -> None:
    with_photos = [a for a in ACTIVITIES if a.raw.get("dokumentasi")]
    assert with_photos
    for activity in with_photos:
        images = page(site, activity.url).select(".kkg-gallery img")
        assert len(images) == len(activity.raw["dokumentasi"])
        for image, source in zip(images, activity.raw["dokumentasi"]):
            built = site / urljoin(f"/{activity.url}", image["src"]).lstrip("/")
            with Image.open(built) as published, Image.open(FOLDER / source) as original:  # re-encoded, same pixels
                assert published.convert("RGBA").tobytes() == original.convert("RGBA").tobytes()
            assert image["loading"] == "lazy"
            assert (int(image["width"]), int(image["height"])) == _png_size(built)
            assert image["alt"]


def _listed(section) -> list[str]:
    return [a["href"].strip("/").split("/")[-1] for a in section.select("a.kkg-event__title")]


def test_index_lists_upcoming_first_then_past_by_school_year(site: Path) -> None:
    soup = page(site, "kegiatan/")
    headings = soup.select(".kkg-kegiatan > h2")
    assert [h.get_text(strip=True) for h in headings] == [
        "Akan datang",
        "Tahun Pelajaran 2026/2027",
        "Tahun Pelajaran 2025/2026",
    ]
    lists = soup.select(".kkg-kegiatan > ol.kkg-events")
    assert _listed(lists[0]) == [a.id for a in UPCOMING]  # soonest first
    past = _listed(lists[1]) + _listed(lists[2])
    assert past == [a.id for a in reversed(PAST)]  # latest first
    assert all(BY_ID[i].first_day >= date(2026, 7, 1) for i in _listed(lists[1]))


@pytest.mark.parametrize("jenis", sorted({a.raw["jenis"] for a in ACTIVITIES}))
def test_per_jenis_pages_filter_without_javascript(site: Path, jenis: str) -> None:
    index = page(site, "kegiatan/")
    link = index.select_one(f'.kkg-filter a[href="jenis/{jenis}/"]')
    assert link is not None
    soup = page(site, f"kegiatan/jenis/{jenis}/")
    listed = [i for ol in soup.select("ol.kkg-events") for i in _listed(ol)]
    assert sorted(listed) == sorted(a.id for a in ACTIVITIES if a.raw["jenis"] == jenis)
    assert soup.select_one('.kkg-filter a[aria-current="page"]').get_text(strip=True).lower() == jenis
    assert not soup.find_all("script", src=lambda s: s and "kegiatan" in s)


def test_home_shows_next_activities(site: Path) -> None:
    section = page(site, "").find("section", attrs={"aria-label": "Kegiatan mendatang"})
    assert section is not None
    assert _listed(section) == [a.id for a in UPCOMING][:3]


def test_member_page_links_activities_they_spoke_at(site: Path) -> None:
    spoke = [
        a
        for a in ACTIVITIES
        if not a.cancelled and any(s.get("anggota") == "sri-wahyuningsih" for s in a.raw.get("narasumber", []))
    ]
    assert len(spoke) >= 2
    links = page(site, "anggota/sri-wahyuningsih/").select("#kontribusi + ul a")
    to_activities = [  # certificates (kegiatan/sertifikat/, types/administrasi) are not activities
        link for link in links if link["href"].startswith("../../kegiatan/") and "/sertifikat/" not in link["href"]
    ]
    assert [link["href"] for link in to_activities] == [f"../../{a.url}" for a in reversed(spoke)]
    assert all(link.get_text().startswith("Narasumber: ") for link in to_activities)


def _canonical(site: Path, url: str) -> str:
    return page(site, url).find("link", rel="canonical")["href"]


def test_one_tap_subscriptions_use_the_site_address(site: Path) -> None:
    feed = _canonical(site, "") + "kegiatan.ics"
    webcal = "webcal://" + feed.split("://", 1)[1]
    block = page(site, "kegiatan/").select_one(".kkg-subscribe")
    assert block.find("a", string=re.compile("iPhone"))["href"] == webcal
    google = urlsplit(block.find("a", string="Google Kalender")["href"])
    assert google.netloc == "calendar.google.com"
    assert parse_qs(google.query)["cid"] == [webcal]


def test_absolute_addresses_in_calendar_and_json_ld(site: Path) -> None:
    events = _by_activity(_feed(site))
    for activity in ACTIVITIES:
        canonical = _canonical(site, activity.url)
        assert all(str(event["URL"]) == canonical for event in events[activity.id])
        event = _json_ld(site, activity.url)
        assert event["url"] == canonical
        photos = activity.raw.get("dokumentasi", [])
        assert len(event.get("image", [])) == len(photos)
        assert all(image.startswith(canonical) for image in event.get("image", []))


def test_materials_shared_at_an_activity_are_linked(site: Path) -> None:
    titles = {
        path.stem: yaml.safe_load(path.read_text(encoding="utf-8"))["judul"]
        for path in (ROOT / "data" / "materi").rglob("*.yml")
    }
    with_materials = [a for a in ACTIVITIES if a.raw.get("materi")]
    assert with_materials
    for activity in with_materials:
        links = page(site, activity.url).select("#materi + ul a")
        assert [link.get_text(strip=True) for link in links] == [titles[m] for m in activity.raw["materi"]]
        for link, material in zip(links, activity.raw["materi"]):
            assert urljoin(f"/{activity.url}", link["href"]).endswith(f"/{material}/")


def test_activity_links_back_to_its_programme_item(site: Path) -> None:
    programme = {item["id"]: item for item in demo_yaml("program.yml")}
    cards = {article["id"]: article for article in page(site, "program/").select("article.kkg-program__item")}
    in_programme = [a for a in ACTIVITIES if a.raw.get("program")]
    assert in_programme
    for activity in in_programme:
        item_id = activity.raw["program"]
        label = page(site, activity.url).select_one(".kkg-facts").find("dt", string="Program kerja")
        link = label.find_next_sibling("dd").a
        assert link.get_text(strip=True) == programme[item_id]["nama"]
        target = urlsplit(urljoin(f"/{activity.url}", link["href"]))
        assert (target.path, target.fragment) == ("/program/", item_id)
        assert activity.raw["judul"] in cards[item_id].get_text()  # the card lists the activity in turn
