"""A failed build never touches the published site/; a successful one replaces it whole."""

from __future__ import annotations

import signal
import subprocess
import sys
from pathlib import Path

from support.browser import fetch_when_up, free_port
from support.build import Project, mkdocs_build, tool_env, tree_digest


def leftovers(site_dir: Path) -> list[str]:
    """Staging or backup folders a build left beside the site."""
    return sorted(p.name for p in site_dir.parent.iterdir() if p.name.startswith(f".{site_dir.name}."))


def html_pages(digest: dict[str, str]) -> set[str]:
    return {name for name in digest if name.endswith(".html")}


def built(project: Project) -> dict[str, str]:
    result = project.build()
    assert result.returncode == 0, result.stderr
    return tree_digest(project.site)


def test_data_error_leaves_previous_site_byte_identical(project: Project) -> None:
    before = built(project)
    assert "anggota/index.html" in before
    kkg = project.data / "kkg.yml"
    kkg.write_text(kkg.read_text(encoding="utf-8") + "kelas: 9\n", encoding="utf-8")

    result = project.build()

    assert result.returncode == 1
    assert "Traceback" not in result.stdout + result.stderr
    assert "kelas: paling besar 6" in result.stderr
    assert tree_digest(project.site) == before
    assert leftovers(project.site) == []


def test_failure_after_rendering_restores_previous_site(project: Project) -> None:
    """`--strict` aborts after the last plugin event, once every page is written: still no change."""
    before = built(project)
    project.write("content/panduan.md", "# Panduan\n\nLihat [halaman lama](tidak-ada.md).\n")

    result = project.build()

    assert result.returncode == 1
    assert "tidak-ada.md" in result.stderr
    assert "Traceback" not in result.stdout + result.stderr
    assert tree_digest(project.site) == before
    assert leftovers(project.site) == []


def test_successful_rebuild_replaces_whole_site(project: Project) -> None:
    before = built(project)
    (project.site / "usang.html").write_text("halaman dari build lama")
    # what a build killed mid-way (no Python cleanup) leaves behind
    (project.root / ".site.staging" / "anggota").mkdir(parents=True)
    kkg = project.data / "kkg.yml"
    kkg.write_text(kkg.read_text(encoding="utf-8").replace("Sukamaju", "Sukamulya"), encoding="utf-8")

    after = built(project)

    assert not (project.site / "usang.html").exists()
    assert html_pages(after) == html_pages(before)  # (the search index's file names follow their content)
    assert after["index.html"] != before["index.html"]
    assert "Sukamulya" in (project.site / "index.html").read_text(encoding="utf-8")
    assert leftovers(project.site) == []


def test_site_dir_option_is_staged_beside_the_chosen_folder(project: Project, tmp_path: Path) -> None:
    target = tmp_path / "keluaran" / "portal"
    assert mkdocs_build(project.root, target).returncode == 0
    before = tree_digest(target)
    (project.data / "anggota.yml").unlink()

    result = mkdocs_build(project.root, target)

    assert result.returncode == 1
    assert tree_digest(target) == before
    assert leftovers(target) == []
    assert not project.site.exists()


def test_serve_builds_into_its_own_folder_and_leaves_site_alone(project: Project) -> None:
    """`mkdocs serve` keeps its temporary folder: nothing staged or written beside the project."""
    port = free_port()
    server = subprocess.Popen(
        [sys.executable, "-m", "mkdocs", "serve", "--no-livereload", "-a", f"127.0.0.1:{port}"],
        cwd=project.root, env=tool_env(), stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True,
    )  # fmt: skip
    try:
        assert "Pengurus" in fetch_when_up(f"http://127.0.0.1:{port}/portal-kkg/pengurus/")
        assert sorted(p.name for p in project.root.iterdir()) == ["content", "data", "mkdocs.yml"]
    finally:
        server.send_signal(signal.SIGINT)  # as Ctrl+C: MkDocs removes its temporary folder
        _, errors = server.communicate(timeout=30)
    assert "Traceback" not in errors
