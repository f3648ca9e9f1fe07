"""``kkg-site``: Indonesian messages, no tracebacks, and ``baru`` never overwrites a file."""

from __future__ import annotations

from pathlib import Path

import pytest
from support.build import Project, kkg_site

from kkg_site.registry import discover, scaffolding

SCAFFOLDED = sorted(scaffolding())


def files_in(folder: Path) -> set[Path]:
    return {path for path in folder.rglob("*") if path.is_file()}


def test_unknown_type_is_named_with_the_choices(project: Project) -> None:
    before = files_in(project.data)
    result = kkg_site("baru", "laporan-bulanan", cwd=project.root)
    assert result.returncode == 2
    assert "Traceback" not in result.stderr
    assert result.stderr.startswith("Jenis isi tidak dikenal: 'laporan-bulanan'.")
    assert "Pilihan: " in result.stderr
    assert all(name in result.stderr for name in SCAFFOLDED)
    assert files_in(project.data) == before


@pytest.mark.parametrize("command", [["periksa"], ["baru", "notulen"]])
def test_missing_data_folder_is_explained(tmp_path: Path, command: list[str]) -> None:
    result = kkg_site(*command, cwd=tmp_path)
    assert result.returncode == 2
    assert "Traceback" not in result.stderr
    assert result.stderr.startswith("Folder data tidak ditemukan: data.")
    assert "--data" in result.stderr
    assert not (tmp_path / "data").exists()


@pytest.mark.parametrize("jenis", SCAFFOLDED)
def test_baru_writes_a_new_file_and_prints_its_path(project: Project, jenis: str) -> None:
    result = kkg_site("baru", jenis, "Rapat Koordinasi", cwd=project.root)
    assert result.returncode == 0, result.stderr
    path = project.root / result.stdout.strip()
    assert path.is_file()
    assert path.relative_to(project.data).parts[0] == jenis
    assert "rapat-koordinasi" in path.name  # the short name, made safe for a file name
    assert path.read_text(encoding="utf-8").strip()


@pytest.mark.parametrize("jenis", SCAFFOLDED)
def test_baru_never_overwrites(project: Project, jenis: str) -> None:
    first = kkg_site("baru", jenis, "rapat", cwd=project.root)
    path = project.root / first.stdout.strip()
    path.write_text("isian sekretaris\n", encoding="utf-8")

    again = kkg_site("baru", jenis, "rapat", cwd=project.root)

    assert again.returncode == 1
    assert again.stdout == ""
    assert again.stderr.startswith(f"Berkas sudah ada, tidak ditimpa: {first.stdout.strip()}.")
    assert path.read_text(encoding="utf-8") == "isian sekretaris\n"


@pytest.mark.parametrize("jenis", SCAFFOLDED)
def test_near_miss_type_gets_a_suggestion(project: Project, jenis: str) -> None:
    result = kkg_site("baru", jenis[:-1], cwd=project.root)
    assert result.returncode == 2
    assert f"Apakah maksud Anda '{jenis}'?" in result.stderr


@pytest.mark.parametrize("jenis", SCAFFOLDED)
def test_short_name_without_letters_is_refused(project: Project, jenis: str) -> None:
    before = files_in(project.data)
    result = kkg_site("baru", jenis, "!!!", cwd=project.root)
    assert result.returncode == 2
    assert result.stderr.startswith("Nama pendek '!!!' tidak bisa dipakai")
    assert files_in(project.data) == before


def test_every_dated_content_type_in_this_checkout_has_a_scaffold() -> None:
    """Issue 6: `kkg-site baru kegiatan|notulen|materi` for every such type that exists."""
    present = {t.name for t in discover()} & {"kegiatan", "notulen", "materi"}
    assert present <= set(SCAFFOLDED)


def test_usage_errors_are_indonesian_with_a_suggestion(tmp_path: Path) -> None:
    typo = kkg_site("perikso", cwd=tmp_path)
    assert typo.returncode == 2
    assert typo.stderr.splitlines() == [
        "pemakaian: kkg-site [-h] [--data DATA] perintah ...",
        "kkg-site: perintah 'perikso' tidak dikenal (apakah maksud Anda 'periksa'?); pilihan: periksa, baru, skema, mulai, impor, migrasi",
    ]
    late_option = kkg_site("periksa", "--data", "data", cwd=tmp_path)
    assert late_option.returncode == 2
    assert late_option.stderr.splitlines()[-1] == (
        "kkg-site: argumen tidak dikenal: --data data; opsi umum seperti --data ditulis sebelum nama perintah, "
        "mis. kkg-site --data data periksa"
    )
    nothing = kkg_site(cwd=tmp_path)
    assert nothing.stderr.splitlines()[-1] == "kkg-site: argumen wajib belum ditulis: perintah; lihat kkg-site --help"
