"""The MkDocs adapter: runs the generator and adds its output as generated files.

Nothing is written into ``docs_dir``: pages and assets enter the build as
``File.generated`` objects. When ``mkdocs.yml`` has no ``nav``, the plugin
builds a short one (sections only; item pages are reached from their section
pages, so the navigation stays the same size however many items exist).
After the build (also under ``mkdocs serve``) Pagefind indexes the written site.

Generated pages are HTML already (their Markdown files are front matter and a
raw-HTML body). Python-Markdown would only parse that HTML to hand it back
unchanged, which was half of a large build; so MkDocs gets their body and meta
directly and converts an empty document (see ``on_page_markdown``).
"""

from __future__ import annotations

import logging
import re
from collections.abc import Iterable
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

from markupsafe import escape
from mkdocs.config import config_options as c
from mkdocs.config.base import Config
from mkdocs.config.defaults import MkDocsConfig
from mkdocs.exceptions import PluginError
from mkdocs.plugins import BasePlugin, event_priority
from mkdocs.structure.files import File, Files, InclusionLevel
from mkdocs.structure.nav import Navigation
from mkdocs.structure.pages import Page
from mkdocs.utils.templates import TemplateContext

from .contenttype import PostBuildError
from .errors import DataErrors
from .generator import STYLESHEET, SiteOutput, generate
from .identity import FAVICON
from .page import Page as GeneratedPage
from .report import print_annotations
from .search import page_attributes, separate_cells
from .site import BadBuildDate, build_date_override
from .staged_build import BuildLocked, StagedSiteDir

log = logging.getLogger("mkdocs.plugins.kkg")

# Our templates for Material (page meta, search box, 404): part of the package, so a portal's
# repository needs no copy; a portal's own `custom_dir` still overrides them.
THEME_OVERRIDES = Path(__file__).parent / "overrides"

GUIDES = "panduan/"  # hand-written guides for the KKG's maintainers (content/panduan/)


# An element id in the generated HTML (templates quote attributes with ").
ELEMENT_ID = re.compile(r'\sid="([^"]+)"')

# A host name such as kkg.contoh.sch.id: labels of letters, digits and inner hyphens.
HOST_NAME = re.compile(r"(?=.{4,253}$)([a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z]{2,63}")


class KKGPluginConfig(Config):
    data_dir = c.Type(str, default="data")
    domain = c.Optional(c.Type(str))  # custom domain: written to the site's CNAME file


def custom_domain(domain: str, site_url: str | None) -> str:
    """The checked custom domain; site_url must use it, or absolute links and 404.html would point elsewhere."""
    host = domain.strip().lower()
    if not HOST_NAME.fullmatch(host):
        raise PluginError(
            f"mkdocs.yml: kkg.domain: '{domain}' bukan nama domain. "
            "Tulis domainnya saja, tanpa https:// dan tanpa garis miring, contoh: kkg.contoh.sch.id"
        )
    if urlsplit(site_url or "").hostname != host:
        raise PluginError(
            f"mkdocs.yml: site_url ({site_url or 'kosong'}) tidak memakai domain '{host}'. "
            f"Ubah menjadi: site_url: https://{host}/"
        )
    return host


