"""Every file under data/ is accounted for: read, or named in periksa's output with the reason.

A file nothing reads is named by ``reader.report_unused`` (names starting with "." or "_"
are left alone on purpose), so the demo, where periksa names no file, has every file read;
stray files, links and folders added to a copy are each named.
"""

from __future__ import annotations

import os
import re
from pathlib import Path

from support.build import Project
from support.gates import count_checked

NAMED = re.compile(r"^(data/[^:]+?)(?::\d+)?: ", re.MULTILINE)


def named_files(output: str) -> set[str]:
    return set(NAMED.findall(output))


def data_files(data: Path) -> list[str]:
    found = []
    for folder, folders, files in os.walk(data):
        folders[:] = [name for name in folders if not name.startswith((".", "_"))]
        found += [
            os.path.relpath(os.path.join(folder, name), data.parent)
            for name in files
            if not name.startswith((".", "_"))
        ]
    return found


def test_periksa_names_no_file_of_the_demo_so_every_file_is_read(project: Project) -> None:
    result = project.periksa()
    assert result.returncode == 0, result.stderr
    assert named_files(result.stderr) == set()
    count_checked("demo data files read", len(data_files(project.data)))


def test_stray_files_links_and_folders_are_each_named_with_the_reason(project: Project) -> None:
    data = project.data
    activity = sorted((data / "kegiatan").glob("*.yml"))[0].read_text(encoding="utf-8")
    minutes = sorted((data / "notulen").glob("*.md"))[0].read_text(encoding="utf-8")
    (data / "kegiatan" / "2026").mkdir()
    stray = {
        "data/kegiatan/2026/2026-04-01-rapat.yml": ("berkas data di tempat ini tidak dibaca", activity),
        "data/kegiatan/2026-05-01-rapat.YML": ("akhiran '.YML' tidak dibaca; ganti menjadi .yml", activity),
        "data/notulen/2026-04-01-rapat.MD": ("akhiran '.MD' tidak dibaca; ganti menjadi .md", minutes),
        "data/notulen/2026-04-02-rapat.markdown": ("akhiran '.markdown' tidak dibaca; ganti menjadi .md", minutes),
        "data/README": ("berkas tanpa akhiran tidak dibaca", "catatan\n"),
        "data/foto/foto-lama.png": (
            "berkas ini tidak dipakai data mana pun",
            (data / "foto" / "siti-nurjanah.png").read_bytes(),
        ),
    }
    for relative, (_, content) in stray.items():
        project.write(relative, content)
    links = {
        "data/hilang.yml": ("tidak mengarah ke berkas yang ada", "tidak-ada.yml"),
        "data/berputar.yml": ("tidak mengarah ke berkas yang ada", "berputar.yml"),
        "data/kegiatan/luar": ("tautan simbolik ke folder tidak dibaca", str(project.root / "content")),
    }
    for relative, (_, target) in links.items():
        os.symlink(target, project.root / relative)
    (data / "kegiatan" / "arsip.yml").mkdir()
    folders = {"data/kegiatan/arsip.yml": "folder ini bernama seperti berkas data dan tidak dibaca"}

    result = project.periksa()

    assert result.returncode == 0, result.stderr
    assert "Traceback" not in result.stderr
    lines = result.stderr.splitlines()
    expected = {relative: reason for relative, (reason, _) in {**stray, **links}.items()} | folders
    for relative, reason in expected.items():
        assert any(line.startswith(f"{relative}: peringatan: ") and reason in line for line in lines), (relative, lines)
    # Every file, the stray ones too, is read or named.
    read_or_named = named_files(result.stderr)
    assert set(expected) <= read_or_named
    count_checked("stray files under data/ named by periksa", len(expected))


def test_files_that_would_clash_elsewhere_are_errors(project: Project) -> None:
    data = project.data
    activity = sorted((data / "kegiatan").glob("*.yml"))[0]
    twin = activity.with_suffix(".yaml")
    twin.write_text(activity.read_text(encoding="utf-8"), encoding="utf-8")
    photo = data / "foto" / "siti-nurjanah.png"
    (data / "foto" / "Siti-Nurjanah.png").write_bytes(photo.read_bytes())
    (data / "kas.yml").unlink()
    (data / "kas.yml").mkdir()

    result = project.periksa()

    assert result.returncode == 1
    lines = result.stderr.splitlines()
    assert "data/kas.yml: ini folder, bukan berkas; pindahkan isinya ke berkas bernama ini dan hapus foldernya" in lines
    assert (
        "data/foto/siti-nurjanah.png: nama berkas ini dan 'Siti-Nurjanah.png' dianggap sama (huruf besar/kecil atau "
        "akhiran .yml/.yaml); ganti nama salah satunya"
    ) in lines
    assert (
        f"data/kegiatan/{activity.name}: nama berkas ini dan '{twin.name}' dianggap sama (huruf besar/kecil atau "
        "akhiran .yml/.yaml); ganti nama salah satunya"
    ) in lines
