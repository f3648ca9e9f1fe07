"""JSON Schemas of the data files: generated from the models, true to the demo data, and
failing a broken file where ``kkg-site periksa`` fails it.

Files are read with the project's own YAML loader (kkg_site.yamlio), so dates stay text
as editors write them, and validated with ``jsonschema`` (draft 7, formats checked).
"""

from __future__ import annotations

import json
import re
from dataclasses import astuple
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from jsonschema import Draft7Validator
from pydantic import TypeAdapter, ValidationError
from support.build import ROOT, TODAY, Project, kkg_site
from support.data import json_objects
from test_bad_data import CASES, CORPUS, expected_messages

from kkg_site.datafiles import DataFile
from kkg_site.editors import VSCODE_SETTINGS, generated_files, stale_schemas
from kkg_site.errors import ErrorLog, suggest
from kkg_site.fields import NIP, NPSN, HttpsUrl, Rupiah, Slug, Surel, Tanggal
from kkg_site.messages import format_field
from kkg_site.record import Record
from kkg_site.registry import declared, scaffolding
from kkg_site.schoolyear import TahunAjaran
from kkg_site.timerange import JamField
from kkg_site.types.kegiatan.model import Jenis
from kkg_site.yamlio import parse_front_matter, parse_yaml

DATA_FILES = declared()
DATA_SUFFIXES = (".yml", ".yaml", ".md")


def validator(data_file: DataFile) -> Draft7Validator:
    schema = json.loads((ROOT / data_file.schema_path).read_text(encoding="utf-8"))
    return Draft7Validator(schema, format_checker=Draft7Validator.FORMAT_CHECKER)


def read(data_file: DataFile, path: Path) -> Any:
    """A data file as the portal reads it: YAML (or front matter) with dates left as text."""
    log = ErrorLog()
    text = path.read_text(encoding="utf-8")
    data = parse_front_matter(text, path.name, log).meta if data_file.markdown else parse_yaml(text, path.name, log)
    assert not log.entries, [str(e) for e in log.entries]
    return data


def kind_of(relative: str) -> DataFile | None:
    """The declared kind of a file at ``relative`` (to data/), if any."""
    matches = [d for d in DATA_FILES if glob_match(relative, d.pattern)]
    assert len(matches) <= 1, (relative, matches)
    return matches[0] if matches else None


def glob_match(relative: str, pattern: str) -> bool:
    """Whether ``pattern`` (as ``Path.glob`` reads it: ``**/`` spans folders) matches ``relative``."""
    regex = re.escape(pattern).replace(r"\*\*/", "(?:.*/)?").replace(r"\*", "[^/]*")
    return re.fullmatch(regex, relative) is not None


def schema_fields(data_file: DataFile, data: Any) -> set[str]:
    """The fields the schema flags, written as ``kkg-site periksa`` names them (``anggota[3].nama``).

    A misspelt key (``nmaa``) also leaves the key it meant missing: the editor marks both,
    periksa names the misspelling only, so the missing key is left out here too.
    """
    validate = validator(data_file)
    prefix = data_file.schema if validate.schema.get("type") == "array" else ""
    fields = set()
    for error in validate.iter_errors(data):
        error = _deepest(error)
        path = tuple(error.absolute_path)
        if error.validator == "additionalProperties":
            fields |= {format_field(prefix, (*path, key)) for key in _unknown(error)}
        elif error.validator == "required":
            meant = {suggest(key, error.schema["properties"]) for key in _unknown(error)}
            fields |= {
                format_field(prefix, (*path, key))
                for key in error.validator_value
                if key not in error.instance and key not in meant
            }
        else:
            fields.add(format_field(prefix, path) if path else "")  # "": the file as a whole
    return fields


def _unknown(error) -> set[str]:
    return set(error.instance) - set(error.schema["properties"])


def _deepest(error):
    """Of the alternatives of an ``anyOf``, the error that went furthest into the value."""
    while error.context:
        error = max(error.context, key=lambda e: len(e.absolute_path))
    return error


