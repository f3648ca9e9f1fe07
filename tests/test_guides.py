"""The Panduan pages: published, and true to the data contracts and to the workflow.

Examples are read from the built guide pages (what a teacher copies): a file template
(``data-berkas``: the whole file) or lines to add at the end of a file (``data-tambah``).
They are written into a copy of the demo project and checked with ``kkg-site periksa``.
A common mistake is a wrong block (``data-salah``), the messages it gets (blockquotes) and
the right block (``data-benar``): the right lines, found in what the guide's examples wrote,
are replaced with the wrong ones and ``kkg-site periksa`` must print those messages there.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any
from urllib.parse import urljoin

import pytest
import yaml
from bs4 import Tag
from support.build import ROOT, Project, copy_project, kkg_site, parse_annotation
from support.pages import page
from test_skema import kind_of

from kkg_site.registry import declared, discover

GUIDES = {
    "panduan/": "Panduan",
    "panduan/ketua/": "Panduan ketua",
    "panduan/sekretaris/": "Panduan sekretaris",
    "panduan/bendahara/": "Panduan bendahara",
    "panduan/koordinator/": "Panduan koordinator mata pelajaran",
    "panduan/pengelola/": "Panduan pengelola situs",
}
WITH_EXAMPLES = ["panduan/ketua/", "panduan/sekretaris/", "panduan/bendahara/", "panduan/koordinator/"]
# Content types whose data the KKG keeps adding to: each has examples in a guide. (The
# profile, schools, members and board are written once, by the maintainer: pengelola.md.)
EDITED_WITH_EXAMPLES = {"notulen", "kegiatan", "materi", "program", "keuangan"}
TYPES = {t.name for t in discover()}
TYPE_OF_SCHEMA = {data_file.schema: t.name for t in discover() for data_file in t.data_files}
WORKFLOW = yaml.safe_load((ROOT / ".github" / "workflows" / "pages.yml").read_text(encoding="utf-8"))
DAILY_WORKFLOW = yaml.safe_load((ROOT / ".github" / "workflows" / "harian.yml").read_text(encoding="utf-8"))
MINIMAL_PDF = b"%PDF-1.4\n%%EOF\n"
WARNING_PREFIX = "Peringatan: "  # a quoted message that GitHub shows as a warning, not an error
ANY_TEXT = "…"  # in a quoted message: a part that depends on the reader's file (a line number)


@dataclass(frozen=True)
class Example:
    path: str  # from the repository root: data/kas.yml
    text: str
    whole_file: bool  # data-berkas; otherwise data-tambah: lines added at the end of the file
    label: str  # the paragraph just above it, which names the file

    @property
    def content_type(self) -> str | None:
        """The content type of its file; None when that type is not in this checkout."""
        data_file = kind_of(self.path.removeprefix("data/"))
        return TYPE_OF_SCHEMA[data_file.schema] if data_file else None


@dataclass
class Mistake:
    path: str
    wrong: str
    messages: list[str] = field(default_factory=list)  # as quoted in the guide
    right: str | None = None


def examples(site: Path, url: str) -> list[Example]:
    found = []
    for code in page(site, url).select("pre > code[data-berkas], pre > code[data-tambah]"):
        whole_file = code.has_attr("data-berkas")
        path = code["data-berkas" if whole_file else "data-tambah"]
        found.append(Example(path, code.get_text(), whole_file, label_above(code)))
    return found


def label_above(code: Tag) -> str:
    """The paragraph just above a code block."""
    return code.parent.find_previous_sibling().get_text()


def mistakes(site: Path, url: str) -> list[Mistake]:
    """Each wrong block with the quoted messages below it and the right block that follows
    (one right block may follow several wrong ones). Every quotation is a message."""
    found: list[Mistake] = []
    pending: list[Mistake] = []
    for element in page(site, url).select("code[data-salah], blockquote, code[data-benar]"):
        if element.name == "blockquote":
            assert pending, f"{url}: a quoted message without a wrong block above it: {element.get_text()!r}"
            pending[-1].messages.append(element.get_text(" ", strip=True))
        elif element.has_attr("data-salah"):
            assert label_above(element).startswith("Salah"), element
            pending.append(Mistake(element["data-salah"], element.get_text()))
        else:
            assert pending, f"{url}: a right block without a wrong block above it"
            assert label_above(element) == "Benar:", element
            for mistake in pending:
                assert mistake.path == element["data-benar"], mistake
                mistake.right = element.get_text()
            found += pending
            pending = []
    assert not pending, f"{url}: wrong blocks without a right block: {pending}"
    return found


def add_template(project: Project, path: str, text: str) -> Path:
    target = project.root / path
    assert not target.exists(), f"the guide's example {path} collides with the demo data"
    project.write(path, text)
    return target


def apply_examples(project: Project, guide_examples: list[Example]) -> dict[str, int]:
    """Write a guide's examples into the project, in their order, with a small PDF for
    every attachment they name. Returns, per file, the first line they wrote (from 0)."""
    written_from: dict[str, int] = {}
    for example in guide_examples:
        target = project.root / example.path
        data_file = kind_of(example.path.removeprefix("data/"))
        if example.whole_file:
            if data_file.folder is None:  # the single file of its type (kas.yml): the example replaces the demo's
                target.write_text(example.text, encoding="utf-8")
            else:
                add_template(project, example.path, example.text)
            written_from.setdefault(example.path, 0)
        else:
            before = target.read_text(encoding="utf-8")
            before += "" if before.endswith("\n") else "\n"
            written_from.setdefault(example.path, before.count("\n"))
            target.write_text(before + example.text, encoding="utf-8")
        for key, upload in data_file.uploads.items():
            if data_file.markdown:  # the minutes' only upload is the body's images
                continue
            base = target.parent if "*" in upload.written_from else project.data / upload.written_from
            for attachment in values_of(yaml.safe_load(example.text), key):
                if not (base / attachment).exists():
                    project.write(str((base / attachment).relative_to(project.root)), MINIMAL_PDF)
    return written_from


def values_of(data: Any, key: str) -> Iterator[str]:
    """Every value of ``key`` anywhere in parsed YAML (a list of them is flattened)."""
    if isinstance(data, dict):
        for name, value in data.items():
            if name == key:
                yield from value if isinstance(value, list) else [value]
            else:
                yield from values_of(value, key)
    elif isinstance(data, list):
        for item in data:
            yield from values_of(item, key)


def require_types(guide_examples: list[Example]) -> None:
    if any(example.content_type is None for example in guide_examples):
        pytest.skip("a content type of this guide is not in this checkout")


@pytest.mark.parametrize(("url", "title"), GUIDES.items())
def test_guides_are_published_under_panduan(site: Path, url: str, title: str) -> None:
    soup = page(site, url)
    assert soup.find("h1").get_text(strip=True).removesuffix("¶") == title
    # For the KKG's maintainers: out of the members' menu, linked from every page's footer.
    nav = soup.select_one("nav.md-nav--primary")
    assert "Panduan" not in [link.get_text(strip=True) for link in nav.select("a, label")]
    guides = soup.select_one(".kkg-footer").find("a", string="Panduan pengelola")["href"]
    assert urljoin(f"https://x.invalid/{url}", guides) == "https://x.invalid/panduan/"


def test_every_example_names_its_file_and_each_edited_content_type_has_one(site: Path) -> None:
    found = [example for url in WITH_EXAMPLES for example in examples(site, url)]
    for example in found:
        assert example.path in example.label, example  # the paragraph above names the file
    assert {example.content_type for example in found} - {None} == EDITED_WITH_EXAMPLES & TYPES


def test_every_data_file_is_named_in_a_guide(site: Path) -> None:
    text = " ".join(page(site, url).get_text(" ", strip=True) for url in GUIDES)
    for data_file in declared():
        name = data_file.glob if data_file.folder is None else f"data/{data_file.folder}/"
        assert name in text, f"no guide names {name}"


@pytest.mark.parametrize("url", WITH_EXAMPLES)
def test_examples_of_a_guide_pass_the_check(site: Path, project: Project, url: str) -> None:
    guide_examples = examples(site, url)
    assert guide_examples
    require_types(guide_examples)
    apply_examples(project, guide_examples)

    result = kkg_site("periksa", cwd=project.root)

    assert result.returncode == 0, result.stderr
    assert "Traceback" not in result.stderr
    # A whole-file template replaces the demo's records, so the demo's own attachments (a
    # sample receipt) are left unused and named as such; any other warning is the guide's.
    warnings = [line for line in result.stderr.splitlines() if ": peringatan: " in line]
    orphaned = re.compile(r"^(data/[^:]+): peringatan: berkas ini tidak dipakai data mana pun; ")
    assert [w for w in warnings if not ((m := orphaned.match(w)) and (ROOT / m[1]).is_file())] == []


@pytest.mark.parametrize("url", WITH_EXAMPLES)
def test_common_mistakes_get_the_messages_quoted_in_the_guide(site: Path, tmp_path: Path, url: str) -> None:
    guide_examples = examples(site, url)
    require_types(guide_examples)
    for number, mistake in enumerate(mistakes(site, url)):
        project = copy_project(tmp_path / f"salah-{number}")
        written_from = apply_examples(project, guide_examples)
        start = written_from[mistake.path]  # the right lines are looked for in what the examples wrote
        target = project.root / mistake.path
        lines = target.read_text(encoding="utf-8").splitlines(keepends=True)
        right, wrong = mistake.right.splitlines(keepends=True), mistake.wrong.splitlines(keepends=True)
        at = [i for i in range(start, len(lines)) if lines[i : i + len(right)] == right]
        assert len(at) == 1, f"{url}: the right block must be once in the examples: {mistake.right!r}"
        lines[at[0] : at[0] + len(right)] = wrong
        target.write_text("".join(lines), encoding="utf-8")
        wrong_lines = range(at[0] + 1, at[0] + len(wrong) + 1)

        result = kkg_site("periksa", cwd=project.root, GITHUB_ACTIONS="true")

        printed = [parse_annotation(out) for out in result.stdout.splitlines() if out.startswith("::")]
        assert mistake.messages, mistake
        for quoted in mistake.messages:
            command = "warning" if quoted.startswith(WARNING_PREFIX) else "error"
            pattern = ".+".join(re.escape(part) for part in quoted.removeprefix(WARNING_PREFIX).split(ANY_TEXT))
            assert any(
                kind == command
                and where["file"] == mistake.path
                and int(where["line"]) in wrong_lines
                and re.fullmatch(pattern, message)
                for kind, where, message in printed
            ), f"{url}: {mistake.wrong!r} did not get {quoted!r} but {printed}"
        assert result.returncode == (1 if any(kind == "error" for kind, _, _ in printed) else 0)
        assert "Traceback" not in result.stderr


def test_the_error_shown_in_the_guide_is_the_one_github_shows(site: Path, project: Project) -> None:
    if "notulen" not in TYPES:
        pytest.skip("content type notulen is not in this checkout")
    guide = page(site, "panduan/sekretaris/")
    example = next(pre.get_text() for pre in guide.select("pre") if pre.get_text().startswith("Data KKG:"))
    title, message, location = example.strip().splitlines()
    path, line = location.split("#L")
    wrong, right = re.fullmatch(r"'(.+)' tidak ada di .+ \(apakah maksud Anda '(.+)'\?\)", message).groups()
    (template,) = [example.text for example in examples(site, "panduan/sekretaris/") if example.path == path]
    target = add_template(project, path, template)
    lines = target.read_text(encoding="utf-8").splitlines(keepends=True)
    assert right in lines[int(line) - 1]
    lines[int(line) - 1] = lines[int(line) - 1].replace(right, wrong)
    target.write_text("".join(lines), encoding="utf-8")

    result = kkg_site("periksa", cwd=project.root, GITHUB_ACTIONS="true")

    assert result.returncode == 1
    (annotation,) = [parse_annotation(out) for out in result.stdout.splitlines() if out.startswith("::")]
    assert annotation == ("error", {"file": path, "line": line, "title": title}, message)


def inline_code(site: Path, url: str) -> set[str]:
    return {code.get_text() for code in page(site, url).select("code") if code.parent.name != "pre"}


def test_treasurer_guide_explains_every_key_and_kind(site: Path) -> None:
    model = pytest.importorskip("kkg_site.types.keuangan.model")
    named = inline_code(site, "panduan/bendahara/")
    for record in (model.Kas, model.SaldoAwal, model.Entri):
        assert set(record.model_fields) <= named, record
    assert set(model.KIND_LABELS) <= named


def test_chair_guide_explains_every_key_and_state_and_where_the_report_is(site: Path) -> None:
    model = pytest.importorskip("kkg_site.types.program.model")
    progress = pytest.importorskip("kkg_site.types.program.progress")
    guide = page(site, "panduan/ketua/")
    named = inline_code(site, "panduan/ketua/")
    assert set(model.Program.model_fields) | set(model.JANGKA_LABELS) <= named
    states = [row.find("td").get_text(strip=True) for row in guide.select("table tbody tr")]
    assert set(progress.STATE_LABELS.values()) <= set(states)
    (report,) = [text for text in named if text.startswith("program/laporan/")]
    assert page(site, report).find("h1").get_text(strip=True).startswith("Laporan Kegiatan")
    # Its table of the report's sections names each section, and it says when a report stops detailing.
    parts = [row.find("td").get_text(strip=True).casefold() for row in guide.select("table tbody tr")]
    for heading in page(site, report).select(".kkg-laporan h2"):
        assert any(heading.get_text(strip=True).casefold() in part for part in parts), heading
    budget = pytest.importorskip("kkg_site.types.program.report").DETAIL_BUDGET
    assert f"lebih dari {budget} kegiatan" in " ".join(guide.get_text(" ").split())


def test_guides_name_the_workflow_and_its_steps(site: Path) -> None:
    secretary = page(site, "panduan/sekretaris/").get_text(" ", strip=True)
    maintainer = page(site, "panduan/pengelola/").get_text(" ", strip=True)
    assert f'"{WORKFLOW["name"]}"' in secretary
    assert f"{WORKFLOW['name']} → Run workflow" in maintainer
    step_names = [step.get("name") for step in WORKFLOW["jobs"]["periksa-dan-bangun"]["steps"]]
    assert "Periksa data" in step_names and "Periksa data" in secretary


def test_maintainer_guide_gives_the_daily_rebuild_time_in_each_zone(site: Path) -> None:
    (entry,) = DAILY_WORKFLOW[True]["schedule"]  # YAML 1.1 reads `on` as True
    minute, hour = (int(value) for value in entry["cron"].split()[:2])
    maintainer = page(site, "panduan/pengelola/").get_text(" ", strip=True)
    assert DAILY_WORKFLOW["name"] in maintainer and "harian.yml" in maintainer
    for zone, offset in {"WIB": 7, "WITA": 8, "WIT": 9}.items():
        assert f"{(hour + offset) % 24:02d}.{minute:02d} {zone}" in maintainer


@pytest.mark.parametrize("url", GUIDES)
def test_code_examples_render_as_code(site: Path, url: str) -> None:
    """A fenced block indented inside a list item is shown as text, fences and all."""
    article = page(site, url).select_one("article")
    assert "```" not in article.get_text()
