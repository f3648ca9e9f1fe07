"""Property tests: random records, valid or not, never crash the loader; valid ones become pages.

The invalid ones are made from the demo data, so every content type's files are
covered as soon as the type has demo data. The generator runs in-process (a full
``mkdocs build`` per example would take minutes); the built HTML is checked by
the other safety tests.
"""

from __future__ import annotations

import tempfile
from pathlib import Path

import pytest
import yaml
from bs4 import BeautifulSoup
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from support.build import TODAY, copy_project
from support.data import DEMO_FILES, split_front_matter
from support.gates import count_checked

from kkg_site.errors import DataErrors
from kkg_site.generator import generate, load
from kkg_site.types.anggota.model import PRIVATE_FIELDS

PROPERTY_SETTINGS = settings(max_examples=50, deadline=None, suppress_health_check=[HealthCheck.too_slow])

# Letters, marks, digits, punctuation, symbols and spaces of any script (no control characters).
text = st.text(st.characters(categories=("L", "M", "N", "P", "S", "Zs")), min_size=1, max_size=30).filter(str.strip)
slug = st.from_regex(r"[a-z0-9]{1,6}(-[a-z0-9]{1,6}){0,2}", fullmatch=True)


def digits(count: int) -> st.SearchStrategy[str]:
    return st.text("0123456789", min_size=count, max_size=count)


email = st.builds("{}@{}.sch.id".format, st.from_regex(r"[a-z0-9._]{1,10}", fullmatch=True), slug)


@st.composite
def data_sets(draw: st.DrawFn) -> dict[str, object]:
    """A structurally valid data folder: schools, members referring to them, one board."""
    school_ids = draw(st.lists(slug, min_size=1, max_size=4, unique=True))
    schools = [
        {"id": school_id, "nama": draw(text), "npsn": draw(st.none() | digits(8)),
         "status": draw(st.sampled_from([None, "negeri", "swasta"])), "alamat": draw(st.none() | text)}
        for school_id in school_ids
    ]  # fmt: skip
    member_ids = draw(st.lists(slug, min_size=3, max_size=6, unique=True))
    members = []
    for member_id in member_ids:
        member = {
            "id": member_id,
            "nama": draw(text),
            "sekolah": draw(st.sampled_from(school_ids)),
            "tugas": draw(st.none() | text),
            "aktif": draw(st.booleans()),
            "nip": draw(st.none() | digits(18)),
            "nuptk": draw(st.none() | digits(16)),
            "telepon": draw(st.none() | text),
            "surel": draw(st.none() | email),
            "alamat": draw(st.none() | text),
            "publik": draw(st.lists(st.sampled_from(PRIVATE_FIELDS), unique=True)),
        }
        members.append({key: value for key, value in member.items() if value is not None})
    chair, secretary, treasurer = member_ids[:3]
    board = {"periode": "2025–2028", "mulai": "2025-07-01", "selesai": "2028-06-30",
             "ketua": chair, "sekretaris": secretary, "bendahara": treasurer}  # fmt: skip
    kkg = {"nama": draw(text), "visi": draw(st.none() | text), "sekretariat": school_ids[0]}
    return {"kkg.yml": kkg, "sekolah.yml": schools, "anggota.yml": members, "pengurus.yml": [board]}


def write(folder: Path, files: dict[str, object]) -> Path:
    data = folder / "data"
    data.mkdir()
    for name, content in files.items():
        body = content if isinstance(content, bytes) else yaml.safe_dump(content, allow_unicode=True).encode()
        (data / name).write_bytes(body)
    return data


@PROPERTY_SETTINGS
@given(data_sets())
def test_valid_records_load_and_every_member_has_a_page_with_their_name(files: dict[str, list]) -> None:
    with tempfile.TemporaryDirectory() as folder:
        output = generate(write(Path(folder), files), TODAY)
    pages = {page.url: page for page in output.pages}
    listing = BeautifulSoup(pages["anggota/"].body, "html.parser")
    for member in files["anggota.yml"]:
        name = member["nama"].strip()
        member_page = pages[f"anggota/{member['id']}/"]
        assert member_page.title == name
        front_matter = yaml.safe_load(member_page.markdown().split("\n---\n")[0].removeprefix("---\n"))
        assert front_matter["title"] == name
        links = [a.get_text() for a in listing.find_all("a", href=f"{member['id']}/")]
        assert links == ([name] if member["aktif"] else [])


# Any YAML value: what a careless edit can turn a file into.
yaml_values = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | text,
    lambda children: st.lists(children, max_size=4) | st.dictionaries(text | slug, children, max_size=4),
    max_leaves=12,
)


@pytest.fixture(scope="module")
def demo_data(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A copy of the demo data; each example changes one file and puts it back."""
    return copy_project(tmp_path_factory.mktemp("sifat") / "proyek").data


def loads_or_reports(data: Path) -> None:
    """The loader's only outcomes: data, or DataErrors naming files in data/."""
    try:
        load(data, TODAY)
    except DataErrors as errors:
        assert errors.errors
        assert all(error.file.startswith("data/") and error.message for error in errors.errors)


def loads_with(data: Path, relative: str, text: str | bytes) -> None:
    path = data / relative
    original = path.read_bytes()
    try:
        path.write_bytes(text if isinstance(text, bytes) else text.encode())
        loads_or_reports(data)
    finally:
        path.write_bytes(original)
    count_checked("random invalid data sets loaded without a crash")


def test_demo_files_cover_every_content_type_with_files() -> None:
    folders = {name.split("/")[0] for name in DEMO_FILES if "/" in name}
    assert {"anggota.yml", "kkg.yml", "pengurus.yml", "sekolah.yml"} <= set(DEMO_FILES)
    assert folders, "content types with a folder of files (notulen, materi, …) are in the demo"


@PROPERTY_SETTINGS
@given(st.sampled_from(DEMO_FILES), yaml_values | st.binary(max_size=200))
def test_any_data_file_replaced_by_anything_is_reported_not_crashed(demo_data: Path, relative: str, junk) -> None:
    _, body = split_front_matter((demo_data / relative).read_text(encoding="utf-8"))
    if isinstance(junk, bytes):
        loads_with(demo_data, relative, junk)
    else:
        dumped = yaml.safe_dump(junk, allow_unicode=True)
        loads_with(demo_data, relative, dumped if body is None else f"---\n{dumped}---\n{body}")


@PROPERTY_SETTINGS
@given(st.sampled_from(DEMO_FILES), st.data())
def test_any_field_of_any_record_replaced_by_anything_is_reported_not_crashed(
    demo_data: Path, relative: str, data: st.DataObject
) -> None:
    meta, body = split_front_matter((demo_data / relative).read_text(encoding="utf-8"))
    document = yaml.safe_load(meta)
    records = [document] if isinstance(document, dict) else [r for r in document or [] if isinstance(r, dict)]
    if not records:
        return
    record = data.draw(st.sampled_from(records))
    key = data.draw(st.sampled_from(sorted(map(str, record))) | slug)
    record[key] = data.draw(yaml_values)
    dumped = yaml.safe_dump(document, allow_unicode=True)
    loads_with(demo_data, relative, dumped if body is None else f"---\n{dumped}---\n{body}")