def periksa_fields(lines: list[str], file: str) -> set[str]:
    """Fields named by ``kkg-site periksa`` for ``file`` (``data/x.yml:12: field: message``);
    "" for a message about the whole file (``data/kkg.yml:1: harus berupa …``)."""
    found = set()
    for line in lines:
        match = re.match(rf"^{re.escape(file)}(?::\d+)?: (?!peringatan: )(?:(\S+): )?", line)
        if match:
            found.add(match.group(1) or "")
    return found


# --- generated, never hand-written ------------------------------------------------


def test_committed_schemas_and_editor_files_equal_a_fresh_export() -> None:
    files = generated_files(ROOT)
    assert {d.schema_path for d in DATA_FILES} <= set(files)
    for relative, text in files.items():
        committed = ROOT / relative
        assert committed.is_file(), f"{relative} is missing: run kkg-site skema"
        assert committed.read_text(encoding="utf-8") == text, f"{relative} is out of date: run kkg-site skema"
    assert stale_schemas(ROOT, files) == []


def test_kkg_site_skema_writes_the_committed_files(project: Project) -> None:
    project.write(VSCODE_SETTINGS, '{"editor.tabSize": 2}')  # the project's own settings are kept
    result = kkg_site("skema", cwd=project.root)
    assert result.returncode == 0, result.stderr
    written = result.stdout.splitlines()[:-1]
    assert set(written) == set(generated_files(ROOT))
    for relative in set(written) - {VSCODE_SETTINGS}:
        assert (project.root / relative).read_text(encoding="utf-8") == (ROOT / relative).read_text(encoding="utf-8")
    settings = json.loads((project.root / VSCODE_SETTINGS).read_text(encoding="utf-8"))
    assert settings == {
        "editor.tabSize": 2,
        "yaml.schemas": json.loads((ROOT / VSCODE_SETTINGS).read_text())["yaml.schemas"],
        "yaml.yamlVersion": "1.2",  # as the build and Pages CMS read the files
    }
    (project.root / "schemas" / "lama.json").write_text("{}", encoding="utf-8")
    again = kkg_site("skema", cwd=project.root)
    assert again.stdout.splitlines() == ["schemas/lama.json", "1 berkas diperbarui."]
    assert kkg_site("skema", cwd=project.root).stdout == "Skema dan konfigurasi editor sudah mutakhir.\n"


def test_schemas_are_valid_draft_7_with_indonesian_help_on_every_field() -> None:
    docstrings = {model.__doc__.strip() for model in _subclasses(Record) if model.__doc__}
    for data_file in DATA_FILES:
        schema = validator(data_file).schema
        Draft7Validator.check_schema(schema)
        assert schema["$schema"] == "http://json-schema.org/draft-07/schema#"
        assert schema["title"] and schema["description"]
        for owner, name, prop in _properties(schema):
            assert prop.get("title") and prop.get("description"), f"{data_file.schema}: {owner}.{name}"
        described = [node["description"] for node in json_objects(schema) if "description" in node]
        assert not docstrings & set(described), "an English docstring leaked into a schema"


def _subclasses(cls: type) -> list[type]:
    return [sub for direct in cls.__subclasses__() for sub in (direct, *_subclasses(direct))]


def _properties(schema: dict[str, Any]):
    for node in json_objects(schema):
        if node.get("type") == "object":
            for name, prop in node["properties"].items():
                yield node.get("title", "(root)"), name, prop


# --- the demo data, the templates and the scaffolds ------------------------------------


DEMO_FILES = sorted(
    p.relative_to(ROOT / "data").as_posix()
    for p in (ROOT / "data").rglob("*")
    if p.suffix in DATA_SUFFIXES and not any(part.startswith((".", "_")) for part in p.relative_to(ROOT / "data").parts)
)


def test_every_kind_of_data_file_in_the_demo_is_declared() -> None:
    assert DEMO_FILES
    undeclared = [relative for relative in DEMO_FILES if kind_of(relative) is None]
    assert undeclared == []
    assert {d.schema for d in DATA_FILES} == {kind_of(relative).schema for relative in DEMO_FILES}


