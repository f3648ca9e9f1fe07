"""axe-core in Chromium: no serious or critical accessibility violation on any page type,
on a phone and on a desktop (pages sampled from the built site, like the HTML check)."""

from __future__ import annotations

from pathlib import Path

import pytest
from support.build import ROOT
from support.gates import count_checked
from support.pages import page_type_sample

pytestmark = pytest.mark.browser

AXE = ROOT / "node_modules" / "axe-core" / "axe.min.js"
# WCAG 2.1 A/AA (alt text, contrast, labels, landmarks) and axe's best practices (heading order, regions).
AXE_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "best-practice"]
BLOCKING = ("serious", "critical")


def violations(browser_page, url: str) -> list[dict]:
    response = browser_page.goto(url)
    assert response and response.ok, url
    browser_page.add_script_tag(path=str(AXE))
    result = browser_page.evaluate("tags => axe.run(document, {runOnly: {type: 'tag', values: tags}})", AXE_TAGS)
    return result["violations"]


@pytest.mark.parametrize("viewport", ["phone", "desktop"])
def test_no_serious_accessibility_violation(viewport: str, site: Path, served_site: str, request) -> None:
    assert AXE.is_file(), "axe-core is missing: run `npm ci` (make test does)"
    browser_page = request.getfixturevalue(viewport)
    urls = page_type_sample(site)
    found = []
    for url in urls:
        for violation in violations(browser_page, served_site + url):
            if violation["impact"] in BLOCKING:
                targets = [" ".join(map(str, node["target"])) for node in violation["nodes"][:3]]
                found.append(f"/{url} {violation['id']} ({violation['impact']}): {violation['help']} {targets}")
    assert not found, "\n".join(found)
    count_checked(f"pages checked for accessibility by axe-core ({viewport})", len(urls))
