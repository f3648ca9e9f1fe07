"""A file means the same in Pages CMS, VS Code and the build: YAML 1.2, canonical shapes, migration."""

from __future__ import annotations

import io
import re
import shutil
from pathlib import Path
from typing import Any

import pytest
from ruamel.yaml import YAML
from support.build import ROOT, TODAY, Project, kkg_site

from kkg_site import migrate
from kkg_site.errors import ErrorLog
from kkg_site.generator import generate
from kkg_site.record import validate_record
from kkg_site.registry import declared
from kkg_site.types.anggota.model import Anggota
from kkg_site.types.keuangan.model import Entri
from kkg_site.types.organisasi.model import KKG
from kkg_site.yamlio import parse_front_matter, parse_yaml


def load_text(text: str) -> Any:
    log = ErrorLog()
    data = parse_yaml(text, "data/x.yml", log)
    assert not log.entries, log.entries
    return data


@pytest.mark.parametrize(
    "written",
    ["13:00", "08:00-12:00", "yes", "no", "on", "off", "Yes", "02112345670", "0x1F", ".inf", "1_000", "3:05:00", "1e3"],
)
def test_a_text_field_gets_exactly_the_characters_written(written: str) -> None:
    raw = load_text(f"nama: KKG Gugus III\ntelepon: {written}\nvisi: {written}\n")
    log = ErrorLog()
    kkg = validate_record(KKG, raw, "data/kkg.yml", log)
    assert kkg is not None, log.entries
    assert (kkg.telepon, kkg.visi) == (written, written)


def test_plain_scalars_resolve_as_yaml_1_2_core_schema() -> None:
    data = load_text("a: 0o17\nb: 0x1F\nc: 017\nd: true\ne: ~\nf: -.5\ng: 1.250\n")
    assert data == {"a": 15, "b": 31, "c": 17, "d": True, "e": None, "f": -0.5, "g": 1.25}


def test_leading_zeros_of_an_unquoted_number_are_kept() -> None:
    raw = load_text("- id: a\n  nama: A\n  sekolah: s\n  nuptk: 0012345678901234\n")
    log = ErrorLog()
    member = validate_record(Anggota, raw[0], "data/anggota.yml", log)
    assert member is not None and member.nuptk == "0012345678901234", log.entries


@pytest.mark.parametrize("written", ["0x97B30", "0o17", "3:05:00"])
def test_money_refuses_what_a_treasurer_does_not_mean(written: str) -> None:
    raw = load_text(f"tanggal: 2026-01-05\njenis: iuran\nuraian: Iuran\njumlah: {written}\n")
    log = ErrorLog()
    assert validate_record(Entri, raw, "data/kas.yml", log) is None
    assert [e.field for e in log.entries] == ["jumlah"]
    assert "jumlah rupiah ditulis" in log.entries[0].message


def demo_files() -> list[Path]:
    return sorted({p for d in declared() for p in (ROOT / "data").glob(d.pattern) if p.is_file()})


def read_back(path: Path, text: str) -> Any:
    log = ErrorLog()
    if path.suffix == ".md":
        document = parse_front_matter(text, str(path), log)
        assert document is not None and not log.entries
        return document.meta, document.body.strip()
    data = parse_yaml(text, str(path), log)
    assert not log.entries, log.entries
    return data


def test_every_demo_file_saved_by_a_yaml_1_2_writer_reads_back_the_same() -> None:
    """ruamel.yaml (YAML 1.2, as Pages CMS's and VS Code's writers): load, dump, read with the build."""
    writer = YAML()  # round trip, YAML 1.2
    files = demo_files()
    assert len(files) > 80
    for path in files:
        text = path.read_text(encoding="utf-8")
        if path.suffix == ".md":
            _, front, body = text.split("---\n", 2)
            buffer = io.StringIO()
            writer.dump(writer.load(front), buffer)
            saved = f"---\n{buffer.getvalue()}---\n{body}"
        else:
            buffer = io.StringIO()
            writer.dump(writer.load(text), buffer)
            saved = buffer.getvalue()
        assert read_back(path, saved) == read_back(path, text), path


# --- migration ------------------------------------------------------------------------------

ONE_ITEM = re.compile(
    r"^(\s*(?:- )?(?:kelas|waktu|materi|dokumentasi|hadir|izin|penyusun|berkas|kata_kunci): )\[([^\[\],]+)\]$", re.M
)


def write_old_shapes(data: Path) -> int:
    """Turn the demo back into format 1: one value unlisted, a single speaker as a mapping."""
    changed = 0
    for path in data.rglob("*"):
        if path.suffix not in (".yml", ".md"):
            continue
        text = path.read_text(encoding="utf-8")
        old = ONE_ITEM.sub(r"\1\2", text)
        old = re.sub(
            r"^narasumber:\n  - (.*)\n    (.*)\n(?=\S)", r"narasumber:\n  \1\n  \2\n", old, count=1, flags=re.M
        )
        old = re.sub(r"^versi_data: \d+\n", "", old, flags=re.M)
        if old != text:
            path.write_text(old, encoding="utf-8")
            changed += 1
    return changed


def site_of(data: Path) -> dict[str, Any]:
    output = generate(data, TODAY)
    pages = {page.path: page.markdown() for page in output.pages}
    files = {file.path: file.content for file in output.files}
    assets = {asset.path: asset.source.read_bytes() for asset in output.assets}
    return {"pages": pages, "files": files, "assets": assets}


def test_migration_of_every_older_shape_builds_the_same_site(tmp_path: Path) -> None:
    old, new = tmp_path / "old" / "data", tmp_path / "new" / "data"
    shutil.copytree(ROOT / "data", old)
    assert write_old_shapes(old) > 40
    assert "narasumber:\n  nama:" in "".join(p.read_text(encoding="utf-8") for p in old.glob("kegiatan/*.yml"))
    shutil.copytree(old, new)
    assert migrate.data_format(new) == 1
    preview = migrate.migrate(new, write=False)
    assert preview.changed and all(
        p.read_text(encoding="utf-8") == (old / p.relative_to(new)).read_text(encoding="utf-8") for p in preview.changed
    )
    result = migrate.migrate(new)
    assert result.found == 1 and result.changed == preview.changed and not result.notes
    assert migrate.data_format(new) == migrate.DATA_FORMAT
    assert site_of(new) == site_of(old)  # generate() raises on any data error: periksa passes too
    for path in new.rglob("*.yml"):  # the migrated data is the demo's canonical data, byte for byte
        assert path.read_bytes() == (ROOT / "data" / path.relative_to(new)).read_bytes(), path
    assert migrate.migrate(new).changed == []  # a second run changes nothing


def test_migration_leaves_what_it_cannot_rewrite_and_says_so(project: Project) -> None:
    """A block scalar or a broken file is named; the version is not written until all is done."""
    kkg = project.data / "kkg.yml"
    kkg.write_text(kkg.read_text(encoding="utf-8").replace("versi_data: 2\n", ""), encoding="utf-8")
    project.write("data/materi/ipas/catatan.yml", "judul: Catatan\njenis: materi\nkelas: |\n  5\n")
    result = kkg_site("migrasi", cwd=project.root)
    assert result.returncode == 1
    assert (
        "Ubah sendiri: data/materi/ipas/catatan.yml:3: tulis nilai ini sebagai daftar (diawali '- ')" in result.stderr
    )
    assert migrate.data_format(project.data) == 1
