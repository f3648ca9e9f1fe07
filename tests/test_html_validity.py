"""The HTML of every page type passes the Nu Html Checker (vnu.jar from npm, run with Java)."""

from __future__ import annotations

import json
import re
import subprocess
from pathlib import Path

import pytest
from support.build import ROOT
from support.gates import count_checked
from support.pages import page_type_sample

from kkg_site.render import markdown_to_html

VNU = ROOT / "node_modules" / "vnu-jar" / "build" / "dist" / "vnu.jar"

# Errors in mkdocs-material's own markup that no override can reach, as (message start,
# fragment of the offending markup). Never add messages about our templates here.
MATERIAL_MARKUP = [
    # base.html writes the drawer and search toggles, outside any block, as
    # <input class="md-toggle" type="checkbox" autocomplete="off">.
    ("Attribute “autocomplete” is only allowed when the input type is", 'class="md-toggle"'),
    # partials/toc.html labels the table-of-contents toggle, hidden on pages whose toc is hidden.
    ("The value of the “for” attribute of the “label” element must be the ID of a non-hidden", 'for="__toc"'),
]


def matches(known: tuple[str, str], message: dict) -> bool:
    text, fragment = known
    return message["message"].startswith(text) and fragment in message.get("extract", "")


def is_material_markup(message: dict) -> bool:
    return any(matches(known, message) for known in MATERIAL_MARKUP)


def test_every_page_type_is_valid_html(site: Path) -> None:
    assert VNU.is_file(), "the Nu Html Checker is missing: run `npm ci` (make test does)"
    urls = page_type_sample(site)
    files = [site / url / "index.html" if url.endswith("/") or not url else site / url for url in urls]
    assert len(files) >= 6 and all(path.is_file() for path in files)

    result = subprocess.run(
        ["java", "-jar", str(VNU), "--errors-only", "--format", "json", *map(str, files)],
        capture_output=True, text=True, timeout=300, check=False,  # exit 1 on errors: read them below
    )  # fmt: skip

    messages = json.loads(result.stderr)["messages"]
    errors = [
        f"{m.get('url', '').rsplit('/site/', 1)[-1]}:{m.get('lastLine')}: {m['message']} [{m.get('extract', '').strip()}]"
        for m in messages
        if not is_material_markup(m)
    ]
    assert not errors, "\n".join(errors)
    gone = [known for known in MATERIAL_MARKUP if not any(matches(known, m) for m in messages)]
    assert not gone, f"Material no longer makes these errors, remove their filters: {gone}"
    count_checked("pages validated by the Nu Html Checker", len(files))


@pytest.mark.parametrize(
    "markdown, levels",
    [
        ("### Pembukaan\n\n### Laporan", [3, 3]),
        ("# Judul\n\n## Bagian\n\n#### Rincian", [3, 4, 5]),
        ("## a\n\n##### b", [3, 4]),
    ],
)
def test_editor_headings_start_at_h3_without_skipping(markdown: str, levels: list[int]) -> None:
    """Editors often start at ###: their headings sit under the page's h2 with no level skipped."""
    assert [int(level) for level in re.findall(r"<h(\d)>", str(markdown_to_html(markdown)))] == levels
