"""Pasted HTML and scripts in the data never run on a visitor's phone.

Plain-text fields are shown as typed (escaped); Markdown fields are sanitised;
JSON-LD cannot be closed from inside. Every page of a hostile build is parsed.
"""

from __future__ import annotations

import json
from pathlib import Path
from urllib.parse import urljoin, urlparse

import pytest
import yaml
from bs4 import BeautifulSoup
from support.build import Project
from support.pages import page

from kkg_site.render import json_ld, markdown_to_html

PAYLOADS = [
    "<script>alert(1)</script>",
    '"><img src=x onerror=alert(1)>',
    "</script>",
    "[x](javascript:alert(1))",
    "&lt;/title&gt;&lt;script&gt;alert(2)&lt;/script&gt;",  # entities a careless `striptags` would decode
    "' onmouseover='alert(3)",
]
HOSTILE = " ".join(PAYLOADS)
SCRIPT_SCHEMES = ("javascript:", "data:", "vbscript:")


def load(project: Project, name: str):
    return yaml.safe_load((project.data / name).read_text(encoding="utf-8"))


def save(project: Project, name: str, data) -> None:
    (project.data / name).write_text(yaml.safe_dump(data, allow_unicode=True, sort_keys=False), encoding="utf-8")


@pytest.fixture(scope="module")
def hostile_site(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, str]:
    """The demo with every kind of payload in organisation, school and member texts."""
    from support.build import copy_project

    project = copy_project(tmp_path_factory.mktemp("hostile") / "proyek")
    kkg = load(project, "kkg.yml")
    kkg.update(nama=f"KKG {HOSTILE}", singkatan=f"KKG & {PAYLOADS[0]}", visi=HOSTILE, misi=PAYLOADS)
    kkg["deskripsi"] = (
        f"Paragraf **tebal** dan [tautan](https://contoh.sch.id).\n\n{HOSTILE}\n\n"
        "<iframe src=https://contoh.sch.id></iframe>\n\n![logo](https://pelacak.example/logo.png)"
    )
    save(project, "kkg.yml", kkg)
    schools = load(project, "sekolah.yml")
    schools[0].update(nama=f"SD {HOSTILE}", alamat=HOSTILE, kepala_sekolah=HOSTILE)
    save(project, "sekolah.yml", schools)
    members = load(project, "anggota.yml")
    members[0].update(nama=f"Dedi {HOSTILE}", tugas=HOSTILE)
    save(project, "anggota.yml", members)
    result = project.build()
    assert result.returncode == 0, result.stderr
    return project.site, result.stderr


def html_files(site: Path) -> list[Path]:
    return sorted(site.rglob("*.html"))


def inline_code(site: Path) -> set[tuple[str, str]]:
    """Executable inline scripts and event handlers of every page, as (where, code).
    In the clean demo these are the theme's inline scripts; the site's own code is in files."""
    found = set()
    for path in html_files(site):
        soup = page(site, path.relative_to(site).as_posix())
        for script in soup.find_all("script"):
            if not script.get("src") and script.get("type") in (None, "text/javascript", "module"):
                found.add(("script", script.string or ""))
        for element in soup.find_all(True):
            found.update(
                (f"{element.name} {name}", value)
                for name, value in element.attrs.items()
                if name.lower().startswith("on")
            )
    return found


