"""JSON Schemas of the data files, generated from the pydantic models.

``schemas/<name>.json`` is never edited by hand: ``kkg-site skema`` writes it from the
model each content type declares (``ContentType.data_files``), and a test fails when a
committed schema differs from a fresh export. Editors (VS Code and github.dev with the
YAML extension) use the schemas for completion, Indonesian descriptions and inline errors.

The schemas state what the validators accept: shared types carry their own JSON Schema
(kkg_site.fields), and text fields also accept numbers because records coerce them
(``periode: 2025`` is valid). Rules that span several keys or files (a member id that
must exist, ``selesai`` after ``mulai``) are checked only by ``kkg-site periksa``.
"""

from __future__ import annotations

import json
from typing import Any

from pydantic import TypeAdapter
from pydantic.json_schema import GenerateJsonSchema, JsonSchemaValue
from pydantic_core import core_schema

from .datafiles import DataFile

# Draft 7: the newest draft the YAML extension of VS Code fully supports.
DRAFT = "http://json-schema.org/draft-07/schema#"
# The files are read as YAML 1.2 (core schema) by the build, Pages CMS and the YAML extension.
YAML_COMMENT = "YAML 1.2 (core schema): 13:00 dan yes/no/on/off adalah teks"


class _Generator(GenerateJsonSchema):
    def str_schema(self, schema: core_schema.StringSchema) -> JsonSchemaValue:
        json_schema = super().str_schema(schema)
        json_schema["type"] = ["string", "number"]  # Record's coerce_numbers_to_str
        return json_schema

    def nullable_schema(self, schema: core_schema.NullableSchema) -> JsonSchemaValue:
        """``X | None`` as one schema with ``null`` among its types (a key left empty),
        rather than ``anyOf``: shorter, and clearer messages in the editor."""
        inner = self.generate_inner(schema["schema"])
        if "type" not in inner or "$ref" in inner:
            return super().nullable_schema(schema)
        types = inner["type"] if isinstance(inner["type"], list) else [inner["type"]]
        merged = {**inner, "type": [*types, "null"]}
        if "enum" in inner:
            merged["enum"] = [*inner["enum"], None]
        return merged

    def default_schema(self, schema: core_schema.WithDefaultSchema) -> JsonSchemaValue:
        json_schema = super().default_schema(schema)
        if json_schema.get("default") is None:  # "not written" needs no default to offer
            json_schema.pop("default", None)
        return json_schema


# Pydantic leaves a field's bounds under its own names when the type has a validator
# function and the field may be empty (``Rupiah | None = Field(ge=0)``).
_BOUNDS = {"ge": "minimum", "gt": "exclusiveMinimum", "le": "maximum", "lt": "exclusiveMaximum"}


def _standard_bounds(node: Any) -> Any:
    if isinstance(node, list):
        return [_standard_bounds(item) for item in node]
    if not isinstance(node, dict):
        return node
    return {
        _BOUNDS.get(key, key): (
            {name: _standard_bounds(prop) for name, prop in value.items()}
            if key in ("properties", "$defs")
            else _standard_bounds(value)
        )
        for key, value in node.items()
    }


def json_schema(data_file: DataFile) -> dict[str, Any]:
    """The JSON Schema of one kind of data file."""
    generated = _standard_bounds(TypeAdapter(data_file.root).json_schema(schema_generator=_Generator))
    return {
        "$schema": DRAFT,
        "$comment": YAML_COMMENT,
        "title": data_file.title,
        "description": data_file.description,
        **{key: value for key, value in generated.items() if key not in ("title", "description")},
    }


def schema_text(data_file: DataFile) -> str:
    """``schemas/<name>.json`` as committed: stable key order, Indonesian kept readable."""
    return json.dumps(json_schema(data_file), ensure_ascii=False, indent=2) + "\n"
