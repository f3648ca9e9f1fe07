"""The package as a KKG installs it: a wheel in a fresh virtual environment, and ``kkg-site mulai``.

Every other test imports the checkout (``pip install -e .``), which hides a file left out of
the wheel; here the wheel is built, checked against the files git tracks, installed without
the checkout (dependencies from the lock, with hashes) and made to build the demo and a new
portal. These tests install from the package index, as a KKG's workflow does.
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
import venv
import zipfile
from collections.abc import Iterator
from pathlib import Path

import pytest
import yaml
from support.browser import fetch_when_up, free_port
from support.build import ROOT, TODAY, copy_project

import kkg_site
from kkg_site.lock import BUILD_LOCK

DEMO_MARKER = "Sukamaju"  # the demo KKG's kecamatan: in its records, never in a new portal


def isolated_env(**extra: str) -> dict[str, str]:
    """The environment without this checkout: no PYTHONPATH, no active virtual environment."""
    env = {k: v for k, v in os.environ.items() if k not in {"PYTHONPATH", "VIRTUAL_ENV", "GITHUB_ACTIONS"}}
    env.update(KKG_HARI_INI=TODAY.isoformat(), NO_MKDOCS_2_WARNING="1", PYTHONDONTWRITEBYTECODE="1", **extra)
    return env


def run(args: list[str | Path], cwd: Path, **env: str) -> subprocess.CompletedProcess[str]:
    result = subprocess.run(
        [str(a) for a in args], cwd=cwd, env=isolated_env(**env), capture_output=True, text=True, timeout=900
    )
    assert result.returncode == 0, f"{args}\n{result.stdout[-3000:]}\n{result.stderr[-3000:]}"
    return result


def git_files(*paths: str) -> list[str]:
    """Files git tracks or would track (not ignored) under ``paths``, as in a fresh clone."""
    listed = subprocess.run(
        ["git", "ls-files", "--cached", "--others", "--exclude-standard", "-z", *paths],
        cwd=ROOT, capture_output=True, text=True, check=True,
    ).stdout.split("\0")  # fmt: skip
    return [path for path in listed if path and os.path.lexists(ROOT / path)]


@pytest.fixture(scope="module")
def wheel(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The wheel built from a copy of the checkout's files (no stale build/ folder to leak in)."""
    source, folder = tmp_path_factory.mktemp("source"), tmp_path_factory.mktemp("wheel")
    for relative in git_files():
        target = source / relative
        target.parent.mkdir(parents=True, exist_ok=True)
        shutil.copy2(ROOT / relative, target, follow_symlinks=False)
    run([sys.executable, "-m", "pip", "wheel", "--quiet", "--no-deps", "--wheel-dir", folder, source], folder)
    (built,) = folder.glob("kkg_site-*.whl")
    return built