@pytest.mark.parametrize("relative", DEMO_FILES)
def test_demo_data_file_validates_against_its_schema(relative: str) -> None:
    data_file = kind_of(relative)
    data = read(data_file, ROOT / "data" / relative)
    errors = [f"{list(e.absolute_path)}: {e.message}" for e in validator(data_file).iter_errors(data)]
    assert errors == []


@pytest.mark.parametrize("relative", [r for r in DEMO_FILES if not r.endswith(".md")])
def test_yaml_data_file_names_its_schema_on_the_first_line(relative: str) -> None:
    data_file = kind_of(relative)
    first = (ROOT / "data" / relative).read_text(encoding="utf-8").splitlines()[0]
    assert first == data_file.modeline(relative)
    schema = (ROOT / "data" / relative).parent / first.split("$schema=", 1)[1]
    assert schema.resolve() == (ROOT / data_file.schema_path).resolve()


def test_vscode_maps_every_yaml_data_file_to_its_schema() -> None:
    mapping = json.loads((ROOT / VSCODE_SETTINGS).read_text(encoding="utf-8"))["yaml.schemas"]
    for relative in DEMO_FILES:
        schemas = [schema for schema, glob in mapping.items() if glob_match(f"data/{relative}", glob)]
        expected = [] if relative.endswith(".md") else [f"./{kind_of(relative).schema_path}"]
        assert schemas == expected, relative
        assert all((ROOT / schema).is_file() for schema in schemas)


# Markdown scaffolds (notulen) carry no modeline: the YAML extension does not read front
# matter (content/panduan/cms.md).
YAML_SCAFFOLDS = [t for t in scaffolding().values() if not kind_of(t.scaffold(TODAY, "contoh").path).markdown]


@pytest.mark.parametrize("content_type", YAML_SCAFFOLDS, ids=lambda t: t.name)
def test_scaffold_of_a_yaml_file_names_its_schema(content_type, tmp_path: Path) -> None:
    relative, text = astuple(content_type.scaffold(TODAY, "contoh"))
    data_file = kind_of(relative)
    assert data_file is not None
    assert text.splitlines()[0] == data_file.modeline(relative)


TEMPLATE = re.compile(
    r'^``` \{ \.yaml data-berkas="data/(?P<path>[^"]+\.yml)" \}\n(?P<text>.*?)^```$', re.MULTILINE | re.DOTALL
)


def test_guide_templates_of_yaml_files_name_their_schema() -> None:
    guides = (ROOT / "content" / "panduan").glob("*.md")
    templates = [m for guide in guides for m in TEMPLATE.finditer(guide.read_text(encoding="utf-8"))]
    declared_kind = [(m, kind_of(m["path"])) for m in templates if kind_of(m["path"])]  # types of this checkout
    assert declared_kind
    for match, data_file in declared_kind:
        assert match["text"].splitlines()[0] == data_file.modeline(match["path"])


# --- the same rules as the validators --------------------------------------------------


def agree(annotation: Any, value: Any) -> tuple[bool, bool]:
    """(accepted by the validator, accepted by the JSON Schema) for one value."""
    adapter = TypeAdapter(annotation)
    try:
        adapter.validate_python(value)
        model = True
    except ValidationError:
        model = False
    schema = Draft7Validator(adapter.json_schema(), format_checker=Draft7Validator.FORMAT_CHECKER)
    return model, schema.is_valid(value)