class KKGPlugin(BasePlugin[KKGPluginConfig]):
    output: SiteOutput
    domain: str | None = None
    generated_pages: dict[str, GeneratedPage]  # by source path, e.g. "notulen/index.md"
    stages_output = False  # set by on_startup; MkDocs calls it before a command runs
    staged: StagedSiteDir | None = None

    def on_startup(self, *, command: str, dirty: bool) -> None:
        # Only `mkdocs build` publishes site_dir; `serve` builds into its own temporary
        # folder, and a dirty build adds to the existing site.
        self.stages_output = command == "build" and not dirty

    def on_config(self, config: MkDocsConfig) -> MkDocsConfig:
        self.domain = custom_domain(self.config.domain, config.site_url) if self.config.domain else None
        theme_dirs = config.theme.dirs
        if str(THEME_OVERRIDES) not in theme_dirs:  # once, should on_config run again on this config
            theme_dirs.insert(1 if config.theme.custom_dir else 0, str(THEME_OVERRIDES))
        if self.stages_output:
            staged = StagedSiteDir(Path(config.site_dir))
            try:
                config.site_dir = str(staged.begin())
            except BuildLocked as error:
                raise PluginError(str(error)) from None
            self.staged = staged
        data_dir = Path(config.config_file_path).parent / self.config.data_dir
        try:
            self.output = generate(data_dir, build_date_override(), config.site_url)
        except BadBuildDate as error:
            raise PluginError(str(error)) from None
        except DataErrors as error:
            print_annotations(error.errors)
            raise PluginError("Data KKG tidak valid:\n" + error.report()) from None
        print_annotations(self.output.warnings)
        for warning in self.output.warnings:
            log.info(str(warning))  # info: a warning would fail `mkdocs build --strict`
        profile = self.output.index.site.profile
        # Material prints these without escaping (they are usually trusted config); ours come
        # from data, so they enter as Markup: escaped once, and `| e` leaves them as they are.
        config.site_name = escape(profile.short_name)
        config.site_description = escape(config.site_description or profile.description)
        config.extra["kkg"] = self.output.theme_extra  # footer, icons, default preview card
        config.theme["favicon"] = FAVICON
        if self.output.theme_extra["logo"]:
            config.theme["logo"] = self.output.theme_extra["logo"]  # in the header, instead of Material's icon
        if STYLESHEET not in config.extra_css:
            config.extra_css.append(STYLESHEET)
        for script in self.output.scripts:
            if script not in map(str, config.extra_javascript):
                config.extra_javascript.append(script)
        return config

    def on_files(self, files: Files, config: MkDocsConfig) -> Files:
        files.append(File.generated(config, STYLESHEET, content=self.output.stylesheet))
        builds_nav = config.nav is None
        in_nav = {path for entry in self.output.nav for path in entry.values()}
        self.generated_pages = {page.path: page for page in self.output.pages}
        for page in self.output.pages:
            # Item pages are reached from their section page, not from the nav.
            inclusion = (
                InclusionLevel.NOT_IN_NAV if builds_nav and page.path not in in_nav else InclusionLevel.UNDEFINED
            )
            files.append(File.generated(config, page.path, content=page.markdown(), inclusion=inclusion))
        for asset in self.output.assets:
            files.append(File.generated(config, asset.path, abs_src_path=str(asset.source)))
        for generated in self.output.files:
            files.append(File.generated(config, generated.path, content=generated.content))
        if self.domain:
            files.append(File.generated(config, "CNAME", content=self.domain + "\n"))
        if builds_nav:
            handwritten = [file for file in files.documentation_pages() if file.generated_by is None]
            for file in handwritten:
                if file.src_uri.startswith(GUIDES):
                    file.inclusion = InclusionLevel.NOT_IN_NAV
            config.nav = self.output.nav + content_nav(file.src_uri for file in handwritten)
        return files

    def on_page_read_source(self, page: Page, config: MkDocsConfig) -> str | None:
        return "" if page.file.src_uri in self.generated_pages else None

    def on_page_markdown(self, markdown: str, page: Page, config: MkDocsConfig, files: Files) -> str:
        generated = self.generated_pages.get(page.file.src_uri)
        if generated is not None:
            page.meta = generated.front_matter  # read_source found no front matter in ""
        for key in ("title", "description"):  # printed unescaped by Material, see on_config
            if isinstance(page.meta.get(key), str):
                page.meta[key] = escape(page.meta[key])
        return markdown

    def on_page_content(self, html: str, page: Page, config: MkDocsConfig, files: Files) -> str:
        generated = self.generated_pages.get(page.file.src_uri)
        if generated is not None:
            # What the raw-HTML pass would have found, so MkDocs still checks links to these anchors.
            page.present_anchor_ids = set(ELEMENT_ID.findall(generated.body))
            html = str(generated.body)  # plain text from here: MkDocs and other plugins edit it as such
        return separate_cells(html)  # so that Pagefind reads "Tugas" and "Guru" as two words

    def on_page_context(
        self, context: TemplateContext, page: Page, config: MkDocsConfig, nav: Navigation
    ) -> TemplateContext:
        generated = self.generated_pages.get(page.file.src_uri)
        search = generated.meta.search if generated is not None else page.meta.get("search")
        try:
            # rendered by kkg_site/overrides/main.html; MkDocs' TypedDict lists only its own keys,
            # though adding keys is what this event is for
            context["kkg_search"] = page_attributes(search)  # type: ignore[typeddict-unknown-key]
        except ValueError as error:
            raise PluginError(f"{page.file.src_uri}: {error}") from None
        return context

    @event_priority(-100)  # last: other plugins may still write into the (staged) site
    def on_post_build(self, config: MkDocsConfig) -> None:
        for content_type in self.output.index.types:
            try:
                done = content_type.post_build(Path(config.site_dir))
            except PostBuildError as error:
                raise PluginError(str(error)) from None
            if done:
                log.info(done)
        if self.staged:
            self.staged.swap()
            config.site_dir = str(self.staged.site_dir)

    def on_build_error(self, error: Exception) -> None:
        if self.staged:
            self.staged.abort()

    def on_shutdown(self) -> None:
        if self.staged:
            self.staged.finish()


def content_nav(src_uris: Iterable[str]) -> list[Any]:
    """Hand-written pages of docs_dir, grouped by top-level folder, index page first.

    The maintainers' guides (``panduan/``) stay out of the members' menu; every page's
    footer links them (overrides/partials/copyright.html)."""
    sections: dict[str, list[str]] = {}
    for src_uri in src_uris:
        if src_uri.startswith(GUIDES):
            continue
        folder = src_uri.split("/")[0] if "/" in src_uri else ""
        sections.setdefault(folder, []).append(src_uri)
    nav: list[Any] = []
    for folder, uris in sorted(sections.items()):
        uris.sort(key=lambda uri: (not uri.endswith("index.md"), uri))
        if folder:
            nav.append({folder.replace("-", " ").title(): uris})
        else:
            nav.extend(uris)
    return nav
