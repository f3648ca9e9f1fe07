"""Images pasted into a minutes' discussion: those in data/notulen/gambar/ are published beside
the page (checked, re-encoded without metadata), every other one is removed with a message."""

from __future__ import annotations

import io
import re
import shutil
from pathlib import Path
from urllib.parse import urljoin, urlsplit
from urllib.request import urlopen

from bs4 import BeautifulSoup
from PIL import Image
from support.build import ROOT, TODAY, kkg_site

from kkg_site.generator import generate
from kkg_site.render import markdown_to_html
from kkg_site.types.notulen.collection import FEED_PATH

DEMO_MEETING = "2026-11-14-rapat-rutin-asesmen-sumatif"
MARKDOWN_IMAGE = re.compile(r"!\[([^\]]*)\]\(([^)\s]+)\)")


def discussion_images(soup: BeautifulSoup) -> list:
    heading = soup.find(id="pembahasan")
    assert heading is not None
    return [img for sibling in heading.find_next_siblings() for img in sibling.find_all("img")]


def test_demo_image_is_published_beside_the_minutes(served_site: str) -> None:
    """Fetched as a reader's browser does: the page under the sub-path, then its image."""
    body = (ROOT / "data" / "notulen" / f"{DEMO_MEETING}.md").read_text(encoding="utf-8").split("---\n", 2)[2]
    [(alt, target)] = MARKDOWN_IMAGE.findall(body)
    assert target.startswith("gambar/")  # as Pages CMS writes it (media output "gambar")
    page_url = f"{served_site}notulen/{DEMO_MEETING}/"
    with urlopen(page_url) as response:
        [img] = discussion_images(BeautifulSoup(response.read().decode("utf-8"), "html.parser"))

    assert img["alt"] == alt
    assert img["loading"] == "lazy"
    src = img["src"]
    assert not urlsplit(src).scheme and not src.startswith("/")  # relative: works under /portal-kkg/
    absolute = urljoin(page_url, src)
    assert absolute.startswith(page_url)
    with urlopen(absolute) as response:
        assert response.headers["Content-Type"] == "image/png"
        served = io.BytesIO(response.read())
    with Image.open(served) as image:
        assert image.size == (int(img["width"]), int(img["height"]))
        assert image.format == "PNG"
        assert not image.getexif() and "exif" not in image.info
    with Image.open(ROOT / "data" / "notulen" / target) as original:
        assert original.size == image.size


def jpeg_with_gps(path: Path) -> None:
    image = Image.new("RGB", (64, 48), (200, 120, 40))
    exif = Image.Exif()
    exif[0x010F] = "Kamera Ponsel"  # Make
    exif[0x8825] = {1: "S", 2: (6.0, 54.0, 59.4)}  # GPS latitude: where the secretary lives
    image.save(path, "JPEG", exif=exif)
    with Image.open(path) as written:
        assert written.getexif()


def test_exif_is_removed_and_other_images_get_messages(tmp_path: Path) -> None:
    data = shutil.copytree(ROOT / "data", tmp_path / "data")
    jpeg_with_gps(data / "notulen" / "gambar" / "foto-rapat.JPG")
    minutes = data / "notulen" / f"{DEMO_MEETING}.md"
    text = minutes.read_text(encoding="utf-8")
    minutes.write_text(
        text
        + "\n![Suasana rapat](gambar/foto-rapat.JPG)\n\n![Logo dinas](https://contoh.go.id/logo.png)\n"
        + '\n<img src="gambar/pembagian-kelompok-kisi-kisi.png">\n',
        encoding="utf-8",
    )
    lines = minutes.read_text(encoding="utf-8").splitlines()
    external_line = next(n for n, line in enumerate(lines, 1) if "contoh.go.id" in line)
    body_line = lines.index("---", 1) + 2  # the line after the closing "---"

    result = kkg_site("periksa", cwd=tmp_path)

    assert result.returncode == 0, result.stderr
    warnings = result.stderr.splitlines()
    file = f"data/notulen/{DEMO_MEETING}.md"
    assert (
        f"{file}:{external_line}: peringatan: pembahasan: gambar 'https://contoh.go.id/logo.png' dari situs lain "
        "tidak ditampilkan; unggah gambarnya ke folder data/notulen/gambar/ (tombol gambar di formulir pembahasan)"
    ) in warnings
    # a raw <img> is still active content (at the body's first line), as in every other field
    assert (
        f"{file}:{body_line}: peringatan: pembahasan: memuat kode yang tidak dijalankan di situs (gambar); kode itu "
        "dibuang atau ditampilkan sebagai teks biasa, hapus dari data"
    ) in warnings

    output = generate(data, TODAY)
    files = {generated.path: generated.content for generated in output.files}
    published = files[f"notulen/{DEMO_MEETING}/gambar-2.jpg"]  # lower-case suffix, numbered in order
    with Image.open(io.BytesIO(published)) as image:
        assert image.size == (64, 48)
        assert not image.getexif() and "exif" not in image.info
    [meeting_page] = [p for p in output.pages if p.url == f"notulen/{DEMO_MEETING}/"]
    soup = BeautifulSoup(meeting_page.body, "html.parser")
    assert [img["src"] for img in discussion_images(soup)] == ["gambar-1.png", "gambar-2.jpg"]
    assert [img["alt"] for img in discussion_images(soup)][1] == "Suasana rapat"
    assert "contoh.go.id" not in meeting_page.body
    # the feed and every other Markdown field keep removing images
    assert "Koordinator Matematika membagi peserta" in str(files[FEED_PATH])  # the body is in the feed
    assert "<img" not in str(files[FEED_PATH]) and "&lt;img" not in str(files[FEED_PATH])
    assert markdown_to_html("![Suasana rapat](gambar/foto-rapat.JPG)") == "<p></p>"
