"""A custom domain: `domain` under the kkg plugin writes CNAME, and must agree with site_url."""

from __future__ import annotations

import re
from pathlib import Path

from bs4 import BeautifulSoup
from support.build import Project

DOMAIN = "kkg.contoh.sch.id"


def configure(project: Project, site_url: str, domain: str) -> None:
    config = project.root / "mkdocs.yml"
    text = config.read_text(encoding="utf-8")
    text, urls = re.subn(r"(?m)^site_url: .*$", f"site_url: {site_url}", text)
    text, plugins = re.subn(r"(?m)^(\s+)data_dir: data$", rf"\g<0>\n\g<1>domain: {domain}", text)
    assert urls == plugins == 1
    config.write_text(text, encoding="utf-8")


def test_demo_site_on_github_io_has_no_cname(site: Path) -> None:
    assert not (site / "CNAME").exists()


def test_domain_writes_cname_and_the_site_lives_at_the_root(project: Project) -> None:
    configure(project, f"https://{DOMAIN}/", DOMAIN)
    result = project.build()
    assert result.returncode == 0, result.stderr
    assert (project.site / "CNAME").read_text(encoding="ascii") == f"{DOMAIN}\n"
    home = BeautifulSoup((project.site / "index.html").read_text(encoding="utf-8"), "html.parser")
    assert home.find("link", rel="canonical")["href"] == f"https://{DOMAIN}/"
    # 404.html, served at any depth of the domain, takes its assets from the root
    not_found = BeautifulSoup((project.site / "404.html").read_text(encoding="utf-8"), "html.parser")
    stylesheets = [link["href"] for link in not_found.find_all("link", rel="stylesheet")]
    assert "/assets/kkg.css" in stylesheets
    assert all(href.startswith("/assets/") for href in stylesheets), stylesheets


def test_domain_that_site_url_does_not_use_stops_the_build(project: Project) -> None:
    configure(project, "https://contoh.github.io/portal-kkg/", DOMAIN)
    result = project.build()
    assert result.returncode == 1
    assert "Traceback" not in result.stderr
    assert f"tidak memakai domain '{DOMAIN}'" in result.stderr
    assert f"site_url: https://{DOMAIN}/" in result.stderr
    assert not (project.site / "index.html").exists()


def test_domain_written_as_an_address_is_explained(project: Project) -> None:
    configure(project, f"https://{DOMAIN}/", f"https://{DOMAIN}/")
    result = project.build()
    assert result.returncode == 1
    assert "Traceback" not in result.stderr
    assert "bukan nama domain" in result.stderr
    assert "tanpa https://" in result.stderr
