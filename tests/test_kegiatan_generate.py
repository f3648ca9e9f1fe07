"""Kegiatan through the engine-independent generator: status by date, time zones, parsing, scaffold."""

from __future__ import annotations

import json
import re
import shutil
from dataclasses import astuple
from datetime import date, time, timedelta
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st
from icalendar import Calendar
from support.build import ROOT, TODAY, kkg_site
from support.demo_kegiatan import activities

from kkg_site.errors import DataErrors, ErrorLog
from kkg_site.generator import generate, load
from kkg_site.index import SiteIndex
from kkg_site.record import validate_record
from kkg_site.types.kegiatan.collection import Activities
from kkg_site.types.kegiatan.content_type import CONTENT_TYPE as KEGIATAN
from kkg_site.types.kegiatan.model import Kegiatan
from kkg_site.types.materi.collection import Materials
from kkg_site.types.program.collection import Programme

MULTI_DAY = next(a for a in activities() if a.first_day != a.last_day and a.last_day < TODAY)


@pytest.fixture(scope="module")
def demo_index() -> SiteIndex:
    index, _warnings = load(ROOT / "data", TODAY)
    return index


def test_collection_protocol(demo_index: SiteIndex) -> None:
    collection = demo_index[Activities]
    ids = [a.id for a in activities()]
    assert list(collection) == ids
    assert len(collection) == len(ids)
    assert MULTI_DAY.id in collection and "2099-01-01-tidak-ada" not in collection
    assert collection.file == "data/kegiatan/"
    assert collection.url(MULTI_DAY.id) == f"kegiatan/{MULTI_DAY.id}/"
    record = collection.get(MULTI_DAY.id)
    assert (record.first_day, record.last_day) == (MULTI_DAY.first_day, MULTI_DAY.last_day)
    one_day = collection.get(ids[0])
    assert one_day.first_day == one_day.last_day == activities()[0].first_day
    assert [a.first_day for a in collection.items] == sorted(a.first_day for a in collection.items)


def test_status_before_during_and_after_a_multi_day_activity(demo_index: SiteIndex) -> None:
    record = demo_index[Activities].get(MULTI_DAY.id)
    first, last = MULTI_DAY.first_day, MULTI_DAY.last_day
    assert record.status(first - timedelta(days=1)) == "akan datang"
    assert record.status(first) == "sedang berlangsung"
    assert record.status(first + timedelta(days=1)) == "sedang berlangsung"
    assert record.status(last) == "sedang berlangsung"
    assert record.status(last + timedelta(days=1)) == "selesai"
    cancelled = next(a for a in demo_index[Activities].items if a.dibatalkan)
    assert {cancelled.status(cancelled.first_day + timedelta(days=d)) for d in (-30, 0, 30)} == {"dibatalkan"}


@pytest.mark.parametrize(
    ("today", "badge", "section"),
    [(-1, "Akan datang", "Akan datang"), (1, "Sedang berlangsung", "Akan datang"), (3, "Selesai", "Tahun Pelajaran")],
)
def test_built_pages_follow_the_build_date(today: int, badge: str, section: str) -> None:
    build_date = MULTI_DAY.first_day + timedelta(days=today)
    output = generate(ROOT / "data", build_date)
    pages = {p.url: p for p in output.pages}
    item = pages[f"kegiatan/{MULTI_DAY.id}/"]
    assert re.search(f'kkg-badge--{badge.lower().replace(" ", "-")}"[^>]*>{badge}</span>', item.body)
    assert item.meta.search.meta["status"] == badge
    listing = pages["kegiatan/"].body
    position = listing.index(f'href="{MULTI_DAY.id}/"')
    heading = listing.rfind("<h2", 0, position)
    assert listing[heading:].split(">", 1)[1].startswith(section)


def test_search_metadata() -> None:
    output = generate(ROOT / "data", TODAY)
    item = next(p for p in output.pages if p.url == f"kegiatan/{MULTI_DAY.id}/")
    search = item.meta.search
    assert search.kind == "Kegiatan"
    assert search.filters == {"jenis kegiatan": ["Pelatihan"], "bidang": ["Pedagogik"], "status": ["Selesai"]}
    assert search.meta["tanggal"] == "Kamis–Sabtu, 16–18 Oktober 2025"


def _project(tmp_path: Path) -> Path:
    data = tmp_path / "data"
    shutil.copytree(ROOT / "data", data)
    return data


