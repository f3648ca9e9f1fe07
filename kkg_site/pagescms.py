"""``.pages.yml``: forms for Pages CMS (app.pagescms.org), generated from the JSON Schemas.

Pages CMS edits the repository's files through forms, with no server of our own. Each
declared data file becomes a content entry: a single file (a list file such as
``anggota.yml`` with ``list: true``) or a collection (``data/notulen/``). Its fields
come from the file's JSON Schema (kkg_site.schema), so labels, descriptions, choices,
required keys, date widgets and patterns (with the Indonesian message) are the models'.

Limits of Pages CMS, documented in content/panduan/cms.md:

* uploads go to fixed media folders, never to a folder chosen per item. An attachment
  written beside an item one folder below the collection (``Upload.written_from``
  ``materi/*``) is written as ``../<folder>/<file>``, right when the editor uploads it into
  the item's own folder (``data/materi/ipas/``);
* saving a file rewrites it from the form: comments (``# …``) are not kept, and keys the
  form does not name are dropped (so every key of a model is a field, ``versi_data`` hidden).

What Pages CMS 2.1.4 does with a form, and how the generated one keeps a Save harmless:

* it runs a field's ``pattern`` on an empty optional field: an optional pattern accepts "";
* an empty date field gets today's date unless the field has a default: optional dates
  default to "" (nothing written);
* a list field with ``min`` refuses an empty list, and its settings editor wants
  ``collapsible`` beside ``min``: only a required list has a minimum;
* a value whose shape is not the form's (one value where the form has a list) is dropped:
  the data's canonical shape is the form's (a list, see kkg_site.migrate);
* uploads compare extensions case-sensitively: both cases are listed, and ``rename: safe``
  gives an uploaded ``IMG 0012.JPG`` a name without spaces.
"""

from __future__ import annotations

from typing import Any

import yaml

from .datafiles import DATA_FOLDER, DataFile, Upload
from .schema import json_schema

# Commit messages of a Save, in the editors' language ({path}, {oldPath}, {newPath}: Pages CMS's tokens).
COMMIT_TEMPLATES = {
    "create": "Tambah {path} (lewat Pages CMS)",
    "update": "Ubah {path} (lewat Pages CMS)",
    "delete": "Hapus {path} (lewat Pages CMS)",
    "rename": "Ganti nama {oldPath} menjadi {newPath} (lewat Pages CMS)",
}
# Columns of a collection's list, as a secretary looks for an item: its title, its date, its state.
VIEW_TITLE = "judul"
VIEW_DATES = ("tanggal", "mulai")
VIEW_STATUS = ("status", "dibatalkan")

HEADER = """\
# Pages CMS (https://app.pagescms.org): forms for the files in data/.
# Generated from the models by `kkg-site skema`; do not edit by hand.
"""


def pages_config(data_files: list[DataFile]) -> dict[str, Any]:
    media: list[dict[str, Any]] = []
    content = []
    for data_file in data_files:
        schema = json_schema(data_file)
        form = _Form(data_file, schema.get("$defs", {}))
        listed = schema.get("type") == "array"
        fields = form.fields(form.resolve(schema["items"]) if listed else schema)
        if data_file.markdown:
            body: dict[str, Any] = {"name": "body", "label": data_file.body, "type": "rich-text"}
            if upload := data_file.uploads.get("body"):  # images pasted into the text
                body["options"] = {"media": form.add_media("body", upload, data_file.body or "body")}
            fields.append(body)
        content.append(_entry(data_file, listed, fields))
        media.extend(form.media)
    config: dict[str, Any] = {"settings": {"commit": {"templates": dict(COMMIT_TEMPLATES)}}}
    if media:
        config["media"] = media
    config["content"] = content
    return config


def pages_yml(data_files: list[DataFile]) -> str:
    body = yaml.safe_dump(pages_config(data_files), allow_unicode=True, sort_keys=False, width=120)
    return HEADER + body


def _entry(data_file: DataFile, listed: bool, fields: list[dict[str, Any]]) -> dict[str, Any]:
    entry: dict[str, Any] = {"name": data_file.schema, "label": data_file.title, "description": data_file.description}
    suffix = ".md" if data_file.markdown else ".yml"
    if data_file.folder is None:
        entry.update(type="file", path=data_file.glob, format="yaml")
        if listed:
            entry["list"] = True
    else:
        entry.update(
            type="collection",
            path=f"{DATA_FOLDER}/{data_file.folder}",
            format="yaml-frontmatter" if data_file.markdown else "yaml",
            subfolders="**" in data_file.pattern,
        )
        if data_file.new_file:
            entry["filename"] = {"template": data_file.new_file + suffix, "field": "create"}
        if view := _view(fields):
            entry["view"] = view
    entry["fields"] = fields
    return entry


def _view(fields: list[dict[str, Any]]) -> dict[str, Any] | None:
    """A collection listed newest first, with its title, date and state as columns."""
    names = {field["name"] for field in fields}
    date = next((name for name in VIEW_DATES if name in names), None)
    columns = [name for name in (VIEW_TITLE, date, *VIEW_STATUS) if name in names]
    if VIEW_TITLE not in names or date is None:
        return None
    return {
        "fields": columns,
        "primary": VIEW_TITLE,
        "sort": [date, VIEW_TITLE],
        "default": {"sort": date, "order": "desc"},
    }


