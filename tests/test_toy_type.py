"""A new content type is a package and nothing else: the toy type in tests/toy_type/pengumuman
(a model, one data file, one page) is dropped into ``kkg_site.types`` for a build of the demo,
and its page is in the navigation, on the site and in the search index."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest
from support.build import ROOT, TODAY, copy_project, tool_env
from support.pages import indexed, page

from kkg_site import generator
from kkg_site.index import MissingContentType
from kkg_site.registry import discover

TOY_TYPES = Path(__file__).parent / "toy_type"  # its packages join kkg_site.types for the build

# The build as `mkdocs build` runs it, with the toy package's folder on kkg_site.types' path:
# the registry finds it like a package shipped in kkg_site/types/.
BUILD = f"""
import sys
import kkg_site.types
kkg_site.types.__path__.append({str(TOY_TYPES)!r})
from mkdocs.__main__ import cli
sys.exit(cli(["build", "--strict", "-q"]))
"""


def test_a_toy_type_needs_only_its_package(tmp_path: Path) -> None:
    project = copy_project(tmp_path / "proyek")
    project.write(
        "data/pengumuman.yml", "- judul: Libur semester\n  tanggal: 2026-12-19\n  isi: KKG *libur* sampai Januari.\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", BUILD], cwd=project.root, env=tool_env(), capture_output=True, text=True, check=False
    )
    assert result.returncode == 0, result.stderr
    listing = page(project.site, "pengumuman/")
    assert listing.select_one("article h2").get_text() == "Libur semester"
    assert listing.select_one("article em").get_text() == "libur"
    nav = [a.get_text(strip=True) for a in page(project.site, "").select("nav.md-tabs a, .md-nav--primary a")]
    assert "Pengumuman" in nav
    record = indexed(project.site)["pengumuman/"]
    assert record["filters"]["kategori"] == ["Pengumuman"]
    assert "Libur semester" in record["content"]


def test_a_missing_required_type_is_named(monkeypatch: pytest.MonkeyPatch) -> None:
    """Pengurus (and kegiatan, materi, notulen) require the members' collection: without the
    anggota type the run stops with a message naming the first of them and the missing
    collection, before any reference is checked (not a KeyError deep in a page)."""
    types = tuple(t for t in discover() if t.name != "anggota")
    monkeypatch.setattr(generator, "discover", lambda: types)
    with pytest.raises(MissingContentType, match=r"'pengurus' requires Members, which no installed type provides"):
        generator.load(ROOT / "data", TODAY)
