"""Debian's Chromium, a site served under the sub-path as GitHub Pages serves it, what a page shows."""

from __future__ import annotations

import functools
import http.server
import socket
import threading
import time
import urllib.request
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

SUB_PATH = "/portal-kkg/"
CHROMIUM = "/usr/bin/chromium"
CHROMIUM_ARGS = ["--no-sandbox", "--disable-background-networking", "--disable-component-update", "--disable-sync"]


class SubPathHandler(http.server.SimpleHTTPRequestHandler):
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


@contextmanager
def served(site: Path, handler: type[SubPathHandler] = SubPathHandler) -> Iterator[str]:
    """Base URL (``http://127.0.0.1:PORT/portal-kkg/``) of ``site`` served by ``handler`` while the block runs."""
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), functools.partial(handler, directory=str(site)))
    threading.Thread(target=server.serve_forever, daemon=True).start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}{SUB_PATH}"
    finally:
        server.shutdown()


def free_port() -> int:
    """A local TCP port that no server listens on now (for a server the test starts)."""
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def fetch_when_up(url: str) -> str:
    """The text at ``url`` once a server that is starting answers; "" if none answers within a minute."""
    for _ in range(120):
        try:
            with urllib.request.urlopen(url, timeout=2) as response:
                return response.read().decode("utf-8")
        except OSError:
            time.sleep(0.5)
    return ""


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