SAMPLES = {
    "Slug": (
        Slug,
        ["sdn-1-sukamaju", "a", "2026-03-14-rapat", "SDN-1", "sdn 1", "sdn--1", "-sdn", "sdn_1", "", " sdn"],
    ),
    "Tanggal": (
        Tanggal,
        ["2026-03-14", "2024-02-29", "2026-02-30", "2025-02-29", "14-03-2026", "2026/03/14", "", "kemarin"],
    ),
    "HttpsUrl": (
        HttpsUrl,
        [
            "https://sdn1.sch.id",
            "https://a.b/c?d#e",
            " https://a.b ",
            "http://a.b",
            "a.b",
            "https://ab",
            "https://a b.c",
        ],
    ),
    "Surel": (Surel, ["nama@contoh.sch.id", " a@b.cd ", "a@b", "a b@c.d", "@b.c", "a@@b.c"]),
    "NPSN": (NPSN, ["20201347", "2020 1347", 20201347, "2020134", 2020134, "202013470", "2020134a", 2020.1347]),
    "NIP": (NIP, ["197804112003121005", 197804112003121005, "19780411200312100", "1978 0411 2003 1210 05"]),
    "Jam": (
        JamField,
        [
            "08.00",
            "08.00–11.30",
            "8:00-11:30",
            "13.00 s.d. selesai",
            "13.00-SELESAI",
            "08.00 sampai 10.00",
            "pukul 08.00 WIB - selesai",
            "08.00 s/d 12.00 WIB",
            "Jam 13.00",
            8.3,
            13,
            780,
            "08.00WIB",
            "pagi",
            "WIB",
        ],
    ),
    "Jenis kegiatan": (Jenis, ["lokakarya", "rapat", "workshop", "rapat rutin", ""]),
    "TahunAjaran": (TahunAjaran, ["2026/2027", " 2026 / 2027 ", "2026-2027", "2026", 2026, "26/27", "2026/2027/2028"]),
    "Rupiah": (Rupiah, [1250000, 0, "1250000", "Rp1.250.000", 1.25, True, None]),
}


@pytest.mark.parametrize("name", SAMPLES)
def test_shared_type_accepts_what_its_validator_accepts(name: str) -> None:
    annotation, values = SAMPLES[name]
    for value in values:
        model, schema = agree(annotation, value)
        assert model == schema, f"{name} {value!r}: validator {model}, schema {schema}"


# Where the two differ, on purpose (content/panduan/cms.md): editors are asked for the
# documented two-digit date, and rules between values stay with `kkg-site periksa`.
@pytest.mark.parametrize(
    ("annotation", "value", "model", "schema"),
    [
        (Tanggal, "2026-3-4", True, False),
        (JamField, "11.00-08.00", False, True),
        (JamField, "25.00", False, True),
        (Jenis, "Lokakarya", True, False),  # choices are offered, and checked, as the guides write them
        (TahunAjaran, "2026/2028", False, True),
    ],
)
def test_known_differences_are_the_documented_ones(annotation: Any, value: Any, model: bool, schema: bool) -> None:
    assert agree(annotation, value) == (model, schema)


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet="abz09-_ .@/:#?ABhtps\t", max_size=24))
def test_text_types_agree_on_any_text(value: str) -> None:
    for annotation in (Slug, Surel, HttpsUrl):
        model, schema = agree(annotation, value)
        assert model == schema, f"{annotation} {value!r}"
    model, schema = agree(Tanggal, value)
    assert model or not schema


@settings(max_examples=300, deadline=None)
@given(
    st.lists(
        st.sampled_from(
            [
                "08.00",
                "8:30",
                "13.00",
                " ",
                "-",
                "s.d.",
                "s/d",
                "sampai",
                "selesai",
                "pukul",
                "jam",
                "WIB",
                "wita",
                "x",
                "–",
            ]
        ),
        max_size=7,
    ).map("".join)
)
def test_activity_time_agrees_on_any_spelling(value: str) -> None:
    model, schema = agree(JamField, value)
    if model != schema:  # only an impossible clock or an end before the start, which periksa alone sees
        assert schema and not model, value
        with pytest.raises(ValidationError, match=r"jam selesai|tidak ada"):
            TypeAdapter(JamField).validate_python(value)


# --- a broken file fails the schema where `kkg-site periksa` fails it -----------------------

