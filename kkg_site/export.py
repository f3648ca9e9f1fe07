"""The generated site as plain files, for any engine that reads Markdown with front matter.

Each page becomes ``<path>.md`` (front matter and its raw-HTML body); assets,
feeds and the joined stylesheet are written at their site paths. The
benchmark builds this folder with plain MkDocs + Material as its baseline.
"""

from __future__ import annotations

import shutil
from pathlib import Path

from .generator import STYLESHEET, SiteOutput


def export(output: SiteOutput, target: Path) -> None:
    """Write every page, asset and generated file of ``output`` under ``target``."""

    def destination(relative: str) -> Path:
        path = target / relative
        path.parent.mkdir(parents=True, exist_ok=True)
        return path

    for page in output.pages:
        destination(page.path).write_text(page.markdown(), encoding="utf-8")
    for asset in output.assets:
        shutil.copyfile(asset.source, destination(asset.path))
    for generated in output.files:
        content = generated.content
        path = destination(generated.path)
        if isinstance(content, bytes):
            path.write_bytes(content)
        else:
            path.write_text(content, encoding="utf-8")
    destination(STYLESHEET).write_text(output.stylesheet, encoding="utf-8")
