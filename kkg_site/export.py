"""The generated site as plain files, for any engine that reads Markdown with front matter.

Each page becomes ``<path>.md`` (front matter and its raw-HTML body); assets,
feeds and the joined stylesheet are written at their site paths.

:func:`export_project` writes a whole plain project: that docs folder, the portal's
hand-written pages, the theme overrides and an ``mkdocs.yml`` with the nav and the
settings the ``kkg`` plugin would make, but without the plugin. Any engine that
reads an MkDocs 1.x configuration builds it (MkDocs, ProperDocs); the search index
is then one more step::

    python -m kkg_site.export ekspor/            # from the portal's folder
    cd ekspor && properdocs build --strict       # or: mkdocs build --strict
    python -m kkg_site.types.cari.pagefind site  # Pagefind, as the plugin runs it

The benchmark's baseline (plain MkDocs + Material) is built this way too.
"""

from __future__ import annotations

import argparse
import shutil
import sys
from pathlib import Path

import yaml

from .generator import STYLESHEET, SiteOutput

OVERRIDES = "overrides"  # the plain project's custom_dir


class NotAPortal(ValueError):
    """The configuration does not use the ``kkg`` plugin: there is no portal to export."""


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


def export_project(config_file: Path, target: Path) -> SiteOutput:
    """The portal of ``config_file`` (its ``mkdocs.yml``) as a plain project in ``target``
    (a new or empty folder).

    The plugin's ``on_config`` runs here (it generates the site and sets the site name,
    stylesheet and scripts); the plain ``mkdocs.yml`` copies those settings, drops the
    plugin and lists the same nav. The build date is ``KKG_HARI_INI`` when set.
    """
    from mkdocs.config import load_config  # the engine's config reader: only this function needs it

    from .mkdocs_plugin import THEME_OVERRIDES, KKGPlugin, content_nav

    config = load_config(str(config_file))
    plugin = config.plugins.get("kkg")
    if not isinstance(plugin, KKGPlugin):
        raise NotAPortal(f"{config_file.name} tidak memakai plugin kkg; tambahkan `- kkg` di bawah `plugins:`")
    config = config.plugins.on_config(config)
    output = plugin.output
    settings = yaml.safe_load(config_file.read_text(encoding="utf-8"))
    docs = target / settings.get("docs_dir", "docs")
    shutil.copytree(config_file.parent / settings.get("docs_dir", "docs"), docs)
    handwritten = sorted(p.relative_to(docs).as_posix() for p in docs.rglob("*.md"))
    theme = settings.setdefault("theme", {})
    shutil.copytree(THEME_OVERRIDES, target / OVERRIDES)
    if theme.get("custom_dir"):  # the portal's own overrides win over ours, as in the plugin
        shutil.copytree(config_file.parent / theme["custom_dir"], target / OVERRIDES, dirs_exist_ok=True)
    theme["custom_dir"] = OVERRIDES
    export(output, docs)
    settings["plugins"] = [
        p for p in settings.get("plugins", []) if not (isinstance(p, dict) and "kkg" in p) and p != "kkg"
    ]
    settings.pop("watch", None)  # data/ is not part of the plain project
    settings.update(
        site_name=str(config.site_name),  # the plugin escapes it (Markup): written as the plugin leaves it
        site_description=str(config.site_description),
        extra_css=list(config.extra_css),
        extra_javascript=[str(script) for script in config.extra_javascript],
        nav=output.nav + content_nav(handwritten),
        extra={**settings.get("extra", {}), "kkg": output.theme_extra},
    )
    theme.update({key: config.theme[key] for key in ("favicon", "logo") if config.theme.get(key)})
    if plugin.domain:
        (docs / "CNAME").write_text(plugin.domain + "\n", encoding="utf-8")
    (target / "mkdocs.yml").write_text(yaml.safe_dump(settings, allow_unicode=True, sort_keys=False), encoding="utf-8")
    return output


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        prog="python -m kkg_site.export", description="Tulis portal sebagai proyek MkDocs/ProperDocs biasa."
    )
    parser.add_argument("folder", type=Path, help="folder tujuan (dikosongkan dulu)")
    parser.add_argument(
        "--config", type=Path, default=Path("mkdocs.yml"), help="mkdocs.yml portal (bawaan: mkdocs.yml)"
    )
    args = parser.parse_args(argv)
    if args.folder.exists() and any(args.folder.iterdir()):
        print(f"Folder {args.folder} tidak kosong; pilih folder baru.", file=sys.stderr)
        return 2
    try:
        output = export_project(args.config.resolve(), args.folder.resolve())
    except NotAPortal as error:
        print(error, file=sys.stderr)
        return 2
    print(f"{len(output.pages)} halaman ditulis ke {args.folder}.")
    return 0


if __name__ == "__main__":
    sys.exit(main())
