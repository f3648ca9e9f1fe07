"""Whatever an editor writes, validation reports errors and never crashes."""

from __future__ import annotations

import shutil
import tempfile
from pathlib import Path

import yaml
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from kkg_site.errors import DataErrors, ErrorLog
from kkg_site.generator import load
from kkg_site.record import validate_list, validate_record
from kkg_site.types.anggota.model import Anggota
from kkg_site.types.organisasi.collection import Organisasi
from kkg_site.types.organisasi.model import KKG, Sekolah
from kkg_site.types.pengurus.model import Koordinator, Pengurus
from kkg_site.yamlio import parse_yaml

BASE = Path(__file__).parent / "bad_data" / "_base"
LIST_FILES = {
    "sekolah.yml": ("sekolah", Sekolah),
    "anggota.yml": ("anggota", Anggota),
    "pengurus.yml": ("pengurus", Pengurus),
}
FIELD_NAMES = sorted({name for model in (KKG, Sekolah, Anggota, Pengurus, Koordinator) for name in model.model_fields})
SETTINGS = settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])

scalars = st.one_of(
    st.none(),
    st.booleans(),
    st.integers(min_value=-(10**20), max_value=10**20),
    st.floats(allow_nan=False),
    st.text(max_size=30),
    st.sampled_from(
        ["2026-02-30", "14-03-2026", "2026-03-14", "http://contoh.sch.id", "sdn-1-uji", "ani-lestari", "WIB"]
    ),
)
keys = st.one_of(st.sampled_from(FIELD_NAMES), st.text(min_size=1, max_size=12))
structures = st.recursive(
    scalars,
    lambda inner: st.one_of(st.lists(inner, max_size=5), st.dictionaries(keys, inner, max_size=8)),
    max_leaves=30,
)
records = st.dictionaries(keys, structures, max_size=10)
documents = st.one_of(structures, st.lists(st.one_of(records, structures), max_size=6))


def assert_well_formed(log: ErrorLog, file: str) -> None:
    for error in log.entries:
        assert error.file == file and error.message
        assert error.line is None or error.line >= 1
        assert str(error) and error.annotation().startswith("::error file=")


def check_list(name: str, model: type, raw: object, file: str) -> None:
    log = ErrorLog()
    valid = validate_list(model, raw, file, log, name)
    assert_well_formed(log, file)
    items = [item for item in raw if item is not None] if isinstance(raw, list) else []
    if not log.errors:
        assert len(valid) == len(items)
    if len(valid) < len(items) or (raw is not None and not isinstance(raw, list)):
        assert log.errors


@SETTINGS
@given(document=documents, file=st.sampled_from(sorted(LIST_FILES)))
def test_list_files_never_crash(document: object, file: str) -> None:
    """Random structures, as Python data and as parsed YAML (with line numbers)."""
    name, model = LIST_FILES[file]
    check_list(name, model, document, f"data/{file}")
    log = ErrorLog()
    parsed = parse_yaml(yaml.safe_dump(document, allow_unicode=True), f"data/{file}", log)
    assert_well_formed(log, f"data/{file}")
    if not log.errors:
        check_list(name, model, parsed, f"data/{file}")


@SETTINGS
@given(document=documents)
def test_profile_never_crashes(document: object) -> None:
    log = ErrorLog()
    parsed = parse_yaml(yaml.safe_dump(document, allow_unicode=True), "data/kkg.yml", log)
    profile = validate_record(KKG, parsed, "data/kkg.yml", log)
    assert_well_formed(log, "data/kkg.yml")
    assert profile is not None or log.errors


file_contents = st.one_of(
    st.none(),  # keep the valid base file
    documents.map(lambda document: yaml.safe_dump(document, allow_unicode=True).encode()),
    st.text(max_size=200).map(str.encode),
    st.binary(max_size=200),
)


@SETTINGS
@given(contents=st.fixed_dictionaries({name: file_contents for name in ["kkg.yml", *LIST_FILES]}))
def test_loading_a_data_folder_never_crashes(contents: dict[str, bytes | None]) -> None:
    """The whole pipeline (read, parse, validate, cross-check) on random files."""
    with tempfile.TemporaryDirectory() as folder:
        data = Path(folder) / "data"
        shutil.copytree(BASE, data)
        for name, content in contents.items():
            if content is not None:
                (data / name).write_bytes(content)
        try:
            index, _ = load(data)
        except DataErrors as errors:
            assert errors.errors
            for error in errors.errors:
                assert error.file.startswith("data/") and error.message
        else:  # accepted data is complete enough to render
            assert index[Organisasi].kkg is not None
