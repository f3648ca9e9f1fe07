"""``.pages.yml`` (Pages CMS): a form for every kind of data file, true to its model."""

from __future__ import annotations

import datetime
import re
import typing
from typing import Any, Literal

import pytest
import yaml
from pydantic import BaseModel
from support.build import ROOT, TODAY, Project
from support.data import demo_yaml

from kkg_site.generator import generate
from kkg_site.registry import declared

CONFIG = yaml.safe_load((ROOT / ".pages.yml").read_text(encoding="utf-8"))
ENTRIES = {entry["name"]: entry for entry in CONFIG["content"]}
MEDIA = {media["name"]: media for media in CONFIG.get("media", [])}
DATA_FILES = {d.schema: d for d in declared()}

# What Pages CMS accepts (its documentation and configuration schema, lib/config-schema.ts).
ENTRY_KEYS = {"name", "label", "description", "type", "path", "filename", "exclude", "view", "format",
              "delimiters", "subfolders", "fields", "list", "commit", "actions"}  # fmt: skip
FIELD_KEYS = {"name", "label", "description", "type", "component", "default", "fields", "list", "hidden",
              "readonly", "required", "pattern", "options", "blocks", "blockKey"}  # fmt: skip
FIELD_TYPES = {"block", "boolean", "code", "date", "file", "image", "number", "object", "reference",
               "rich-text", "select", "string", "text", "uuid"}  # fmt: skip
RELATIVE_PATH = re.compile(r"^[^/].*[^/]$|^$")  # no leading or trailing slash
OUTPUT_PATH = re.compile(r"^(\/?[^/].*[^/]$|^\/?$)")


def model_of(annotation: Any) -> type[BaseModel] | None:
    """The record model inside an annotation (``list[Koordinator]``, ``Tautan | None``)."""
    if isinstance(annotation, type) and issubclass(annotation, BaseModel):
        return annotation
    for argument in typing.get_args(annotation):
        found = model_of(argument)
        if found is not None:
            return found
    return None


def literal_values(annotation: Any) -> list[Any] | None:
    if typing.get_origin(annotation) is Literal:
        return list(typing.get_args(annotation))
    for argument in typing.get_args(annotation):
        found = literal_values(argument)
        if found is not None:
            return found
    return None


def mentions(annotation: Any, kind: type) -> bool:
    if annotation is kind:
        return True
    return any(mentions(argument, kind) for argument in typing.get_args(annotation))


def root_model(root: Any) -> type[BaseModel]:
    return typing.get_args(root)[0] if typing.get_origin(root) is list else root


def check_fields(model: type[BaseModel], fields: list[dict[str, Any]], where: str, optional: bool = False) -> None:
    """``optional``: the fields of an optional object (an activity's ``undangan``), where a date is
    typed as text: Pages CMS fails to save a file without the object when it holds a date field."""
    by_name = {field["name"]: field for field in fields}
    assert set(by_name) - {"body"} == set(model.model_fields), where
    for name, info in model.model_fields.items():
        field = by_name[name]
        assert set(field) <= FIELD_KEYS and field["type"] in FIELD_TYPES, f"{where}.{name}"
        assert field.get("required", False) == info.is_required(), f"{where}.{name}: required"
        assert field["label"] and field["description"], f"{where}.{name}: Indonesian label and help"
        choices = literal_values(info.annotation)
        if choices is not None:
            assert field["type"] == "select" and field["options"]["values"] == choices, f"{where}.{name}"
        elif mentions(info.annotation, datetime.date) and optional:
            assert field["type"] == "string" and field["pattern"]["regex"] == r"^$|^\d{4}-\d{2}-\d{2}$", (
                f"{where}.{name}"
            )
        elif mentions(info.annotation, datetime.date):
            assert field["type"] == "date", f"{where}.{name}"
        elif mentions(info.annotation, bool):
            assert field["type"] == "boolean", f"{where}.{name}"
        if "pattern" in field:
            re.compile(field["pattern"]["regex"])
            assert field["pattern"]["message"]
        nested = model_of(info.annotation)
        if nested is not None:
            assert field["type"] == "object"
            single = not field.get("list") and not info.is_required()
            check_fields(nested, field["fields"], f"{where}.{name}", optional=single)


def test_every_kind_of_data_file_has_a_form() -> None:
    assert set(ENTRIES) == set(DATA_FILES)
    for name, entry in ENTRIES.items():
        data_file = DATA_FILES[name]
        assert set(entry) <= ENTRY_KEYS and RELATIVE_PATH.match(entry["path"])
        assert entry["label"] == data_file.title
        target = ROOT / entry["path"]
        if entry["type"] == "file":
            assert target.is_file() and entry["format"] == "yaml"
            assert entry.get("list", False) == (typing.get_origin(data_file.root) is list)
        else:
            assert entry["type"] == "collection" and target.is_dir()
            assert entry["format"] == ("yaml-frontmatter" if data_file.markdown else "yaml")


