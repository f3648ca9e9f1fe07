"""The generated editor files: JSON Schemas, Pages CMS forms and VS Code settings.

``kkg-site skema`` writes them; ``tests/test_skema.py`` checks that the committed files
equal a fresh generation, so they can never drift from the models.
"""

from __future__ import annotations

import json
from pathlib import Path

from .datafiles import SCHEMA_FOLDER, DataFile
from .pagescms import pages_yml
from .registry import declared
from .schema import schema_text

PAGES_CMS = ".pages.yml"
VSCODE_SETTINGS = ".vscode/settings.json"
YAML_VERSION = "1.2"


def vscode_settings(data_files: list[DataFile], existing: str | None) -> str:
    """``.vscode/settings.json`` with ``yaml.schemas`` mapping each schema to its files;
    other settings of the project are kept.

    Markdown files are left out: the YAML extension does not read front matter.
    """
    settings = json.loads(existing) if existing else {}
    settings["yaml.schemas"] = {f"./{d.schema_path}": d.glob for d in data_files if not d.markdown}
    settings["yaml.yamlVersion"] = YAML_VERSION  # as the build (kkg_site.yamlio) and Pages CMS read
    return json.dumps(settings, ensure_ascii=False, indent=2) + "\n"


def generated_files(project: Path) -> dict[str, str]:
    """Path relative to the project → the text it must have."""
    data_files = declared()
    files = {d.schema_path: schema_text(d) for d in data_files}
    files[PAGES_CMS] = pages_yml(data_files)
    settings = project / VSCODE_SETTINGS
    files[VSCODE_SETTINGS] = vscode_settings(
        data_files, settings.read_text(encoding="utf-8") if settings.is_file() else None
    )
    return files


def stale_schemas(project: Path, files: dict[str, str]) -> list[Path]:
    """Schemas left from a kind of data file that no longer exists."""
    folder = project / SCHEMA_FOLDER
    return (
        sorted(p for p in folder.glob("*.json") if f"{SCHEMA_FOLDER}/{p.name}" not in files) if folder.is_dir() else []
    )


def write(project: Path) -> list[str]:
    """Write every generated file that changed and remove stale schemas; the paths touched."""
    files = generated_files(project)
    touched = []
    for relative, text in files.items():
        path = project / relative
        if path.is_file() and path.read_text(encoding="utf-8") == text:
            continue
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8")
        touched.append(relative)
    for path in stale_schemas(project, files):
        path.unlink()
        touched.append(f"{SCHEMA_FOLDER}/{path.name}")
    return touched
