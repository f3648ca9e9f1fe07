"""The bad-input corpus: every case fails ``kkg-site periksa`` with exactly its messages,
and a sample of the cases fails ``mkdocs build`` without touching the published site."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from support.build import copy_project, kkg_site, mkdocs_build, parse_annotation, tree_digest
from support.gates import count_checked

CORPUS = Path(__file__).parent / "bad_data"
BASE = CORPUS / "_base"
CASES = sorted(p.name for p in CORPUS.iterdir() if p.is_dir() and not p.name.startswith("_"))
BUILT_CASES = CASES[::5]  # a full build per case would multiply the suite's time; every fifth is built


def make_case(case: str, target: Path) -> Path:
    """A project folder with the base data, the case's files laid over it."""
    data = target / "data"
    shutil.copytree(BASE, data, symlinks=True)
    folder = CORPUS / case
    removals = folder / "remove.txt"
    if removals.is_file():  # before the overlay, so that a case may replace a base file by a symbolic link
        for name in removals.read_text().split():
            path = data / name
            shutil.rmtree(path) if path.is_dir() else path.unlink()
    overlay = folder / "data"
    if overlay.is_dir():
        shutil.copytree(overlay, data, symlinks=True, dirs_exist_ok=True)
    return target


def expected_messages(case: str) -> list[str]:
    return [line for line in (CORPUS / case / "expected.txt").read_text(encoding="utf-8").splitlines() if line.strip()]


def test_base_is_valid(tmp_path: Path) -> None:
    shutil.copytree(BASE, tmp_path / "data")
    result = kkg_site("periksa", cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    assert result.stdout.startswith("Data valid")


def test_corpus_is_large_enough() -> None:
    assert len(CASES) > 60  # issue 10: more than 60 hostile inputs across all content types


@pytest.mark.parametrize("case", CASES)
def test_bad_input_reports_exactly(case: str, tmp_path: Path) -> None:
    """As in the workflow (GITHUB_ACTIONS=true): the report on stderr, an annotation per error on stdout."""
    project = make_case(case, tmp_path)
    result = kkg_site("periksa", cwd=project, GITHUB_ACTIONS="true")
    output = result.stdout + result.stderr
    assert "Traceback" not in output
    assert result.returncode == 1, output
    lines = result.stderr.splitlines()
    expected = expected_messages(case)
    assert lines[-1] == f"Ditemukan {len(expected)} kesalahan pada data. Situs tidak dibangun."
    assert lines[:-1] == expected
    annotations = [parse_annotation(line) for line in result.stdout.splitlines() if line.startswith("::")]
    assert len(annotations) == len(expected)
    for (command, properties, text), message in zip(annotations, expected):
        # the annotation carries exactly the report line: file, line, field and text
        assert command == "error"
        where = f"{properties['file']}:{properties['line']}" if "line" in properties else properties["file"]
        field = properties["title"].removeprefix("Data KKG").removeprefix(": ")
        assert message == f"{where}:" + (f" {field}:" if field else "") + f" {text}"
        if "line" in properties:  # a line of the file, which GitHub finds from the repository root
            lines_in_file = len(
                (project / properties["file"]).read_bytes().splitlines()
            )  # bytes: some cases are not UTF-8
            assert 1 <= int(properties["line"]) <= lines_in_file, message
    count_checked("bad inputs rejected by kkg-site periksa")


@pytest.mark.parametrize("case", BUILT_CASES)
def test_bad_input_fails_build_and_keeps_published_site(case: str, tmp_path: Path, site: Path) -> None:
    cased = make_case(case, tmp_path / "kasus")
    project = copy_project(tmp_path / "proyek", data=cased / "data")
    shutil.copytree(site, project.site)  # the site published before the bad commit
    published = tree_digest(project.site)

    result = mkdocs_build(project.root)

    output = result.stdout + result.stderr
    assert result.returncode == 1, output
    assert "Traceback" not in output
    for message in expected_messages(case):
        assert message in output
    assert tree_digest(project.site) == published
    assert sorted(p.name for p in project.root.iterdir()) == ["content", "data", "mkdocs.yml", "site"]
    count_checked("bad inputs refused by mkdocs build (site/ unchanged)")


def test_bom_and_crlf_files_are_valid(tmp_path: Path) -> None:
    """Windows editors save UTF-8 with a byte-order mark and CRLF line ends: both are accepted."""
    data = shutil.copytree(BASE, tmp_path / "data")
    for path in data.glob("*.yml"):
        text = path.read_text(encoding="utf-8")
        path.write_bytes(b"\xef\xbb\xbf" + text.replace("\n", "\r\n").encode("utf-8"))
    assert (data / "kkg.yml").read_bytes().startswith(b"\xef\xbb\xbfnama: KKG Gugus Uji\r\n")

    result = kkg_site("periksa", cwd=tmp_path)

    assert result.returncode == 0, result.stderr
    assert result.stdout.startswith("Data valid")
    assert "3 anggota" in result.stdout


def test_no_annotations_outside_github_actions(tmp_path: Path) -> None:
    result = kkg_site("periksa", cwd=make_case(CASES[0], tmp_path))
    assert result.returncode == 1
    assert not [line for line in result.stdout.splitlines() if line.startswith("::")]
