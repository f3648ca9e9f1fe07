"""The HTML of every page type passes the Nu Html Checker (vnu.jar from npm, run with Java)."""

from __future__ import annotations

import json
import subprocess
from pathlib import Path

from conftest import ROOT, count_checked, page_type_sample

VNU = ROOT / "node_modules" / "vnu-jar" / "build" / "dist" / "vnu.jar"

# Errors in mkdocs-material's own markup that no override can reach, as (message start,
# fragment of the offending markup). Never add messages about our templates here.
MATERIAL_MARKUP = [
    # base.html writes the drawer and search toggles, outside any block, as
    # <input class="md-toggle" type="checkbox" autocomplete="off">.
    ("Attribute “autocomplete” is only allowed when the input type is", 'class="md-toggle"'),
]


def is_material_markup(message: dict) -> bool:
    return any(
        message["message"].startswith(text) and fragment in message.get("extract", "")
        for text, fragment in MATERIAL_MARKUP
    )


def test_every_page_type_is_valid_html(site: Path) -> None:
    assert VNU.is_file(), "the Nu Html Checker is missing: run `npm ci` (make test does)"
    urls = page_type_sample(site)
    files = [site / url / "index.html" if url.endswith("/") or not url else site / url for url in urls]
    assert len(files) >= 6 and all(path.is_file() for path in files)

    result = subprocess.run(
        ["java", "-jar", str(VNU), "--errors-only", "--format", "json", *map(str, files)],
        capture_output=True, text=True, timeout=300,
    )  # fmt: skip

    messages = json.loads(result.stderr)["messages"]
    errors = [
        f"{m.get('url', '').rsplit('/site/', 1)[-1]}:{m.get('lastLine')}: {m['message']} [{m.get('extract', '').strip()}]"
        for m in messages
        if not is_material_markup(m)
    ]
    assert not errors, "\n".join(errors)
    assert any(is_material_markup(m) for m in messages), "Material's known error is gone: remove its filter"
    count_checked("pages validated by the Nu Html Checker", len(files))
