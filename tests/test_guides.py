"""The Panduan pages: published, and true to the data contracts and to the workflow.

File templates are read from the built guide pages (what a teacher copies), written into
a copy of the demo project and checked with ``kkg-site periksa``.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest
import yaml

from conftest import ROOT, Project, kkg_site, page, parse_annotation
from kkg_site.contenttype import discover

GUIDES = {
    "panduan/": "Panduan",
    "panduan/sekretaris/": "Panduan sekretaris",
    "panduan/koordinator/": "Panduan koordinator mata pelajaran",
    "panduan/pengelola/": "Panduan pengelola situs",
}
TYPES = {t.name for t in discover()}
WORKFLOW = yaml.safe_load((ROOT / ".github" / "workflows" / "pages.yml").read_text(encoding="utf-8"))


def templates(site: Path) -> dict[str, str]:
    """File path in the repository → the template text shown for it in the guides."""
    found = {}
    for url in GUIDES:
        for code in page(site, url).select("pre > code[data-berkas]"):
            found[code["data-berkas"]] = code.get_text()
    return found


def add_template(project: Project, path: str, text: str) -> Path:
    target = project.root / path
    assert not target.exists(), f"the guide's example {path} collides with the demo data"
    project.write(path, text)
    return target


@pytest.mark.parametrize(("url", "title"), GUIDES.items())
def test_guides_are_published_under_panduan(site: Path, url: str, title: str) -> None:
    soup = page(site, url)
    assert soup.find("h1").get_text(strip=True).removesuffix("¶") == title
    nav = soup.select_one("nav.md-nav--primary")
    assert "Panduan" in [link.get_text(strip=True) for link in nav.select("a, label")]


def test_every_template_names_its_file_and_is_shown_for_each_content_type(site: Path) -> None:
    found = templates(site)
    assert {path.split("/")[1] for path in found} == {"notulen", "kegiatan", "materi"}
    text = " ".join(page(site, url).get_text(" ", strip=True) for url in GUIDES)
    for path in found:
        assert f"Berkas {path}" in text  # the file name is shown above its template


@pytest.mark.parametrize("kind", ["notulen", "kegiatan", "materi"])
def test_template_passes_the_check(site: Path, project: Project, kind: str) -> None:
    if kind not in TYPES:
        pytest.skip(f"content type {kind} is not in this checkout")
    (path, text), = [(p, t) for p, t in templates(site).items() if p.split("/")[1] == kind]
    target = add_template(project, path, text)
    if path.endswith(".yml"):
        for attachment in yaml.safe_load(text).get("berkas", []):
            (target.parent / attachment).write_bytes(b"%PDF-1.4\n%%EOF\n")
    result = kkg_site("periksa", cwd=project.root)
    assert result.returncode == 0, result.stderr
    assert "Traceback" not in result.stderr


def test_the_error_shown_in_the_guide_is_the_one_github_shows(site: Path, project: Project) -> None:
    if "notulen" not in TYPES:
        pytest.skip("content type notulen is not in this checkout")
    guide = page(site, "panduan/sekretaris/")
    example = next(pre.get_text() for pre in guide.select("pre") if pre.get_text().startswith("Data KKG:"))
    title, message, location = example.strip().splitlines()
    path, line = location.split("#L")
    wrong, right = re.fullmatch(r"'(.+)' tidak ada di .+ \(apakah maksud Anda '(.+)'\?\)", message).groups()
    target = add_template(project, path, templates(site)[path])
    lines = target.read_text(encoding="utf-8").splitlines(keepends=True)
    assert right in lines[int(line) - 1]
    lines[int(line) - 1] = lines[int(line) - 1].replace(right, wrong)
    target.write_text("".join(lines), encoding="utf-8")

    result = kkg_site("periksa", cwd=project.root, GITHUB_ACTIONS="true")

    assert result.returncode == 1
    (annotation,) = [parse_annotation(out) for out in result.stdout.splitlines() if out.startswith("::")]
    assert annotation == ("error", {"file": path, "line": line, "title": title}, message)


def test_guides_name_the_workflow_and_its_steps(site: Path) -> None:
    secretary = page(site, "panduan/sekretaris/").get_text(" ", strip=True)
    maintainer = page(site, "panduan/pengelola/").get_text(" ", strip=True)
    assert f'"{WORKFLOW["name"]}"' in secretary
    assert f"{WORKFLOW['name']} → Run workflow" in maintainer
    step_names = [step.get("name") for step in WORKFLOW["jobs"]["periksa-dan-bangun"]["steps"]]
    assert "Periksa data" in step_names and "Periksa data" in secretary


def test_maintainer_guide_gives_the_daily_rebuild_time_in_each_zone(site: Path) -> None:
    (entry,) = WORKFLOW[True]["schedule"]  # YAML 1.1 reads `on` as True
    minute, hour = (int(value) for value in entry["cron"].split()[:2])
    maintainer = page(site, "panduan/pengelola/").get_text(" ", strip=True)
    for zone, offset in {"WIB": 7, "WITA": 8, "WIT": 9}.items():
        assert f"{(hour + offset) % 24:02d}.{minute:02d} {zone}" in maintainer
