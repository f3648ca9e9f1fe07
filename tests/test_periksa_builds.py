"""periksa valid ⇒ the build succeeds.

Hostile values (control and invisible characters, huge and tiny numbers, long and nested
text, odd dates, odd file names) go into every field of every kind of data file of the
demo; whenever the loader (what ``kkg-site periksa`` runs) accepts the data, the generator
must produce the site, with paths the file system can write. The generator runs in-process
(a real build per example would take minutes); the values at the very edge of every limit
are built with the real ``mkdocs build --strict``.
"""

from __future__ import annotations

import os
from datetime import date
from pathlib import Path

import pytest
import yaml
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from support.build import TODAY, Project, copy_project
from support.data import DEMO_FILES, split_front_matter
from support.gates import count_checked

from kkg_site.errors import DataErrors
from kkg_site.export import export
from kkg_site.fields import LAST_DATE, MAX_ID, MAX_RUPIAH
from kkg_site.generator import generate
from kkg_site.markdown_limits import MAX_BRACKETS

SETTINGS = settings(
    max_examples=30, deadline=None, suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture]
)

HOSTILE_TEXT = [
    "- " * 500 + "x",
    "[" * 40_000,
    "    " * 30 + "- dalam",
    "a" * 400,
    "x" * 100_001,
    "baris satu\nbaris dua",
    "lone\rcarriage",
    "nel\x85line",
    "sep\u2028arator",
    "esc\x1b[31mape",
    "nul\x00byte",
    "rlo\u202eoverride",
    "zero\u200bwidth",
    "::error file=x::palsu",
    "<script>alert(1)</script>",
    "[x](&#106;avascript:alert(1))",
    "<svg onload=alert(1)>",
    '=HYPERLINK("https://contoh.id")',
    "  foto/spasi-depan.png",
    "../anggota.yml",
    "kas/../../../etc/passwd",
    "index",
    "f" * 300 + ".png",
    "foto/siti-nurjanah.png",
    "9999-12-31",
    "0001-01-01",
    "2026-13-45",
    "1900-01-01",
    "0x1F",
    ".inf",
    "3:05:00",
    "",
    " ",
]
hostile = st.one_of(
    st.sampled_from(HOSTILE_TEXT),
    st.text(max_size=60),  # any character at all, control characters included
    st.integers(min_value=-(10**30), max_value=10**30),
    st.sampled_from([0, -1, 10**28, MAX_RUPIAH, MAX_RUPIAH + 1, 2**63]),
    st.floats(),
    st.dates(min_value=date(1, 1, 1), max_value=date(9999, 12, 31)),
    st.booleans(),
    st.none(),
    st.lists(st.sampled_from(HOSTILE_TEXT[:12]), max_size=3),
)


def records_of(document: object) -> list[dict]:
    """Every mapping in the document, nested ones too (ledger entries, coordinators…)."""
    found = []
    pending = [document]
    while pending:
        value = pending.pop()
        if isinstance(value, dict):
            found.append(value)
            pending.extend(value.values())
        elif isinstance(value, list):
            pending.extend(value)
    return found


@pytest.fixture(scope="module")
def demo(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return copy_project(tmp_path_factory.mktemp("periksa-bangun") / "proyek").data


def assert_writable(output, target: Path) -> None:
    """The generated site can be written: what MkDocs would do with these paths."""
    export(output, target)
    for path in target.rglob("*"):
        assert len(path.name.encode()) <= 255


@SETTINGS
@given(st.sampled_from(DEMO_FILES), st.data())
def test_whenever_periksa_accepts_the_data_the_site_is_generated(
    demo: Path, tmp_path_factory: pytest.TempPathFactory, relative: str, data: st.DataObject
) -> None:
    path = demo / relative
    original = path.read_bytes()
    meta, body = split_front_matter(original.decode("utf-8"))
    document = yaml.safe_load(meta)
    records = records_of(document)
    if not records:
        return
    record = data.draw(st.sampled_from(records))
    key = data.draw(st.sampled_from(sorted(map(str, record))))
    record[key] = data.draw(hostile)
    if body is not None and data.draw(st.booleans()):
        body = data.draw(st.sampled_from(HOSTILE_TEXT))
    dumped = yaml.safe_dump(document, allow_unicode=True)
    try:
        path.write_text(dumped if body is None else f"---\n{dumped}---\n{body}", encoding="utf-8")
        try:
            output = generate(demo, TODAY)
        except DataErrors:
            count_checked("hostile data sets refused by periksa")
            return
        assert_writable(output, tmp_path_factory.mktemp("situs"))
        count_checked("hostile data sets accepted by periksa and generated")
    finally:
        path.write_bytes(original)


def edge_of_every_limit(project: Project) -> None:
    """Values at the very edge of each limit periksa sets: valid, so the build must take them."""
    data = project.data
    members = data / "anggota.yml"
    long_id = ("guru-" + "a" * MAX_ID)[:MAX_ID]
    photo = "foto/" + "f" * (120 - 4) + ".png"
    os.link(data / "foto" / "siti-nurjanah.png", data / photo)
    members.write_text(
        members.read_text(encoding="utf-8")
        + f"\n- id: {long_id}\n  nama: Guru Dengan Id Terpanjang\n  sekolah: sdn-1-sukamaju\n  foto: {photo}\n"
        + "  tugas: |\n    Tugas\n    dua baris\n",
        encoding="utf-8",
    )
    activity = data / "kegiatan" / f"{LAST_DATE.isoformat()}-kegiatan-terakhir.yml"
    nested = "".join("    " * level + "- tingkat\n" for level in range(12))
    activity.write_text(
        "judul: |\n  Kegiatan\n  terakhir\njenis: rapat\n"
        f"tanggal: {LAST_DATE.isoformat()}\ntempat: sdn-1-sukamaju\n"
        "deskripsi: |\n"
        + "".join("  " + line + "\n" for line in nested.splitlines())
        + "  "
        + "[" * MAX_BRACKETS
        + "\n",
        encoding="utf-8",
    )
    treasury = data / "kas.yml"
    text = treasury.read_text(encoding="utf-8")
    first_amount = text.index("jumlah:", text.index("entri:"))
    end = text.index("\n", first_amount)
    treasury.write_text(text[:first_amount] + f"jumlah: {MAX_RUPIAH}" + text[end:], encoding="utf-8")


def test_values_at_the_edge_of_every_limit_build(project: Project) -> None:
    edge_of_every_limit(project)
    checked = project.periksa()
    assert checked.returncode == 0, checked.stderr
    result = project.build()
    assert result.returncode == 0, result.stderr
    assert "Traceback" not in result.stderr
    assert (project.site / "kegiatan" / f"{LAST_DATE.isoformat()}-kegiatan-terakhir" / "index.html").is_file()
