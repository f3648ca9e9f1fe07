"""The benchmark's portal generator cannot rot: 1% of the large portal builds, page for page.

The same pages exported as plain Markdown (``kkg_site.export``) and built by plain
MkDocs + Material, the benchmark's baseline, give byte-identical HTML: handing
MkDocs the generated HTML directly changes nothing in the output.
"""

from __future__ import annotations

import sys
from pathlib import Path

import pytest
from support.build import ROOT, TODAY, mkdocs_build
from support.pages import page_url

from kkg_site.generator import generate

sys.path.insert(0, str(ROOT / "benchmarks"))
from make_portal import TODAY as PORTAL_TODAY
from make_portal import make_portal
from run import plain_project, same_pages, sample_pages


def built_pages(site: Path) -> set[str]:
    return {p.parent.relative_to(site).as_posix() for p in site.rglob("index.html")}


def url_folder(url: str) -> str:
    return url.rstrip("/") or "."


def test_generator_is_deterministic(tmp_path: Path) -> None:
    first = make_portal(tmp_path / "a", scale=0.01)
    second = make_portal(tmp_path / "b", scale=0.01)
    files = sorted(p.relative_to(first.data) for p in first.data.rglob("*") if p.is_file())
    assert files == sorted(p.relative_to(second.data) for p in second.data.rglob("*") if p.is_file())
    assert all((first.data / f).read_bytes() == (second.data / f).read_bytes() for f in files)
    assert first.ids == second.ids


def test_one_percent_portal_builds_a_page_per_record(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    assert PORTAL_TODAY == TODAY
    portal = make_portal(tmp_path / "portal", scale=0.01)
    assert len(portal.ids["anggota"]) == 12 and len(portal.ids["notulen"]) == 5
    result = mkdocs_build(portal.root)
    assert result.returncode == 0, result.stderr

    output = generate(portal.data, TODAY)
    site = built_pages(portal.root / "site")
    for name, ids in portal.ids.items():
        collection = output.index.collections[name]
        assert sorted(collection) == sorted(ids), name  # every record written was valid and kept
        assert {url_folder(collection.url(i)) for i in ids} <= site, name
    content = portal.root / "content"
    handwritten = {url_folder(page_url(p.relative_to(content).as_posix())) for p in content.rglob("*.md")}
    assert site == {url_folder(page.url) for page in output.pages} | handwritten
    weighed = sample_pages(portal, output, portal.root / "site")  # the pages whose weight run.py prints
    assert len(weighed) > 10
    assert all((portal.root / "site" / url / "index.html").is_file() for url in weighed.values()), weighed

    monkeypatch.setenv("KKG_HARI_INI", TODAY.isoformat())
    plain_project(portal, tmp_path / "plain")
    result = mkdocs_build(tmp_path / "plain")
    assert result.returncode == 0, result.stderr
    identical, total = same_pages(portal.root / "site", tmp_path / "plain" / "site")
    assert total == len(site) + 1  # and 404.html
    assert identical == total