@pytest.fixture(scope="module")
def installed(wheel: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The ``bin/`` folder of a fresh virtual environment with the wheel and the locked dependencies."""
    environment = tmp_path_factory.mktemp("venv") / "venv"
    venv.create(environment, with_pip=True)
    python = environment / "bin" / "python"
    run([python, "-m", "pip", "install", "--quiet", "--require-hashes", "-r", BUILD_LOCK], environment)
    run([python, "-m", "pip", "install", "--quiet", "--no-deps", wheel], environment)
    return environment / "bin"


def test_the_wheel_holds_every_file_of_the_package_and_nothing_else(wheel: Path) -> None:
    with zipfile.ZipFile(wheel) as archive:
        shipped = {name for name in archive.namelist() if name.startswith("kkg_site/")}
    expected = set(git_files("kkg_site"))
    assert shipped == expected
    assert {"kkg_site/types/notulen/templates/feed.xml", "kkg_site/types/cari/static/cari.js"} <= shipped
    assert "kkg_site/requirements.lock" in shipped and "kkg_site/portal/.github/workflows/pages.yml" in shipped


def test_the_version_has_one_source(wheel: Path) -> None:
    assert re.fullmatch(r"\d+\.\d+\.\d+", kkg_site.__version__)
    assert wheel.name.startswith(f"kkg_site-{kkg_site.__version__}-")
    changelog = (ROOT / "CHANGELOG.md").read_text(encoding="utf-8")
    assert f"## {kkg_site.__version__} " in changelog  # the newest version is described for pengelola


def test_a_fresh_environment_builds_the_demo_from_the_wheel(installed: Path, tmp_path: Path) -> None:
    project = copy_project(tmp_path / "demo")
    where = run([installed / "python", "-c", "import kkg_site; print(kkg_site.__file__)"], project.root).stdout
    assert Path(where.strip()).is_relative_to(installed.parent)  # the wheel, not this checkout

    run([installed / "kkg-site", "periksa"], project.root)
    run([installed / "mkdocs", "build", "--strict"], project.root)

    site = project.site
    assert (site / "notulen" / "feed.xml").is_file()
    published = {path.read_bytes() for path in site.rglob("*.js")}
    for script in (ROOT / "kkg_site" / "types").glob("*/static/*.js"):  # each type's own scripts
        assert script.read_bytes() in published, script.name
    assert "data-pagefind-body" in (site / "index.html").read_text(encoding="utf-8")  # the package's theme overrides
    assert (site / "404.html").is_file()


@pytest.fixture(scope="module")
def new_portal(installed: Path, wheel: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    """``kkg-site mulai`` from the wheel, then the portal's own ``make periksa``.

    The package is not on the package index, so the portal installs it from the local wheel
    (``--paket``); everything else as written by ``mulai``.
    """
    folder = tmp_path_factory.mktemp("mulai") / "portal-baru"
    run([installed / "kkg-site", "mulai", folder, "--paket", wheel], folder.parent)
    run(["make", "periksa"], folder)
    return folder


def test_a_new_portal_is_valid_and_builds_with_its_own_make_commands(new_portal: Path) -> None:
    assert (new_portal / ".venv" / "bin" / "kkg-site").is_file()  # its Makefile installed kkg-site
    periksa = run([new_portal / ".venv" / "bin" / "kkg-site", "periksa"], new_portal)
    assert periksa.stdout.startswith("Data valid")
    home = (new_portal / "site" / "index.html").read_text(encoding="utf-8")
    assert "KKG Baru" in home
    assert (new_portal / "site" / "panduan" / "index.html").is_file()
    assert (new_portal / "site" / "pagefind" / "pagefind.js").is_file()


def test_a_new_portal_has_no_demo_record(new_portal: Path) -> None:
    # Field descriptions in the generated editor files give demo names as examples ("mis. …").
    examples = {new_portal / ".pages.yml", *(new_portal / "schemas").glob("*.json")}
    for path in new_portal.rglob("*"):
        if path.is_file() and ".venv" not in path.relative_to(new_portal).parts and path not in examples:
            text = path.read_bytes().decode("utf-8", errors="replace")
            assert DEMO_MARKER.lower() not in text.lower(), path
    data = new_portal / "data"
    data_files = {p.relative_to(data).as_posix() for p in data.rglob("*") if p.is_file()}
    assert data_files == {"kkg.yml", "sekolah.yml", "anggota.yml", "pengurus.yml"}


# The demo is a portal like any other: these files of kkg_site/portal/ are the demo's own.
SHARED_WITH_THE_DEMO = [
    "mkdocs.yml",
    ".github/workflows/pages.yml",
    ".github/workflows/harian.yml",
    ".vscode/extensions.json",
]


def test_the_portal_template_shares_the_demo_s_settings_and_workflows() -> None:
    """Copies, not links (a git checkout on Windows turns a link into a text file): kept equal here.
    Change the demo's file, then copy it to kkg_site/portal/."""
    for relative in SHARED_WITH_THE_DEMO:
        assert (ROOT / "kkg_site" / "portal" / relative).read_bytes() == (ROOT / relative).read_bytes(), relative


def test_a_new_portal_installs_this_version_and_carries_the_demo_s_settings(new_portal: Path, tmp_path: Path) -> None:
    for relative in SHARED_WITH_THE_DEMO:
        assert (new_portal / relative).read_bytes() == (ROOT / relative).read_bytes(), relative
    # Without --paket the portal names this version's tag in the package's repository.
    default = tmp_path / "bawaan"
    run([sys.executable, "-m", "kkg_site.cli", "mulai", default], tmp_path, PYTHONPATH=str(ROOT))
    lines = (default / "requirements.txt").read_text(encoding="utf-8").splitlines()
    (requirement,) = [line for line in lines if not line.startswith("#")]
    version = re.escape(kkg_site.__version__)
    assert re.fullmatch(rf"kkg-site @ git\+https://github\.com/[\w.-]+/[\w.-]+@v{version}", requirement)
    # The editor files are those `kkg-site skema` writes: it finds nothing to change.
    skema = run([sys.executable, "-m", "kkg_site.cli", "skema"], default, PYTHONPATH=str(ROOT))
    assert skema.stdout.strip() == "Skema dan konfigurasi editor sudah mutakhir."


def test_mulai_never_writes_into_a_folder_with_files(tmp_path: Path) -> None:
    (tmp_path / "catatan.txt").write_text("milik pengguna", encoding="utf-8")
    result = subprocess.run(
        [sys.executable, "-m", "kkg_site.cli", "mulai", str(tmp_path)],
        cwd=tmp_path, env=isolated_env(PYTHONPATH=str(ROOT)), capture_output=True, text=True,
    )  # fmt: skip
    assert result.returncode == 2
    assert "sudah berisi berkas" in result.stderr
    assert sorted(p.name for p in tmp_path.iterdir()) == ["catatan.txt"]


@pytest.fixture
def serving(new_portal: Path) -> Iterator[str]:
    port = free_port()
    server = subprocess.Popen(
        ["make", "serve", f"ALAMAT=127.0.0.1:{port}"],
        cwd=new_portal, env=isolated_env(), stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True,
        start_new_session=True,  # make and mkdocs in one process group, stopped together
    )  # fmt: skip
    try:
        yield f"http://127.0.0.1:{port}/portal-kkg/"
    finally:
        os.killpg(server.pid, 2)  # SIGINT, as Ctrl+C
        server.communicate(timeout=60)


def test_a_new_portal_serves_with_make_serve(serving: str) -> None:
    assert "KKG Baru" in fetch_when_up(serving)


def test_a_new_portal_starts_at_the_current_data_format() -> None:
    """`kkg-site migrasi` reads the version from data/kkg.yml: a new portal must not look old."""
    from kkg_site.datafiles import DATA_FORMAT, VERSION_KEY

    template = yaml.safe_load((ROOT / "kkg_site" / "portal" / "data" / "kkg.yml").read_text(encoding="utf-8"))
    assert template[VERSION_KEY] == DATA_FORMAT