def test_calendar_and_json_ld_use_the_kkg_time_zone(tmp_path: Path) -> None:
    data = _project(tmp_path)
    profile = data / "kkg.yml"
    profile.write_text(
        profile.read_text(encoding="utf-8").replace("zona_waktu: WIB", "zona_waktu: WITA"), encoding="utf-8"
    )
    output = generate(data, TODAY)
    feed = Calendar.from_ical(next(f.content for f in output.files if f.path == "kegiatan.ics"))
    assert [tz.tz_name for tz in feed.timezones] == ["Asia/Makassar"]
    timed = [e for e in feed.walk("VEVENT") if "TZID" in e["DTSTART"].params]
    assert timed and {e["DTSTART"].params["TZID"] for e in timed} == {"Asia/Makassar"}
    assert all(e.start.utcoffset() == timedelta(hours=8) for e in timed)
    item = next(p for p in output.pages if p.url == "kegiatan/2026-12-05-lokakarya-penyusunan-soal-sumatif/")
    event = json.loads(re.search(r">(.*)</script>", item.meta.head).group(1))
    assert event["startDate"] == "2026-12-05T08:00:00+08:00"
    assert "08.00–12.00 WITA" in item.body


def test_a_record_is_complete_when_validation_returns() -> None:
    """The id (the file name, given as validation context) and the days are set by validation;
    the keys stay as the editor wrote them."""
    log = ErrorLog()
    raw = {"judul": "Rapat", "mulai": "2026-12-05"}
    record = validate_record(Kegiatan, raw, "uji.yml", log, context={"id": "2026-12-05-rapat"})
    assert record is not None and not log.entries
    assert record.id == "2026-12-05-rapat" and not record.problems()
    assert (record.first_day, record.last_day) == (date(2026, 12, 5), date(2026, 12, 5))
    assert (record.tanggal, record.selesai) == (None, None)


def _validate(**raw) -> tuple[Kegiatan | None, ErrorLog]:
    log = ErrorLog()
    return validate_record(Kegiatan, {"judul": "Rapat", "tanggal": "2026-12-05", **raw}, "uji.yml", log), log


