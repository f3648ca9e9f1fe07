"""Zero broken internal links in the built demo site, served under /portal-kkg/.

The checker reads the built files rather than fetching them: a URL path under the
sub-path maps to a file as GitHub Pages maps it (``x/`` → ``x/index.html``), and a
``#fragment`` must be an ``id`` (or ``<a name>``) of the target page. Links written
with the site's absolute address (canonical, Open Graph, feeds) count as internal.
"""

from __future__ import annotations

import functools
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import unquote, urljoin, urlsplit
from xml.etree import ElementTree

import pytest
from bs4 import BeautifulSoup
from support.browser import SUB_PATH

LOCAL_ORIGIN = "http://portal.test"  # stands for wherever the site is served
LINK_ATTRIBUTES = ("href", "src", "poster", "data")


@dataclass(frozen=True)
class BrokenLink:
    page: str
    link: str
    reason: str

    def __str__(self) -> str:
        return f"{self.page}: {self.link} ({self.reason})"


class LinkChecker:
    def __init__(self, site: Path, site_url: str) -> None:
        self.site = site
        self.site_url = site_url  # e.g. https://contoh.github.io/portal-kkg/
        self.checked = 0

    def page_url(self, path: Path) -> str:
        relative = path.relative_to(self.site).as_posix()
        if relative == "index.html" or relative.endswith("/index.html"):
            relative = relative.removesuffix("index.html")
        return LOCAL_ORIGIN + SUB_PATH + relative

    def target_file(self, url_path: str) -> Path | None:
        """The file GitHub Pages serves for ``url_path`` (None when it would answer 404)."""
        if not url_path.startswith(SUB_PATH):
            return None
        relative = unquote(url_path[len(SUB_PATH) :])
        target = self.site / relative
        if relative == "" or relative.endswith("/"):
            target = target / "index.html"
        return target if target.is_file() and self.site.resolve() in target.resolve().parents else None

    @functools.cache  # noqa: B019 (one checker per test run; it lives as long as the cache should)
    def anchors(self, path: Path) -> frozenset[str]:
        soup = BeautifulSoup(path.read_text(encoding="utf-8"), "html.parser")
        ids = {tag["id"] for tag in soup.find_all(id=True)}
        names = {tag["name"] for tag in soup.find_all("a", attrs={"name": True})}
        return frozenset(ids | names)

    def check_page(self, path: Path) -> list[BrokenLink]:
        soup = BeautifulSoup(path.read_text(encoding="utf-8"), "html.parser")
        base = self.page_url(path)
        broken = []
        for tag in soup.find_all(True):
            for attribute in LINK_ATTRIBUTES:
                value = tag.get(attribute)
                if isinstance(value, str) and value.strip():
                    problem = self.check_link(path, base, value.strip())
                    if problem:
                        broken.append(BrokenLink(path.relative_to(self.site).as_posix(), value, problem))
            for candidate in (tag.get("srcset") or "").split(","):
                if candidate.strip():
                    value = candidate.split()[0]
                    problem = self.check_link(path, base, value)
                    if problem:
                        broken.append(BrokenLink(path.relative_to(self.site).as_posix(), value, problem))
        return broken

    def check_link(self, page: Path, base: str, value: str) -> str | None:
        if value.startswith(self.site_url):
            value = SUB_PATH + value[len(self.site_url) :]
        url = urlsplit(urljoin(base, value))
        if url.scheme not in ("http", "https") or f"{url.scheme}://{url.netloc}" != LOCAL_ORIGIN:
            return None  # mailto:, tel:, another site
        self.checked += 1
        if page.name == "404.html" and not value.startswith(("/", "#")):
            return "404.html is served at any depth: its links must be absolute"
        target = self.target_file(url.path)
        if target is None:
            return "no such file"
        if url.fragment and target.suffix == ".html" and unquote(url.fragment) not in self.anchors(target):
            return f"no id '{url.fragment}' in {target.relative_to(self.site).as_posix()}"
        return None

    def check_site(self) -> list[BrokenLink]:
        broken = []
        for path in sorted(self.site.rglob("*.html")):
            broken += self.check_page(path)
        return broken


def site_url_of(site: Path) -> str:
    """site_url as the build used it: the home page's canonical link."""
    soup = BeautifulSoup((site / "index.html").read_text(encoding="utf-8"), "html.parser")
    return soup.find("link", rel="canonical")["href"]


def test_site_url_path_is_the_served_sub_path(site: Path) -> None:
    assert urlsplit(site_url_of(site)).path == SUB_PATH


def test_no_broken_internal_links(site: Path) -> None:
    checker = LinkChecker(site, site_url_of(site))
    broken = checker.check_site()
    assert not broken, f"{len(broken)} broken links:\n" + "\n".join(map(str, broken[:40]))
    pages = len(list(site.rglob("*.html")))
    assert checker.checked > 10 * pages  # every page has its navigation, styles and scripts


def test_every_sitemap_entry_is_a_page(site: Path) -> None:
    checker = LinkChecker(site, site_url_of(site))
    namespace = {"s": "http://www.sitemaps.org/schemas/sitemap/0.9"}
    locations = [loc.text.strip() for loc in ElementTree.parse(site / "sitemap.xml").findall("s:url/s:loc", namespace)]
    assert len(locations) == len(list(site.rglob("index.html")))
    for location in locations:
        assert checker.target_file(SUB_PATH + location.removeprefix(checker.site_url)), location


@pytest.fixture
def tiny_site(tmp_path: Path) -> Path:
    (tmp_path / "a").mkdir()
    (tmp_path / "a" / "index.html").write_text('<h2 id="ada">Ada</h2><a href="../#atas">atas</a>')
    (tmp_path / "index.html").write_text(
        '<p id="atas"><a href="a/#ada">ok</a> <a href="a/#hilang">anchor</a> <a href="b/">file</a>'
        ' <img src="gambar.png" srcset="a/ 1x, c.png 2x"> <a href="https://contoh.github.io/portal-kkg/x/">abs</a>'
        ' <a href="https://lain.example/">external</a> <a href="mailto:kkg@contoh.sch.id">mail</a></p>'
    )
    (tmp_path / "404.html").write_text('<a href="a/">relative</a> <a href="/portal-kkg/a/">absolute</a>')
    return tmp_path


def test_checker_finds_every_kind_of_broken_link(tiny_site: Path) -> None:
    broken = LinkChecker(tiny_site, "https://contoh.github.io/portal-kkg/").check_site()
    assert {(b.page, b.link, b.reason) for b in broken} == {
        ("index.html", "a/#hilang", "no id 'hilang' in a/index.html"),
        ("index.html", "b/", "no such file"),
        ("index.html", "gambar.png", "no such file"),
        ("index.html", "c.png", "no such file"),
        ("index.html", "https://contoh.github.io/portal-kkg/x/", "no such file"),
        ("404.html", "a/", "404.html is served at any depth: its links must be absolute"),
    }
