"""Validation of the demo data as a whole: `kkg-site periksa` and `mkdocs build` on real mistakes.

The bad-input corpus (test_bad_data.py) pins one message per mistake on a
minimal data set; these tests make ten different mistakes at once in a copy of
the full demo data and check that every one is named, with its file and line,
by both commands, and that nothing is built.
"""

from __future__ import annotations

import re
import sys
from dataclasses import dataclass

import pytest
from support.build import Project, run


@dataclass(frozen=True)
class Mistake:
    file: str  # relative to the project, e.g. "data/kkg.yml"
    old: str  # text that occurs exactly once in the demo file
    new: str  # what the editor wrote instead
    field: str  # the field the message must name
    says: str  # a fragment of the expected message


TEN_MISTAKES = [
    Mistake(
        "data/kkg.yml",
        "sekretariat: sdn-1-sukamaju",
        "sekretariat: sdn-01-sukamaju",
        "sekretariat",
        "'sdn-01-sukamaju' tidak ada di data/sekolah.yml (apakah maksud Anda 'sdn-1-sukamaju'?)",
    ),
    Mistake(
        "data/kkg.yml",
        "zona_waktu: WIB",
        "zona_waktu: WBI",
        "zona_waktu",
        "harus salah satu dari: WIB, WITA, WIT (apakah maksud Anda 'WIB'?)",
    ),
    Mistake("data/sekolah.yml", 'npsn: "20201347"', 'npsn: "2020134"', "sekolah[1].npsn", "NPSN harus 8 angka"),
    Mistake(
        "data/sekolah.yml",
        "situs: https://sdnmargaluyu.sch.id",
        "situs: http://sdnmargaluyu.sch.id",
        ".situs",
        "(apakah maksud Anda 'https://sdnmargaluyu.sch.id'?)",
    ),
    Mistake(
        "data/anggota.yml",
        "  nama: Dedi Kurniawan, S.Pd., M.Pd.",
        "  nmaa: Dedi Kurniawan, S.Pd., M.Pd.",
        "anggota[1].nmaa",
        "kunci tidak dikenal (apakah maksud Anda 'nama'?)",
    ),
    Mistake(
        "data/anggota.yml",
        "- id: rina-marlina\n  nama: Rina Marlina, S.Pd.\n  sekolah: sdn-1-sukamaju",
        "- id: rina-marlina\n  nama: Rina Marlina, S.Pd.\n  sekolah: sdn-1-sukamju",
        "anggota[3].sekolah",
        "(apakah maksud Anda 'sdn-1-sukamaju'?)",
    ),
    Mistake(
        "data/anggota.yml",
        "- id: zulkifli-chaniago",
        "- id: ahmad-syafii\n  nama: Ahmad Syafii, S.Pd.\n\n- id: zulkifli-chaniago",
        ".id",
        "'ahmad-syafii' sudah dipakai di baris",
    ),
    Mistake(
        "data/anggota.yml",
        "foto: foto/siti-nurjanah.png",
        "foto: foto/siti-nurjanah.jpg",
        "anggota[2].foto",
        "berkas 'foto/siti-nurjanah.jpg' tidak ditemukan",
    ),
    Mistake(
        "data/pengurus.yml",
        "selesai: 2025-06-30",
        "selesai: 2025-06-31",
        "pengurus[1].selesai",
        "tanggal 2025-06-31 tidak ada di kalender",
    ),
    Mistake(
        "data/pengurus.yml",
        "ketua: cecep-supriatna",
        "ketua: cecep-supriatno",
        "pengurus[2].ketua",
        "(apakah maksud Anda 'cecep-supriatna'?)",
    ),
]

COUNT_LINE = "Ditemukan 10 kesalahan pada data. Situs tidak dibangun."


def make_mistakes(project: Project, mistakes: list[Mistake]) -> list[tuple[Mistake, int]]:
    """Edit the project's data files as an editor would; each mistake with the line it is on."""
    located = []
    for mistake in mistakes:
        path = project.root / mistake.file
        text = path.read_text(encoding="utf-8")
        assert text.count(mistake.old) == 1, f"{mistake.old!r} must occur once in {mistake.file}"
        path.write_text(text.replace(mistake.old, mistake.new), encoding="utf-8")
        changed_at = text.index(mistake.old) + next(
            i for i, (a, b) in enumerate(zip(mistake.old, mistake.new)) if a != b
        )
        located.append((mistake, text.count("\n", 0, changed_at) + 1))
    return located


def message_for(output_lines: list[str], mistake: Mistake, line: int) -> str:
    prefix = f"{mistake.file}:{line}: "
    found = [text for text in output_lines if text.startswith(prefix) and mistake.says in text]
    assert len(found) == 1, f"no single message at {prefix} saying {mistake.says!r} in:\n" + "\n".join(output_lines)
    field = found[0][len(prefix) :].split(": ", 1)[0]
    assert field.endswith(mistake.field), found[0]
    return found[0]


@pytest.fixture
def broken(project: Project) -> tuple[Project, list[tuple[Mistake, int]]]:
    return project, make_mistakes(project, TEN_MISTAKES)


def test_periksa_accepts_the_demo_data(project: Project) -> None:
    result = project.periksa()
    assert result.returncode == 0, result.stderr
    assert result.stderr == ""
    assert re.fullmatch(r"Data valid \(.*\b34 anggota, 2 pengurus\b.*\)\.\n", result.stdout)


def test_periksa_names_ten_mistakes_with_file_and_line(broken) -> None:
    project, located = broken
    result = project.periksa()
    assert result.returncode == 1
    assert "Traceback" not in result.stdout + result.stderr
    lines = result.stderr.splitlines()
    assert lines[-1] == COUNT_LINE
    messages = [message_for(lines, mistake, line) for mistake, line in located]
    assert sorted(messages) == sorted(lines[:-1])  # each mistake once, nothing else


def test_build_fails_with_the_same_messages_and_writes_nothing(broken) -> None:
    project, located = broken
    expected = project.periksa().stderr.splitlines()
    result = project.build()
    output = result.stdout + result.stderr
    assert result.returncode == 1
    assert "Traceback" not in output
    assert not project.site.exists()
    build_lines = output.splitlines()
    for message in expected:
        assert message in build_lines, message
    for mistake, line in located:
        message_for(build_lines, mistake, line)


ANNOTATION = re.compile(r"::error file=(?P<file>[^,:]+),line=(?P<line>\d+),title=(?P<title>[^:,]+)::(?P<text>.+)")


@pytest.mark.parametrize("command", ["periksa", "build"])
def test_github_actions_annotations_mark_each_mistake(broken, command: str) -> None:
    project, located = broken
    if command == "periksa":
        result = project.periksa(GITHUB_ACTIONS="true")
    else:
        result = run([sys.executable, "-m", "mkdocs", "build", "--strict"], project.root, GITHUB_ACTIONS="true")
    assert result.returncode == 1
    annotations = [line for line in result.stdout.splitlines() if line.startswith("::")]
    assert len(annotations) == len(TEN_MISTAKES)
    marked = set()
    for annotation in annotations:
        match = ANNOTATION.fullmatch(annotation)
        assert match, annotation
        assert match["title"].startswith("Data KKG%3A ")  # ':' is escaped in properties
        marked.add((match["file"], int(match["line"]), match["text"]))
    for mistake, line in located:
        assert any(file == mistake.file and at == line and mistake.says in text for file, at, text in marked), mistake
