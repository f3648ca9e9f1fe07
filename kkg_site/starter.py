"""``kkg-site mulai <folder>``: a new, empty but guided portal that installs this package.

The portal's files come from ``kkg_site/portal/`` (part of the package; its ``mkdocs.yml``,
workflows and VS Code recommendations are copies of the demo's own, kept equal by a test), with
``${versi}``, ``${repositori}`` and ``${panduan}`` filled in; the editor files (schemas,
``.pages.yml``, ``.vscode/settings.json``) are generated as ``kkg-site skema`` writes them.
``requirements.txt`` names this version of the package, so the portal's repository holds
only its own data and settings, and an upgrade is one changed line.
"""

from __future__ import annotations

import shutil
from importlib.metadata import PackageNotFoundError, metadata
from pathlib import Path
from string import Template

from . import __version__, editors

TEMPLATE = Path(__file__).parent / "portal"
FILLED_IN = {"README.md", "content/panduan/index.md"}  # the others are copied as they are


class NotInstalled(LookupError):
    """The package's metadata (its repository) is missing: run from a checkout that is not installed."""


def repository() -> str:
    """The package's source repository (``[project.urls] Repository`` in pyproject.toml)."""
    try:
        urls = metadata("kkg-site").get_all("Project-URL") or []
    except PackageNotFoundError:
        raise NotInstalled from None
    for entry in urls:
        label, _, url = entry.partition(",")
        if label.strip().lower() == "repository":
            return url.strip()
    raise NotInstalled


def package_requirement() -> str:
    """The requirement line of this version: the repository's tag ``v<version>``."""
    return f"kkg-site @ git+{repository()}@v{__version__}"


def requirements_text(requirement: str) -> str:
    return (
        "# Versi kkg-site yang membangun portal ini. Untuk memperbarui: ubah versinya\n"
        f"# (mis. @v{__version__} menjadi versi baru), lalu jalankan `kkg-site migrasi`.\n"
        "# Versi pasti semua yang diperlukannya ikut dalam versi itu (python -m kkg_site.lock).\n"
        f"{requirement}\n"
    )


def occupied(folder: Path) -> bool:
    return folder.exists() and (not folder.is_dir() or any(folder.iterdir()))


def create(folder: Path, requirement: str | None = None) -> list[str]:
    """Write a new portal into ``folder`` (new or empty); the files written, relative to it."""
    values = {
        "versi": __version__,
        "repositori": repository(),
        "panduan": f"{repository()}/blob/v{__version__}/content/panduan",
    }
    written = []
    for source in sorted(TEMPLATE.rglob("*")):
        if source.is_dir() or "__pycache__" in source.parts:
            continue
        relative = source.relative_to(TEMPLATE).as_posix()
        target = folder / relative
        target.parent.mkdir(parents=True, exist_ok=True)
        if relative in FILLED_IN:
            target.write_text(Template(source.read_text(encoding="utf-8")).substitute(values), encoding="utf-8")
        else:
            shutil.copyfile(source, target)
        written.append(relative)
    (folder / "requirements.txt").write_text(requirements_text(requirement or package_requirement()), encoding="utf-8")
    written.append("requirements.txt")
    written += editors.write(folder)
    return sorted(written)
