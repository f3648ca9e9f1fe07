"""periksa valid ⇒ the build succeeds: cases that need more than a bad-data folder
(an environment variable, a file beside site/, a build that must succeed).

Limits with their exact messages are in the bad-input corpus (tests/bad_data/batas-*).
"""

from __future__ import annotations

import subprocess
import sys

import icalendar
from support.build import Project, tool_env

BAD_DATE = "2026-13-45"
DATE_MESSAGE = (
    f"KKG_HARI_INI='{BAD_DATE}' bukan tanggal yang ada; tulis TTTT-BB-HH, mis. 2026-03-14, atau hapus variabelnya"
)


def test_a_wrong_build_date_is_reported_by_both_commands(project: Project) -> None:
    env = tool_env() | {"KKG_HARI_INI": BAD_DATE}
    for command, status in ((["kkg_site.cli", "periksa"], 2), (["mkdocs", "build", "--strict"], 1)):
        result = subprocess.run(
            [sys.executable, "-m", *command], cwd=project.root, env=env, capture_output=True, text=True
        )
        assert result.returncode == status, result.stderr
        assert DATE_MESSAGE in result.stderr
        assert "Traceback" not in result.stdout + result.stderr


def test_a_stray_staging_file_does_not_stop_the_build(project: Project) -> None:
    (project.root / ".site.staging").write_text("sisa\n")
    result = project.build()
    assert result.returncode == 0, result.stderr
    assert not (project.root / ".site.staging").exists()
    assert (project.site / "index.html").is_file()


ODD_TITLE = "judul: |\n  Lokakarya\n  Modul Ajar Baru\n"  # a block scalar: two lines


def test_calendar_text_has_no_control_characters_or_line_breaks(project: Project) -> None:
    """Multi-line titles pass periksa, so the calendars must take them (other line breaks,
    ``\\r``, ``\\x85``, ``\\u2028``, are refused by periksa: tests/bad_data/gerbang-*)."""
    activity = next((project.data / "kegiatan").glob("2026-12-*.yml"))
    text = activity.read_text(encoding="utf-8").splitlines(keepends=True)
    title = next(i for i, line in enumerate(text) if line.startswith("judul:"))
    text[title] = ODD_TITLE
    activity.write_text("".join(text), encoding="utf-8")
    kkg = project.data / "kkg.yml"
    kkg.write_text(
        kkg.read_text(encoding="utf-8").replace(
            "singkatan: KKG Gugus III Sukamaju", "singkatan: |\n  KKG Gugus III\n  Sukamaju"
        ),
        encoding="utf-8",
    )

    assert project.periksa().returncode == 0
    result = project.build()
    assert result.returncode == 0, result.stderr

    calendars = list(project.site.glob("**/*.ics"))
    assert calendars
    for path in calendars:
        data = path.read_bytes()
        text = data.decode("utf-8")
        for char in ("\u2028", "\x85"):
            assert char not in text, path
        assert "\r" not in text.replace("\r\n", ""), path  # only as the line end RFC 5545 asks for
        calendar = icalendar.Calendar.from_ical(data)
        for event in calendar.walk("VEVENT"):
            assert "\n" not in str(event["SUMMARY"])
    own = project.site / "kegiatan" / activity.stem / f"{activity.stem}.ics"
    calendar = icalendar.Calendar.from_ical(own.read_bytes())
    assert str(calendar["NAME"]) == "Lokakarya Modul Ajar Baru"
    feed = icalendar.Calendar.from_ical((project.site / "kegiatan.ics").read_bytes())
    assert str(feed["X-WR-CALNAME"]) == "Kegiatan KKG Gugus III Sukamaju"


def test_raw_html_in_the_minutes_body_is_warned_about(project: Project) -> None:
    minutes = sorted((project.data / "notulen").glob("*.md"))[-1]
    minutes.write_text(
        minutes.read_text(encoding="utf-8") + '\n<svg onload="alert(1)"></svg>\n[klik](&#106;avascript:alert(1))\n',
        encoding="utf-8",
    )
    result = project.periksa()
    assert result.returncode == 0, result.stderr
    warnings = [line for line in result.stderr.splitlines() if line.startswith(f"data/notulen/{minutes.name}:")]
    assert len(warnings) == 1
    assert warnings[0].endswith(
        ": peringatan: pembahasan: memuat kode yang tidak dijalankan di situs (<svg>, atribut onload, tautan javascript:); "
        "kode itu dibuang atau ditampilkan sebagai teks biasa, hapus dari data"
    )
