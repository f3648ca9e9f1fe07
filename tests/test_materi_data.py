"""Checks on materials that need real files: sizes, symbolic links, unused files, the scaffold.

The rules that need only YAML are in the bad-input corpus (tests/bad_data/materi-*).
"""

from __future__ import annotations

import itertools
import os
import re
import subprocess
from pathlib import Path

import yaml
from support.build import TODAY, Project, kkg_site

from kkg_site.types.materi.model import Materi

ITEM = """\
judul: Video praktik
jenis: media
mapel: PJOK
kelas: 4
berkas:
  - {name}
"""


def add_item(project: Project, name: str, size: int | None = None) -> Path:
    """An item ``data/materi/pjok/video-praktik.yml`` with the attachment ``name``."""
    project.write("data/materi/pjok/video-praktik.yml", ITEM.format(name=name))
    attachment = project.data / "materi" / "pjok" / name
    if size is not None:
        # An MP4 header, then a sparse file: the size is real for the checks but takes no disk space.
        attachment.write_bytes(b"\x00\x00\x00\x18ftypmp42")
        subprocess.run(["truncate", "-s", str(size), str(attachment)], check=True)
    return attachment


def test_attachment_of_95_mb_is_an_error(project: Project) -> None:
    add_item(project, "praktik.mp4", 96 * 1024 * 1024)
    result = project.periksa()
    assert result.returncode == 1
    assert result.stderr.splitlines()[0] == (
        "data/materi/pjok/video-praktik.yml:6: berkas[1]: berkas 'praktik.mp4' berukuran 96 MB; batasnya 95 MB "
        "(GitHub menolak berkas 100 MB): kecilkan berkasnya atau unggah ke Google Drive/YouTube dan tulis alamatnya di tautan"
    )
    assert "Traceback" not in result.stderr


def test_attachment_above_20_mb_is_a_warning(project: Project) -> None:
    add_item(project, "praktik.mp4", 21 * 1024 * 1024)
    result = project.periksa()
    assert result.returncode == 0, result.stderr
    assert (
        "data/materi/pjok/video-praktik.yml:6: peringatan: berkas[1]: berkas 'praktik.mp4' berukuran 21 MB; "
        "di atas 20 MB terasa berat bagi kuota ponsel, sebaiknya dikecilkan"
    ) in result.stderr.splitlines()


def test_attachment_of_20_mb_passes_silently(project: Project) -> None:
    add_item(project, "praktik.mp4", 20 * 1024 * 1024)
    result = project.periksa()
    assert result.returncode == 0, result.stderr
    assert "praktik.mp4" not in result.stderr


def test_symbolic_link_out_of_materi_is_an_error(project: Project, tmp_path: Path) -> None:
    outside = tmp_path / "rahasia.pdf"
    outside.write_bytes(b"%PDF-1.4\n%%EOF\n")
    add_item(project, "soal.pdf").symlink_to(outside)
    result = project.periksa()
    assert result.returncode == 1
    assert result.stderr.splitlines()[0] == (
        "data/materi/pjok/video-praktik.yml:6: berkas[1]: 'soal.pdf' adalah tautan simbolik ke luar folder data/materi/; "
        "salin berkasnya ke sini"
    )


def test_symbolic_link_within_materi_is_allowed(project: Project) -> None:
    shared = project.data / "materi" / "matematika" / "kunci-jawaban.docx"
    add_item(project, "kunci.docx").symlink_to(os.path.relpath(shared, project.data / "materi" / "pjok"))
    result = project.periksa()
    assert result.returncode == 0, result.stderr


def test_unused_files_are_warned_about(project: Project) -> None:
    """A file that could be an attachment is named with the materials' fix; any other file
    nobody reads is named once, by the check of the whole data folder, with its own reason."""
    project.write("data/materi/ipas/lupa-dicatat.pdf", b"%PDF-1.4\n%%EOF\n")
    project.write("data/materi/ipas/materi-baru.yaml", "judul: Salah akhiran\n")
    project.write("data/materi/ipas/arsip.zip", b"PK\x05\x06" + bytes(18))
    result = project.periksa()
    assert result.returncode == 0, result.stderr
    warnings = result.stderr.splitlines()
    assert (
        "data/materi/ipas/lupa-dicatat.pdf: peringatan: berkas ini tidak dipakai materi mana pun; "
        "tulis di berkas: pada materinya atau hapus"
    ) in warnings
    assert "data/materi/ipas/materi-baru.yaml: peringatan: akhiran '.yaml' tidak dibaca; ganti menjadi .yml" in warnings
    assert (
        "data/materi/ipas/arsip.zip: peringatan: berkas ini tidak dipakai data mana pun; sebutkan di datanya atau hapus"
    ) in warnings
    assert len([w for w in warnings if w.startswith("data/materi/ipas/")]) == 3


def test_scaffold_writes_a_commented_file_that_asks_for_an_attachment(project: Project) -> None:
    result = kkg_site("baru", "materi", "soal-sts-pjok-kelas-4-ganjil", cwd=project.root)
    assert result.returncode == 0, result.stderr
    path = project.data / "materi" / "soal-sts-pjok-kelas-4-ganjil.yml"
    assert result.stdout.strip() == f"data/materi/{path.name}"
    lines = path.read_text(encoding="utf-8").splitlines()
    key_line = re.compile(r"^(?:# )?([a-z_]+):")  # "judul: …" or, commented out, "# tema: …"
    keys = {match.group(1): number for number, line in enumerate(lines) if (match := key_line.match(line))}
    assert set(keys) == set(Materi.model_fields)
    for key, number in keys.items():
        block = list(itertools.takewhile(str.strip, reversed(lines[:number])))  # up to the blank line above
        assert any(line.startswith("# ") and not key_line.match(line) for line in block), f"{key} is not explained"
    assert yaml.safe_load("\n".join(lines))["tanggal"] == TODAY
    check = project.periksa()
    assert check.returncode == 1
    assert check.stderr.splitlines()[:-1] == [
        "data/materi/soal-sts-pjok-kelas-4-ganjil.yml:8: berkas: isi paling sedikit satu berkas (lampiran) atau tautan"
    ]