BROKEN = {
    "kkg.yml": [("zona_waktu: WIB", "zona_waktu: WITB"), ("gugus: Gugus III", "gugus: Gugus III\nkelas: 7"),
                ("surel: kkggugus3sukamaju@contoh.sch.id", "surel: kkg gugus3"), ("visi:", "visio:")],
    "sekolah.yml": [('npsn: "20201347"', 'npsn: "2020134"'), ("status: negeri", "status: Negeri"),
                    ("situs: https://sdn1sukamaju.sch.id", "situs: sdn1sukamaju.sch.id")],
    "anggota.yml": [("- id: rina-marlina", "- id: Rina Marlina"), ('  nuptk: "8743756658200013"', '  nuptk: "87437566582"'),
                    ("  publik: [surel]", "  publik: [surel, hp]"), ("  tugas: Kepala Sekolah", "  tugas: Kepala Sekolah\n  aktif: mungkin")],
    "pengurus.yml": [("mulai: 2022-07-01", "mulai: 01-07-2022"), ("    - anggota: tatang-sutisna\n      bidang: Matematika", "    - anggota: tatang-sutisna"),
                     ("selesai: 2025-06-30", "selesai: 2025-06-31")],
    "notulen/2026-11-14-rapat-rutin-asesmen-sumatif.md": [("jam: 08.00–11.30", "jam: pagi"), ("jenis: rapat rutin", "jenis: [rapat, rutin]")],
    "notulen/2026-10-17-rapat-pengurus-hut-pgri.md": [("judul: ", "judul: \nruang: aula\njudl: ")],
    "kegiatan/2026-12-05-lokakarya-penyusunan-soal-sumatif.yml": [("jenis: lokakarya", "jenis: workshop"),
        ('jam: "08.00-12.00"', 'jam: "pagi"'), ("    topik: Kisi-kisi", "    topk: Kisi-kisi"),
        ("bidang: pedagogik", "bidang: pedagogik\njumlah_peserta: -3")],
    "program.yml": [("jangka: panjang", "jangka: lama"), ('tahun_ajaran: "2025/2026"', "tahun_ajaran: 2025"),
                    ("anggaran: 3600000", "anggaran: -5")],
    "kas.yml": [('tahun_ajaran: "2025/2026"', 'tahun_ajaran: "2025-2026"'), ("    jenis: iuran\n", "    jenis: donasi\n"),
                ("jumlah: 620000", 'jumlah: "Rp620.000"')],
}  # fmt: skip


def break_file(project: Project, relative: str, replacements: list[tuple[str, str]]) -> None:
    path = project.data / relative
    text = path.read_text(encoding="utf-8")
    for old, new in replacements:
        assert text.count(old) >= 1, (relative, old)
        text = text.replace(old, new, 1)
    path.write_text(text, encoding="utf-8")


def test_broken_files_fail_the_schema_at_the_fields_periksa_names(project: Project) -> None:
    for relative, replacements in BROKEN.items():
        break_file(project, relative, replacements)
    result = project.periksa()
    assert result.returncode == 1
    lines = result.stderr.splitlines()
    for relative in BROKEN:
        data_file = kind_of(relative)
        expected = periksa_fields(lines, f"data/{relative}")
        assert expected, relative
        assert schema_fields(data_file, read(data_file, project.data / relative)) == expected, relative


@pytest.mark.parametrize("case", CASES)
def test_schema_never_flags_what_periksa_accepts(case: str) -> None:
    """Every file of the bad-input corpus: the schema flags only fields periksa names."""
    overlay = CORPUS / case / "data"
    reported = expected_messages(case)
    for path in sorted(overlay.rglob("*")) if overlay.is_dir() else []:
        relative = path.relative_to(overlay).as_posix()
        data_file = kind_of(relative)
        if data_file is None or not path.is_file():
            continue
        log = ErrorLog()
        text = path.read_bytes().decode("utf-8", errors="replace")
        if data_file.markdown:
            document = parse_front_matter(text, relative, log)
            data = document.meta if document else None
        else:
            data = parse_yaml(text, relative, log)
        if log.entries or not isinstance(data, (dict, list)):
            continue  # not YAML the schema can see: the editor shows that mistake itself
        named = periksa_fields(reported, f"data/{relative}")
        assert schema_fields(data_file, data) <= named, relative