@given(
    start=st.times().map(lambda t: t.replace(second=0, microsecond=0)),
    minutes=st.integers(min_value=1, max_value=600),
    colon=st.sampled_from([".", ":"]),
    dash=st.sampled_from(["-", "–", " - ", " – ", " s.d. "]),
    zone=st.sampled_from(["", " WIB"]),
)
def test_jam_accepts_the_ways_people_write_times(start: time, minutes: int, colon: str, dash: str, zone: str) -> None:
    end_minutes = start.hour * 60 + start.minute + minutes
    if end_minutes >= 24 * 60:
        return
    end = time(end_minutes // 60, end_minutes % 60)
    text = f"{start.hour:02d}{colon}{start.minute:02d}{zone}{dash}{end.hour:02d}{colon}{end.minute:02d}{zone}"
    record, log = _validate(jam=text)
    assert not log.entries, (text, log.entries)
    assert (record.jam.mulai, record.jam.selesai) == (start, end)


def test_jam_written_as_a_bare_number_or_open_ended() -> None:
    record, _ = _validate(jam=8.3)  # YAML reads unquoted 08.30 as 8.3
    assert record.jam.mulai == time(8, 30) and record.jam.selesai is None
    record, _ = _validate(jam="pukul 13.00 WIB - selesai")
    assert record.jam.mulai == time(13, 0) and record.jam.selesai is None
    assert str(record.jam) == "13.00–selesai"
    # the forms minutes accept, the same type (kkg_site.timerange): an unquoted 8, a lone time
    record, log = _validate(jam=8)
    assert not log.entries and str(record.jam) == "08.00–selesai"
    record, log = _validate(jam="13:00")
    assert not log.entries and str(record.jam) == "13.00–selesai"


@pytest.mark.parametrize(
    ("written", "message"),
    [
        ("08.00/12.00", "jam harus ditulis seperti 08.00-12.00 atau 13.00-selesai (apakah maksud Anda '08.00-12.00'?)"),
        ("pagi", "jam harus ditulis seperti 08.00-12.00 atau 13.00-selesai"),
        ("24.30-25.00", "jam 24.30 tidak ada (jam 00-23, menit 00-59)"),
        ("12.00-08.00", "jam selesai (08.00) harus sesudah jam mulai (12.00)"),
    ],
)
def test_jam_mistakes_are_named(written: str, message: str) -> None:
    record, log = _validate(jam=written)
    assert record is None and [(e.field, e.text) for e in log.entries] == [("jam", message)]


def test_jenis_and_bidang_ignore_case() -> None:
    record, log = _validate(jenis="Seminar", bidang="Pedagogik")
    assert not log.entries
    assert (record.jenis, record.bidang) == ("seminar", "pedagogik")


def test_unknown_material_ids_are_reported_with_a_suggestion(tmp_path: Path) -> None:
    data = _project(tmp_path)
    path = data / "kegiatan" / "2026-12-05-lokakarya-penyusunan-soal-sumatif.yml"
    original = path.read_text(encoding="utf-8")
    path.write_text(
        original + "materi:\n  - soal-latihan-pecahan-kelas-4\n  - soal-latihan-pecahan-kelas4\n", encoding="utf-8"
    )
    line = len(original.splitlines()) + 3
    with pytest.raises(DataErrors) as raised:
        load(data, TODAY)
    expected = (
        f"data/kegiatan/{path.name}:{line}: materi[2]: 'soal-latihan-pecahan-kelas4' tidak ada di data/materi/ "
        "(apakah maksud Anda 'soal-latihan-pecahan-kelas-4'?)"
    )
    assert [str(e) for e in raised.value.errors] == [expected]


def test_scaffold_writes_a_valid_dated_file_with_every_key(tmp_path: Path) -> None:
    _project(tmp_path)
    result = kkg_site("baru", "kegiatan", "Rapat Rutin", cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    path = tmp_path / "data" / "kegiatan" / f"{TODAY.isoformat()}-rapat-rutin.yml"
    assert result.stdout.strip() == str(Path("data") / "kegiatan" / path.name)
    text = path.read_text(encoding="utf-8")
    for key in Kegiatan.model_fields:
        assert re.search(rf"^#? ?{key}:", text, re.MULTILINE), key
    assert kkg_site("periksa", cwd=tmp_path).returncode == 0
    again = kkg_site("baru", "kegiatan", "Rapat Rutin", cwd=tmp_path)
    assert again.returncode == 1 and "tidak ditimpa" in again.stderr


def test_scaffold_keys_are_valid_once_uncommented(tmp_path: Path) -> None:
    """The commented examples stay in step with the model: uncommented, they pass the check.
    The activity is over (attendance is recorded afterwards) and cancelled, so it issues no
    certificates: the scaffold offers both, and ``sertifikat: true`` stays commented."""
    data = _project(tmp_path)
    day = date(2026, 11, 14)
    relative, text = astuple(KEGIATAN.scaffold(day, "contoh"))
    lines = []
    for line in text.splitlines():
        if re.match(r"^# (\s{2,}\S|[a-z_]+:)", line):  # "# key: value" and its indented lines
            line = line[2:]
        if not line.startswith(("tanggal:", "sertifikat:")):  # mulai/selesai replace it
            lines.append(line)
    text = "\n".join(lines).replace("id-anggota", "sri-wahyuningsih").replace(".jpg", ".png")
    index = load(data, TODAY)[0]
    text = text.replace("id-materi", next(iter(index[Materials])))
    text = text.replace("id-program", next(p.id for p in index[Programme].items if p.tahun_ajaran.contains(day)))
    (data / relative).write_text(text, encoding="utf-8")
    shutil.copy(
        next((data / "kegiatan" / "foto").glob("*.png")), data / "kegiatan" / "foto" / "2026-11-14-contoh-1.png"
    )
    result = kkg_site("periksa", cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    record = load(data, TODAY)[0][Activities].get("2026-11-14-contoh")
    assert record.dibatalkan and record.alasan and record.laporan and record.jumlah_peserta
    assert record.undangan.nomor and record.peserta == ["sri-wahyuningsih"] and record.tamu and record.jp == 4
    assert [s.anggota or s.nama for s in record.narasumber] == ["sri-wahyuningsih", "Dr. Nama Narasumber, M.Pd."]


def test_warnings_do_not_stop_the_build(tmp_path: Path) -> None:
    """A cancellation without a reason and a heavy photo are worth a warning, not a failed build."""
    data = _project(tmp_path)
    cancelled = next(
        p for p in (data / "kegiatan").glob("*.yml") if "dibatalkan: true" in p.read_text(encoding="utf-8")
    )
    text = cancelled.read_text(encoding="utf-8")
    cancelled.write_text(text[: text.index("alasan:")], encoding="utf-8")
    photo = data / "kegiatan" / "foto" / "2026-06-13-pameran-praktik-baik-2.png"
    photo.write_bytes(photo.read_bytes() + bytes(600 * 1024))  # trailing bytes: still a readable PNG
    _index, warnings = load(data, TODAY)
    messages = sorted(str(w) for w in warnings)
    assert len(messages) == 2, messages
    assert messages[0].startswith("data/kegiatan/2026-03-07-lokakarya-asesmen-formatif.yml:")
    assert "dibatalkan: tuliskan alasan pembatalan" in messages[0]
    assert "peringatan: dokumentasi[2]: gambar 'foto/2026-06-13-pameran-praktik-baik-2.png' berukuran" in messages[1]
