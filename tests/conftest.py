"""Shared fixtures: a built demo site, scratch projects, the CLI, a sub-path server, Chromium.

Tests run the real commands (``mkdocs build``, ``kkg-site``) in subprocesses and
inspect the real output.
"""

from __future__ import annotations

import functools
import hashlib
import http.server
import os
import re
import shutil
import subprocess
import sys
import threading
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date
from pathlib import Path

import pytest
from bs4 import BeautifulSoup

ROOT = Path(__file__).resolve().parent.parent
TODAY = date(2026, 11, 28)  # the frozen build date of every test build
SUB_PATH = "/portal-kkg/"
CHROMIUM = "/usr/bin/chromium"
CHROMIUM_ARGS = ["--no-sandbox", "--disable-background-networking", "--disable-component-update", "--disable-sync"]


# What the safety gates checked in this run, printed at its end (CI output shows the numbers).
GATE_COUNTS: Counter[str] = Counter()


def count_checked(what: str, number: int = 1) -> None:
    """Record ``number`` more items checked by a gate; call it after the test's assertions passed."""
    GATE_COUNTS[what] += number


def pytest_terminal_summary(terminalreporter: pytest.TerminalReporter) -> None:
    if GATE_COUNTS:
        terminalreporter.section("safety gates")
        for what, number in GATE_COUNTS.items():
            terminalreporter.write_line(f"{what}: {number}")


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


@pytest.fixture
def project(tmp_path: Path) -> Project:
    """A copy of the demo project that a test may change."""
    return copy_project(tmp_path / "proyek")


@pytest.fixture(scope="session")
def site(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The demo portal, built once per session with the real ``mkdocs build --strict``."""
    site_dir = tmp_path_factory.mktemp("demo") / "site"
    result = mkdocs_build(ROOT, site_dir)
    assert result.returncode == 0, result.stderr
    return site_dir


@functools.cache
def _parse(path: Path) -> BeautifulSoup:
    return BeautifulSoup(path.read_text(encoding="utf-8"), "html.parser")


def page(site_dir: Path, url: str) -> BeautifulSoup:
    """The parsed HTML of the page at site URL ``url`` (e.g. ``"pengurus/"``)."""
    path = site_dir / url / "index.html" if url == "" or url.endswith("/") else site_dir / url
    assert path.is_file(), f"no page at {url!r}"
    return _parse(path)


def page_type_sample(site_dir: Path) -> list[str]:
    """One page of each kind, derived from the built site so that new content types are included:
    the home and 404 pages, every top-level section page, and the first page of every folder of
    item pages (``anggota/<id>/``, ``materi/<id>/`` and ``materi/mapel/<mapel>/`` are three kinds)."""
    urls = ["", "404.html"]
    urls += [f"{folder.name}/" for folder in sorted(site_dir.iterdir()) if (folder / "index.html").is_file()]
    kinds: dict[Path, Path] = {}
    for path in sorted(site_dir.glob("*/*/**/index.html")):
        kinds.setdefault(path.parent.parent, path.parent)
    urls += [folder.relative_to(site_dir).as_posix() + "/" for folder in kinds.values()]
    return urls


class _SubPathHandler(http.server.SimpleHTTPRequestHandler):
    """Serves the site only under SUB_PATH, as GitHub Pages serves a project site,
    answering a missing path with status 404 and the site's 404.html, as Pages does."""

    def translate_path(self, path: str) -> str:
        if not path.startswith(SUB_PATH):
            return "/nonexistent"
        return super().translate_path("/" + path[len(SUB_PATH) :])

    def send_error(self, code: int, message: str | None = None, explain: str | None = None) -> None:
        not_found_page = Path(self.directory) / "404.html"
        if code != 404 or not not_found_page.is_file():
            super().send_error(code, message, explain)
            return
        body = not_found_page.read_bytes()
        self.send_response(404)
        self.send_header("Content-Type", "text/html; charset=utf-8")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        if self.command != "HEAD":
            self.wfile.write(body)

    def log_message(self, *args: object) -> None:
        pass


@pytest.fixture(scope="session")
def served_site(site: Path) -> Iterator[str]:
    """Base URL (``http://127.0.0.1:PORT/portal-kkg/``) of the demo site under a sub-path."""
    handler = functools.partial(_SubPathHandler, directory=str(site))
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.server_address[1]}{SUB_PATH}"
    server.shutdown()


@pytest.fixture(scope="session")
def browser() -> Iterator[object]:
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        chromium = playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        yield chromium
        chromium.close()


@pytest.fixture
def phone(browser: object) -> Iterator[object]:
    """A page in a phone-sized browser context (390×844, touch)."""
    context = browser.new_context(viewport={"width": 390, "height": 844}, is_mobile=True, has_touch=True)
    yield context.new_page()
    context.close()


@pytest.fixture
def desktop(browser: object) -> Iterator[object]:
    context = browser.new_context(viewport={"width": 1280, "height": 900})
    yield context.new_page()
    context.close()


def shown_texts(browser_page: object, root: str = ".md-content", limit: int = 3) -> list[str]:
    """The first ``limit`` texts under ``root`` that the current media shows, in document order
    (e.g. what a printed page starts with, after ``emulate_media(media="print")``)."""
    return browser_page.evaluate(
        """([root, limit]) => {
            const texts = [];
            const walker = document.createTreeWalker(document.querySelector(root), NodeFilter.SHOW_TEXT);
            for (let node = walker.nextNode(); node && texts.length < limit; node = walker.nextNode()) {
                const text = node.textContent.trim();
                if (text && node.parentElement.checkVisibility({ visibilityProperty: true })) texts.push(text);
            }
            return texts;
        }""",
        [root, limit],
    )


def json_objects(node: object) -> Iterator[dict]:
    """Every object (dict) in parsed JSON or YAML, at any depth."""
    if isinstance(node, dict):
        yield node
        for value in node.values():
            yield from json_objects(value)
    elif isinstance(node, list):
        for value in node:
            yield from json_objects(value)