def test_no_script_handler_or_script_url_from_data_on_any_page(hostile_site: tuple[Path, str], site: Path) -> None:
    built, _ = hostile_site
    own_code = inline_code(site)
    assert own_code, "the clean demo has the theme's inline scripts to compare with"
    assert {where for where, _ in own_code} == {"script"}, "no inline event handler, not even the site's own"
    assert inline_code(built) <= own_code
    pages = html_files(built)
    assert len(pages) > 30
    for path in pages:
        soup = page(built, path.relative_to(built).as_posix())
        for element in soup.find_all(True):
            for name, value in element.attrs.items():
                if name in ("href", "src", "action", "formaction", "srcset"):
                    url = "".join(str(value).split()).lower()
                    assert not url.startswith(SCRIPT_SCHEMES), f"{path}: {name}={value}"
            if element.name == "script" and element.get("src"):  # the site's own files only
                source = urlparse(urljoin(f"http://situs/{path.relative_to(built).as_posix()}", element["src"]))
                assert (
                    source.netloc == "situs" and (built / source.path.removeprefix("/portal-kkg").lstrip("/")).is_file()
                ), element
        assert not soup.find(["iframe", "object", "embed"]), path
        for image in soup.find_all("img"):  # no image from another host, nor the payload's
            assert not urlparse(image.get("src", "")).netloc and image.get("src") != "x", f"{path}: {image}"
        for script in soup.find_all("script", type=("application/ld+json", "application/json")):
            json.loads(script.string)


def test_plain_text_is_shown_as_typed(hostile_site: tuple[Path, str]) -> None:
    built, _ = hostile_site
    home = page(built, "")
    assert home.find("h1").get_text() == f"KKG {HOSTILE}"
    assert home.title.get_text() == f"KKG {HOSTILE}"  # the home page's title is the KKG's name
    assert home.find("meta", property="og:title")["content"] == f"KKG {HOSTILE}"
    footer = home.select_one(".kkg-footer__name")
    assert footer.get_text() == f"KKG {HOSTILE}" and not footer.find(["script", "img"])
    assert home.find("meta", attrs={"name": "description"})["content"] == HOSTILE
    member = page(built, "anggota/dedi-kurniawan/")
    assert member.title.get_text().startswith(f"Dedi {HOSTILE} - ")
    assert member.find("meta", property="og:title")["content"] == f"Dedi {HOSTILE}"
    assert HOSTILE in member.find("dl", class_="kkg-facts").get_text()
    about = page(built, "tentang/")
    assert [li.get_text() for li in about.select("#visi-misi ~ ol li")] == PAYLOADS


def test_markdown_keeps_formatting_drops_active_content_with_warning(hostile_site: tuple[Path, str]) -> None:
    built, output = hostile_site
    about = page(built, "tentang/")
    body = about.find("div", class_="kkg-tentang")
    assert body.find("strong", string="tebal")
    assert body.find("a", href="https://contoh.sch.id", string="tautan")
    assert body.find("a", string="x") is None or not body.find("a", string="x").get("href")
    assert (
        "peringatan: deskripsi: memuat kode yang tidak dijalankan di situs (<script>, <iframe>, atribut onerror, "
        "tautan javascript:, gambar)"
    ) in output
    assert "peringatan: anggota[1].nama:" in output


@pytest.mark.parametrize("text", [*PAYLOADS, "</SCRIPT ><script>alert(4)</script>", "<!--<script>-->"])
def test_json_ld_cannot_be_closed_from_inside(text: str) -> None:
    soup = BeautifulSoup(f"<head>{json_ld({'name': text, 'description': [text]})}</head>", "html.parser")
    scripts = soup.find_all("script")
    assert len(scripts) == 1
    data = json.loads(scripts[0].string)
    assert data["name"] == text and data["description"] == [text]
    assert "<" not in scripts[0].string


@pytest.mark.parametrize(
    "markdown, dropped",
    [
        ("<script>alert(1)</script>", "script"),
        ("[x](javascript:alert(1))", "javascript"),
        ("[x](JaVaScRiPt&#58;alert(1))", "alert"),
        ('<a href="data:text/html;base64,PHNjcmlwdD4=">x</a>', "data:"),
        ('<img src="https://contoh.sch.id/a.png" onerror="alert(1)">', "onerror"),
        ('<p style="position:fixed">x</p>', "style"),
        ("![logo](https://pelacak.example/logo.png)", "pelacak"),
    ],
)
def test_markdown_sanitiser_removes(markdown: str, dropped: str) -> None:
    html = str(markdown_to_html(markdown))
    assert dropped.lower() not in html.lower()