@pytest.mark.parametrize("name", sorted(DATA_FILES))
def test_form_names_every_field_of_the_model_and_its_required_ones(name: str) -> None:
    check_fields(root_model(DATA_FILES[name].root), ENTRIES[name]["fields"], name)


def test_the_guide_names_every_form() -> None:
    guide = (ROOT / "content" / "panduan" / "cms.md").read_text(encoding="utf-8")
    for entry in CONFIG["content"]:
        assert f"**{entry['label']}**" in guide.replace("\n", " ")


def test_minutes_are_written_as_rich_text_below_their_front_matter() -> None:
    for name, data_file in DATA_FILES.items():
        body = [{k: v for k, v in f.items() if k != "options"} for f in ENTRIES[name]["fields"] if f["name"] == "body"]
        assert body == ([{"name": "body", "label": data_file.body, "type": "rich-text"}] if data_file.markdown else [])
    assert ENTRIES["notulen"]["filename"]["template"] == "{tanggal}-{judul}.md"


def all_fields(fields: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Fields and the fields of their objects, at any depth."""
    return [f for field in fields for f in (field, *all_fields(field.get("fields", [])))]


def pages_cms_writes(media: dict[str, Any], repository_path: str) -> str:
    """The value Pages CMS writes for an uploaded file: its path with ``input`` swapped for ``output``."""
    assert repository_path.startswith(media["input"] + "/")
    return f"{media['output']}/{repository_path[len(media['input']) + 1 :]}"


def test_upload_fields_have_a_media_folder_in_data() -> None:
    used = set()
    for name, data_file in DATA_FILES.items():
        fields = {f["name"]: f for f in all_fields(ENTRIES[name]["fields"])}
        for key, upload in data_file.uploads.items():
            media = MEDIA[fields[key]["options"]["media"]]
            used.add(media["name"])
            assert fields[key]["type"] == ("rich-text" if key == "body" else upload.kind)
            assert media["input"].startswith("data/") and RELATIVE_PATH.match(media["input"])
            assert OUTPUT_PATH.match(media["output"])
            lower = [suffix.lstrip(".") for suffix in upload.extensions]
            assert media["extensions"] == lower + [e.upper() for e in lower]  # Pages CMS compares with case
            assert media["rename"] == "safe"  # "IMG 0012.JPG" gets a name without spaces
    assert used == set(MEDIA)


def test_a_member_photo_uploaded_in_pages_cms_is_the_path_periksa_reads() -> None:
    members = demo_yaml("anggota.yml")
    photos = [m["foto"] for m in members if "foto" in m]
    media = MEDIA["anggota-foto"]
    assert photos
    for photo in photos:
        assert pages_cms_writes(media, f"data/{photo}") == photo


def test_an_attachment_uploaded_in_pages_cms_passes_periksa(project: Project) -> None:
    """Pages CMS writes ``../<folder>/<file>``: beside an item one folder deep, that is the file."""
    written = pages_cms_writes(MEDIA["materi-berkas"], "data/materi/ipas/lkpd-siklus-air.pdf")
    assert written == "../ipas/lkpd-siklus-air.pdf"
    project.write(
        "data/materi/ipas/lkpd-siklus-air-lanjutan.yml",
        f"judul: LKPD Siklus Air Lanjutan\njenis: lkpd\nmapel: IPAS\nkelas: 5\nberkas:\n  - {written}\n",
    )
    result = project.periksa()
    assert result.returncode == 0, result.stderr


def test_images_pasted_into_the_minutes_have_their_own_folder() -> None:
    """Not the first media folder (member photos), where Pages CMS puts them by default."""
    (body,) = [f for f in ENTRIES["notulen"]["fields"] if f["name"] == "body"]
    assert MEDIA[body["options"]["media"]]["input"] == "data/notulen/gambar"


# --- what Pages CMS 2.1.4 does on Save, and what the generated forms do about it -------------


def test_an_optional_pattern_accepts_an_empty_field() -> None:
    """Pages CMS runs a pattern on an empty optional field; a required one stays strict."""
    checked = 0
    for entry in ENTRIES.values():
        for field in all_fields(entry["fields"]):
            if "pattern" in field and "list" not in field:
                regex = re.compile(field["pattern"]["regex"])
                assert bool(regex.search("")) != bool(field.get("required")), f"{entry['name']}.{field['name']}"
                checked += 1
    assert checked >= 10


def test_an_optional_date_starts_empty() -> None:
    """Without a default, Pages CMS fills an empty date with today's date on Save."""
    dates = [(e["name"], f) for e in ENTRIES.values() for f in all_fields(e["fields"]) if f["type"] == "date"]
    assert dates
    for name, field in dates:
        if "list" not in field:
            assert field.get("default") == (None if field.get("required") else ""), f"{name}.{field['name']}"


def test_no_model_default_is_written_by_a_save() -> None:
    """A default in the form is written into every file saved; leaving the key out means the same."""
    for entry in ENTRIES.values():
        for field in all_fields(entry["fields"]):
            assert field.get("default", "") == "", f"{entry['name']}.{field['name']}"


def test_only_a_required_list_has_a_minimum() -> None:
    for entry in ENTRIES.values():
        for field in all_fields(entry["fields"]):
            if isinstance(field.get("list"), dict):
                assert field.get("required") and field["list"]["min"] >= 1
                assert "collapsible" in field["list"]  # Pages CMS's settings editor wants it beside min
    (subjects,) = [f for f in ENTRIES["kkg"]["fields"] if f["name"] == "mapel_list"]
    assert subjects["list"] is True


def test_the_data_format_version_is_kept_by_a_save() -> None:
    """Pages CMS drops keys its form does not name: versi_data is a hidden field."""
    (version,) = [f for f in ENTRIES["kkg"]["fields"] if f["name"] == "versi_data"]
    assert version["hidden"] is True


def test_collections_list_newest_first_with_title_date_and_status() -> None:
    for name in ("kegiatan", "notulen", "materi"):
        view = ENTRIES[name]["view"]
        assert view["primary"] == "judul" and view["fields"][:2] == ["judul", "tanggal"]
        assert view["default"] == {"sort": "tanggal", "order": "desc"}
    assert ENTRIES["notulen"]["view"]["fields"] == ["judul", "tanggal", "status"]
    assert ENTRIES["kegiatan"]["view"]["fields"] == ["judul", "tanggal", "dibatalkan"]


def test_commit_messages_are_indonesian() -> None:
    templates = CONFIG["settings"]["commit"]["templates"]
    assert set(templates) == {"create", "update", "delete", "rename"}
    assert templates["update"] == "Ubah {path} (lewat Pages CMS)"
    assert "{oldPath}" in templates["rename"] and "{newPath}" in templates["rename"]


def test_phone_uploads_with_upper_case_names_are_accepted_and_published_lower_case(project: Project) -> None:
    """Pages CMS keeps a phone's IMG_0012.JPG or a scan's Undangan.PDF as named."""
    renames = {
        "data/foto/siti-nurjanah.png": "data/foto/Siti-Nurjanah.PNG",
        "data/kas/bukti/2025-09-05-bantuan-dinas.pdf": "data/kas/bukti/2025-09-05-Bantuan-Dinas.PDF",
        "data/materi/bahasa-daerah/latihan-aksara-sunda.pdf": "data/materi/bahasa-daerah/Latihan-Aksara-Sunda.PDF",
    }
    for old, new in renames.items():
        (project.root / old).rename(project.root / new)
    for file, old, new in (
        ("data/anggota.yml", "foto/siti-nurjanah.png", "foto/Siti-Nurjanah.PNG"),
        ("data/kas.yml", "kas/bukti/2025-09-05-bantuan-dinas.pdf", "kas/bukti/2025-09-05-Bantuan-Dinas.PDF"),
        (
            "data/materi/bahasa-daerah/soal-aksara-sunda-kelas-3.yml",
            "latihan-aksara-sunda.pdf",
            "Latihan-Aksara-Sunda.PDF",
        ),
    ):
        path = project.root / file
        path.write_text(path.read_text(encoding="utf-8").replace(old, new), encoding="utf-8")
    output = generate(project.data, TODAY)
    published = {asset.source.name: asset.path for asset in output.assets}
    # a photo is re-encoded without its metadata (a generated file, not a copy)
    assert "anggota/foto/siti-nurjanah.png" in {file.path for file in output.files}
    assert published["2025-09-05-Bantuan-Dinas.PDF"] == "keuangan/bukti/kas/bukti/2025-09-05-bantuan-dinas.pdf"
    # a material's attachment keeps the name shown on its download button; its suffix is lower-case
    assert published["Latihan-Aksara-Sunda.PDF"].endswith("/Latihan-Aksara-Sunda.pdf")
