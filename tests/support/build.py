"""Running the real tools (``kkg-site``, ``mkdocs build``) on the checkout or on a scratch copy of it."""

from __future__ import annotations

import hashlib
import os
import re
import shutil
import subprocess
import sys
from dataclasses import dataclass
from datetime import date
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parents[2]
TODAY = date(2026, 11, 28)  # the frozen build date of every test build
SITE_URL = yaml.safe_load((ROOT / "mkdocs.yml").read_text(encoding="utf-8"))["site_url"]


def tool_env(today: date = TODAY, **extra: str) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if k != "GITHUB_ACTIONS"}
    # PYTHONPATH: the subprocesses use this checkout's kkg_site, whichever one is installed.
    env.update(
        KKG_HARI_INI=today.isoformat(),
        NO_MKDOCS_2_WARNING="1",
        PYTHONDONTWRITEBYTECODE="1",
        PYTHONPATH=str(ROOT),
        # Preview cards are cached by content: scratch copies of the demo share the checkout's cache.
        KKG_CACHE=str(ROOT / ".cache" / "kkg-site"),
        **extra,
    )
    return env


def run(args: list[str], cwd: Path, today: date = TODAY, **env: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(args, cwd=cwd, env=tool_env(today, **env), capture_output=True, text=True, timeout=600)


def kkg_site(*args: str, cwd: Path, today: date = TODAY, **env: str) -> subprocess.CompletedProcess[str]:
    """Run the ``kkg-site`` command in ``cwd``."""
    return run([sys.executable, "-m", "kkg_site.cli", *args], cwd, today, **env)


def mkdocs_build(project: Path, site_dir: Path | None = None, today: date = TODAY) -> subprocess.CompletedProcess[str]:
    args = [sys.executable, "-m", "mkdocs", "build", "--strict"]
    if site_dir is not None:
        args += ["--site-dir", str(site_dir)]
    return run(args, project, today)


def parse_annotation(line: str) -> tuple[str, dict[str, str], str]:
    """(command, properties, message) of a workflow command ``::error k=v,k=v::message``."""
    match = re.fullmatch(r"::(error|warning|notice) ([^:]+)::(.*)", line)
    assert match, line
    command, props, message = match.groups()
    properties = dict(_unescape(prop).split("=", 1) for prop in props.split(","))
    return command, properties, _unescape(message)


def _unescape(value: str) -> str:
    for escaped, character in (("%0D", "\r"), ("%0A", "\n"), ("%3A", ":"), ("%2C", ","), ("%25", "%")):
        value = value.replace(escaped, character)
    return value


@dataclass
class Project:
    """A scratch copy of the repository's site (mkdocs.yml, content/, data/)."""

    root: Path

    @property
    def data(self) -> Path:
        return self.root / "data"

    @property
    def site(self) -> Path:
        return self.root / "site"

    def write(self, relative: str, text: str | bytes) -> Path:
        path = self.root / relative
        path.parent.mkdir(parents=True, exist_ok=True)
        (path.write_bytes if isinstance(text, bytes) else path.write_text)(text)
        return path

    def periksa(self, today: date = TODAY, **env: str) -> subprocess.CompletedProcess[str]:
        return kkg_site("periksa", cwd=self.root, today=today, **env)

    def build(self, today: date = TODAY) -> subprocess.CompletedProcess[str]:
        return mkdocs_build(self.root, today=today)


def copy_project(target: Path, data: Path = ROOT / "data") -> Project:
    target.mkdir(parents=True, exist_ok=True)
    shutil.copy2(ROOT / "mkdocs.yml", target / "mkdocs.yml")
    shutil.copytree(ROOT / "content", target / "content", symlinks=True)
    shutil.copytree(data, target / "data", symlinks=True)
    return Project(target)


def tree_digest(folder: Path) -> dict[str, str]:
    """Every file and folder under ``folder`` with a hash of its bytes: equal digests, equal trees."""
    return {
        path.relative_to(folder).as_posix(): "dir" if path.is_dir() else hashlib.sha256(path.read_bytes()).hexdigest()
        for path in folder.rglob("*")
    }