class _Form:
    """Turns the JSON Schema of one data file into Pages CMS fields (and its media folders)."""

    def __init__(self, data_file: DataFile, defs: dict[str, Any]) -> None:
        self.data_file = data_file
        self.defs = defs
        self.media: list[dict[str, Any]] = []

    def resolve(self, schema: dict[str, Any]) -> dict[str, Any]:
        if "$ref" in schema:
            return self.defs[schema["$ref"].rsplit("/", 1)[-1]]
        return schema

    def fields(self, obj: dict[str, Any]) -> list[dict[str, Any]]:
        required = set(obj.get("required", ()))
        found = []
        for name, prop in obj["properties"].items():
            field = self.field(name, prop, name in required)
            if name in required:
                field["required"] = True
            found.append(field)
        return found

    def field(self, name: str, prop: dict[str, Any], required: bool) -> dict[str, Any]:
        field: dict[str, Any] = {"name": name, "label": prop.get("title", name)}
        if "description" in prop:
            field["description"] = prop["description"]
        value = self._shape(prop)
        upload = self.data_file.uploads.get(name)
        if "array" in _types(value):
            item = self.resolve(value["items"])
            widget = self._upload(name, upload, field["label"]) if upload else self._widget(item)
            if widget["type"] in ("select", "file", "image"):  # these hold several values themselves
                widget.setdefault("options", {})["multiple"] = True
            elif required and "minItems" in value:  # Pages CMS's settings editor wants collapsible with min
                widget["list"] = {"min": value["minItems"], "collapsible": widget["type"] == "object"}
            else:
                widget["list"] = True
        else:
            widget = self._upload(name, upload, field["label"]) if upload else self._widget(value)
            if not required and "pattern" in widget:  # Pages CMS checks an empty optional field too
                widget["pattern"]["regex"] = f"^$|{widget['pattern']['regex']}"
        field.update(widget)
        if prop.get("readOnly"):  # written by a command (versi_data): kept on Save, never shown
            field["hidden"] = True
        # No model default is offered: Pages CMS would write it into every file it saves, where
        # leaving the key out means the same (and a later change of the default would not reach it).
        if widget["type"] == "date" and not required and "list" not in widget:
            field["default"] = ""  # without a default Pages CMS fills in today's date
        return field

    @staticmethod
    def _shape(prop: dict[str, Any]) -> dict[str, Any]:
        """The value's own schema, when the validator takes other spellings too: the first
        alternative that is neither empty nor ``false`` (the list of ``kelas: [1, 2]`` or
        ``kelas: 1``, the date of ``selesai: 2026-03-14`` or ``selesai: false``)."""
        options = prop.get("anyOf")
        if not options:
            return prop
        return next(o for o in options if _types(o) != ["null"] and "enum" not in o)

    def _widget(self, value: dict[str, Any]) -> dict[str, Any]:
        value = self.resolve(value)
        types = _types(value)
        if "properties" in value:
            return {"type": "object", "fields": self.fields(value)}
        if "enum" in value:
            return {"type": "select", "options": {"values": [v for v in value["enum"] if v is not None]}}
        if "boolean" in types:
            return {"type": "boolean"}
        if "string" not in types and ("integer" in types or "number" in types):
            limits = {short: value[key] for key, short in (("minimum", "min"), ("maximum", "max")) if key in value}
            if "exclusiveMinimum" in value:  # whole numbers (rupiah): more than 0 is at least 1
                limits["min"] = value["exclusiveMinimum"] + 1
            return {"type": "number", **({"options": limits} if limits else {})}
        if value.get("format") == "date":
            return {"type": "date"}
        if value.get("contentMediaType") == "text/markdown":
            return {"type": "text"}
        widget: dict[str, Any] = {"type": "string"}
        if "pattern" in value:
            widget["pattern"] = {"regex": value["pattern"], "message": value["patternErrorMessage"]}
        return widget

    def _upload(self, name: str, upload: Upload, label: str) -> dict[str, Any]:
        """A file or image field, with its own media folder."""
        return {"type": upload.kind, "options": {"media": self.add_media(name, upload, label)}}

    def add_media(self, name: str, upload: Upload, label: str) -> str:
        """The media folder of one upload field; its name."""
        media_name = f"{self.data_file.schema}-{name}"
        extensions = [suffix.lstrip(".") for suffix in upload.extensions]
        self.media.append(
            {
                "name": media_name,
                "label": f"{self.data_file.title}: {label}",
                "input": f"{DATA_FOLDER}/{upload.folder}",
                "output": upload.written_prefix,
                "extensions": extensions + [extension.upper() for extension in extensions],
                "rename": "safe",
            }
        )
        return media_name


def _types(schema: dict[str, Any]) -> list[str]:
    types = schema.get("type", [])
    return types if isinstance(types, list) else [types]
