"""Nothing reaches the site but what the data names, as what it claims to be: published images
carry no metadata, and two builds at once leave a complete site or fail.

Files that are not what their suffix says, symbolic links and decompression bombs are refused
with messages in the bad-input corpus (tests/bad_data/kas-bukti-tautan-*, foto-*, materi-isi-*).
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from datetime import date
from pathlib import Path

import pytest
from PIL import Image
from support.build import Project, tool_env, tree_digest
from support.gates import count_checked

from kkg_site import filecontent
from kkg_site.errors import DataErrors
from kkg_site.filecontent import IMAGE_FORMATS
from kkg_site.generator import load

GPS_LATITUDE = (6.0, 54.0, 59.4)  # somewhere in Jakarta: what a phone writes into a photo
OWNER = "Kamera Pak Budi"
BAD_DATA = Path(__file__).parent / "bad_data"


def photo_with_metadata(path: Path, image_format: str, *, sideways: bool = False) -> None:
    """A photo as a phone saves it: EXIF with GPS position and owner, XMP, a comment."""
    exif = Image.Exif()
    exif[0x013B] = OWNER  # Artist
    exif[0x0112] = 6 if sideways else 1  # Orientation: turned 90° when shown
    exif[0x8825] = {1: "S", 2: GPS_LATITUDE}  # GPSInfo
    xmp = f'<x:xmpmeta xmlns:x="adobe:ns:meta/"><rdf:Description exif:GPSLatitude="{OWNER}"/></x:xmpmeta>'
    extra = {"comment": OWNER.encode()} if image_format in ("JPEG", "GIF") else {}
    if image_format in ("JPEG", "WEBP"):
        extra["xmp"] = xmp.encode()
    Image.new("RGB", (60, 40), "teal").save(path, format=image_format, exif=exif.tobytes(), **extra)


def test_no_published_image_carries_metadata(project: Project) -> None:
    photo_with_metadata(project.data / "foto" / "siti-nurjanah.jpg", "JPEG", sideways=True)
    members = project.data / "anggota.yml"
    members.write_text(members.read_text(encoding="utf-8").replace("foto/siti-nurjanah.png", "foto/siti-nurjanah.jpg"))
    photo_with_metadata(project.data / "kegiatan" / "foto" / "2026-06-13-pameran-praktik-baik-1.png", "PNG")
    photo_with_metadata(project.data / "materi" / "ipas" / "poster-rantai-makanan.png", "PNG")
    photo_with_metadata(project.data / "kas" / "bukti" / "nota.webp", "WEBP")
    treasury = project.data / "kas.yml"
    treasury.write_text(
        treasury.read_text(encoding="utf-8").replace("kas/bukti/2025-09-05-bantuan-dinas.pdf", "kas/bukti/nota.webp", 1)
    )

    result = project.build()
    assert result.returncode == 0, result.stderr

    images = [p for p in project.site.rglob("*") if p.suffix.lower() in IMAGE_FORMATS and "assets" not in p.parts]
    assert len(images) >= 10
    published = {p.relative_to(project.site).as_posix().split("/", 1)[0] + "/" + p.name for p in images}
    assert {
        "anggota/siti-nurjanah.jpg",
        "kegiatan/foto-1.png",
        "materi/poster-rantai-makanan.png",
        "keuangan/nota.webp",
    } <= published, published
    for path in images:
        data = path.read_bytes()
        with Image.open(path) as image:
            assert not image.getexif(), path
            assert not {"exif", "xmp", "XML:com.adobe.xmp", "comment"} & set(image.info), (path, image.info.keys())
        assert OWNER.encode() not in data and b"Exif\x00\x00" not in data and b"eXIf" not in data, path
    # The sideways photo is published upright: what the orientation tag asked for is in the pixels.
    with Image.open(next(p for p in images if p.name == "siti-nurjanah.jpg")) as upright:
        assert upright.size == (40, 60)
    count_checked("published images without metadata", len(images))


def test_two_builds_at_once_leave_a_complete_site_or_fail(project: Project) -> None:
    env = tool_env()
    command = [sys.executable, "-m", "mkdocs", "build", "--strict"]
    builds = [
        subprocess.Popen(command, cwd=project.root, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
        for _ in range(2)
    ]
    results = [(build.wait(timeout=600), build.stderr.read()) for build in builds]
    for build in builds:
        build.stdout.close()
        build.stderr.close()
    assert any(code == 0 for code, _ in results), results
    for code, stderr in results:
        assert "Traceback" not in stderr
        if code != 0:
            assert "Situs sedang dibangun oleh proses lain" in stderr, stderr

    alone = project.root / "sendiri"
    result = subprocess.run(
        [*command, "--site-dir", str(alone)], cwd=project.root, env=env, capture_output=True, text=True
    )
    assert result.returncode == 0, result.stderr
    pages = [{name for name in tree_digest(site) if name.endswith(".html")} for site in (project.site, alone)]
    assert pages[0] == pages[1]
    assert [p.name for p in project.root.iterdir() if p.name.startswith(".site")] == []


def test_an_unreadable_attachment_is_reported_at_its_line(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """A file that exists but cannot be opened (a permission the runner lacks) is a message at
    the line naming it, not a crash. The tests run as root, who may open any file, so the file
    opening of the content check is made to refuse these two files."""
    data = tmp_path / "data"
    shutil.copytree(BAD_DATA / "_base", data)
    shutil.copy(BAD_DATA / "nama-berkas-diawali-spasi" / "data" / "materi" / " soal.pdf", data / "soal.pdf")
    (data / "materi").mkdir()
    shutil.copy(data / "soal.pdf", data / "materi" / "soal.pdf")
    (data / "materi" / "soal.yml").write_text(
        "judul: Soal\njenis: soal\nmapel: Matematika\nkelas: 1\nberkas:\n  - soal.pdf\n"
    )
    Image.new("RGB", (8, 8)).save(data / "ani.png")
    members = data / "anggota.yml"
    members.write_text(
        members.read_text().replace("  tugas: Guru Kelas 1\n", "  tugas: Guru Kelas 1\n  foto: ani.png\n", 1)
    )
    unreadable = {str(data / "ani.png"), str(data / "materi" / "soal.pdf")}

    def refusing_open(path, *args, **kwargs):
        if os.fspath(path) in unreadable:
            raise PermissionError(13, "Permission denied", os.fspath(path))
        return open(path, *args, **kwargs)

    monkeypatch.setattr(filecontent, "open", refusing_open, raising=False)  # the module's name for the builtin
    with pytest.raises(DataErrors) as raised:
        load(data, date(2026, 11, 28))
    assert [str(error) for error in raised.value.errors] == [
        "data/anggota.yml:5: anggota[1].foto: berkas 'ani.png' tidak dapat dibaca (izin ditolak); periksa izin berkasnya",
        "data/materi/soal.yml:6: berkas[1]: berkas 'soal.pdf' tidak dapat dibaca (izin ditolak); periksa izin berkasnya",
    ]
