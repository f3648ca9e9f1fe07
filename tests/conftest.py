"""Fixtures: a built demo site, scratch projects, a sub-path server, Chromium.

Tests run the real commands (``mkdocs build``, ``kkg-site``) in subprocesses and
inspect the real output. The helpers that tests and benchmarks share are in ``support/``.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from support.browser import CHROMIUM, CHROMIUM_ARGS, served
from support.build import ROOT, Project, copy_project, mkdocs_build
from support.gates import GATE_COUNTS


def pytest_terminal_summary(terminalreporter: pytest.TerminalReporter) -> None:
    if GATE_COUNTS:
        terminalreporter.section("safety gates")
        for what, number in GATE_COUNTS.items():
            terminalreporter.write_line(f"{what}: {number}")


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


@pytest.fixture(scope="session")
def served_site(site: Path) -> Iterator[str]:
    """Base URL (``http://127.0.0.1:PORT/portal-kkg/``) of the demo site under a sub-path."""
    with served(site) as base:
        yield base


@pytest.fixture(scope="session")
def browser() -> Iterator[object]:
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        chromium = playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        yield chromium
        chromium.close()


PHONE = {"viewport": {"width": 390, "height": 844}, "is_mobile": True, "has_touch": True}


@pytest.fixture
def phone(browser: object) -> Iterator[object]:
    """A page in a phone-sized browser context (390×844, touch)."""
    context = browser.new_context(**PHONE)
    yield context.new_page()
    context.close()


@pytest.fixture
def phone_without_javascript(browser: object) -> Iterator[object]:
    """A page on the same phone with JavaScript turned off: what still works without scripts."""
    context = browser.new_context(java_script_enabled=False, **PHONE)
    yield context.new_page()
    context.close()


@pytest.fixture
def desktop(browser: object) -> Iterator[object]:
    context = browser.new_context(viewport={"width": 1280, "height": 900})
    yield context.new_page()
    context.close()
