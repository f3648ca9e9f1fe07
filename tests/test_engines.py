"""A second engine, and the engine-independent export path.

ProperDocs (the maintained MkDocs 1.x fork) runs the ``kkg`` plugin through its
``mkdocs.plugins`` entry point, with ``mkdocs.*`` imports redirected to its own modules;
the demo it builds is the MkDocs build byte for byte, the generator tag aside.
``python -m kkg_site.export`` writes the pages as a plain project (docs folder, nav,
theme overrides, no plugin), which any such engine builds; Pagefind indexes it after.
"""

from __future__ import annotations

import json
import re
import sys
from pathlib import Path

import pytest
from support.build import Project, run

GENERATOR_TAG = re.compile(rb'<meta name="generator" content="[^"]*">')
SEARCH_INDEX = "pagefind"  # Pagefind's file names differ between runs; its page count is compared


def engine(name: str) -> str:
    return str(Path(sys.executable).parent / name)


def site_files(site: Path) -> dict[str, bytes]:
    """Every file of a built site but the search index, HTML without its generator tag."""
    files = {}
    for path in sorted(site.rglob("*")):
        relative = path.relative_to(site).as_posix()
        if path.is_file() and not relative.startswith(f"{SEARCH_INDEX}/"):
            content = path.read_bytes()
            files[relative] = GENERATOR_TAG.sub(b"", content) if path.suffix == ".html" else content
    return files


def indexed_pages(site: Path) -> int:
    entry = json.loads((site / SEARCH_INDEX / "pagefind-entry.json").read_text(encoding="utf-8"))
    return sum(language["page_count"] for language in entry["languages"].values())


def test_properdocs_builds_the_demo_identically(site: Path, project: Project) -> None:
    result = run([engine("properdocs"), "build", "--strict", "-f", "mkdocs.yml"], project.root)
    assert result.returncode == 0, result.stderr

    home = (project.site / "index.html").read_text(encoding="utf-8")
    assert re.search(r'<meta name="generator" content="[^"]*ProperDocs', home)  # really the other engine
    theirs, ours = site_files(project.site), site_files(site)
    assert sorted(theirs) == sorted(ours)
    assert [path for path in ours if theirs[path] != ours[path]] == []
    assert indexed_pages(project.site) == indexed_pages(site)


@pytest.mark.parametrize("name", ["properdocs", "mkdocs"])
def test_the_exported_project_builds_with_either_engine_then_pagefind(
    name: str, site: Path, project: Project, tmp_path: Path
) -> None:
    exported = tmp_path / "ekspor"
    result = run([sys.executable, "-m", "kkg_site.export", str(exported)], project.root)
    assert result.returncode == 0, result.stderr
    assert not (exported / "data").exists()  # pages only: the data stays with the portal

    built = run([engine(name), "build", "--strict", "-f", "mkdocs.yml"], exported)
    assert built.returncode == 0, built.stderr
    search = run([sys.executable, "-m", "kkg_site.types.cari.pagefind", "site"], exported)
    assert search.returncode == 0, search.stderr

    plain = exported / "site"
    assert sorted(p for p in site_files(plain) if p.endswith(".html")) == sorted(
        p for p in site_files(site) if p.endswith(".html")
    )
    assert indexed_pages(plain) == indexed_pages(site)
    assert (plain / "notulen" / "feed.xml").read_bytes() == (site / "notulen" / "feed.xml").read_bytes()


def test_export_refuses_a_folder_with_files(project: Project) -> None:
    (project.root / "ekspor").mkdir()
    (project.root / "ekspor" / "catatan.md").write_text("milik pengguna", encoding="utf-8")
    result = run([sys.executable, "-m", "kkg_site.export", "ekspor"], project.root)
    assert result.returncode == 2
    assert "tidak kosong" in result.stderr
    assert [p.name for p in (project.root / "ekspor").iterdir()] == ["catatan.md"]


def test_export_refuses_a_configuration_without_the_plugin(project: Project) -> None:
    project.write("biasa.yml", "site_name: Situs biasa\ndocs_dir: content\n")
    result = run([sys.executable, "-m", "kkg_site.export", "ekspor", "--config", "biasa.yml"], project.root)
    assert result.returncode == 2
    assert "biasa.yml tidak memakai plugin kkg" in result.stderr
    assert "Traceback" not in result.stderr
    assert not (project.root / "ekspor").exists()
