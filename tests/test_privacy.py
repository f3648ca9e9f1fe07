"""Private member fields never reach any built file unless the member publishes them.

A unique marker is planted in every private field of every member; the fields
come from the model (PRIVATE_FIELDS), so a field added there is covered here.
Each marker is written in a format the field's validator accepts.
"""

from __future__ import annotations

import gzip
import itertools
from pathlib import Path

import pytest
import yaml
from pydantic import TypeAdapter, ValidationError
from support.build import TODAY, copy_project
from support.gates import count_checked
from support.pages import page

from kkg_site.types.anggota.model import PRIVATE_FIELDS, Anggota


def marker_for(field: str, member: int) -> str:
    """A value unique to (field, member) that the field accepts: text, e-mail or digits."""
    position = PRIVATE_FIELDS.index(field)
    tag = f"{position}{member:03d}"
    candidates = [f"RHS{tag}Q rahasia", f"rhs{tag}q@rahasia.example"]
    candidates += [("97" + tag + "1357924680" * 2)[:length] for length in range(8, 21)]
    accepts = TypeAdapter(Anggota.model_fields[field].annotation)
    for candidate in candidates:
        try:
            accepts.validate_python(candidate)
        except ValidationError:
            continue
        return candidate
    raise AssertionError(f"no marker format fits the private field {field!r}")


def searchable(marker: str) -> list[str]:
    """The marker and the part of it that stays recognisable if a template reformats it."""
    core = marker.split("@")[0].split(" ")[0]
    return [marker.casefold(), core.casefold()]


def built_texts(site: Path) -> dict[str, str]:
    """Every file of the site as text (compressed files decompressed), case-folded."""
    texts = {}
    for path in site.rglob("*"):
        if path.is_file():
            raw = path.read_bytes()
            if path.suffix == ".gz":
                raw = gzip.decompress(raw)
            texts[path.relative_to(site).as_posix()] = raw.decode("utf-8", errors="ignore").casefold()
    return texts


@pytest.fixture(scope="module")
def planted(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, list[dict]]:
    """The demo with markers in all private fields; member i < len(PRIVATE_FIELDS) publishes field i."""
    project = copy_project(tmp_path_factory.mktemp("privasi") / "proyek")
    members = yaml.safe_load((project.data / "anggota.yml").read_text(encoding="utf-8"))
    for number, member in enumerate(members):
        member.update({field: marker_for(field, number) for field in PRIVATE_FIELDS})
        member["publik"] = [PRIVATE_FIELDS[number]] if number < len(PRIVATE_FIELDS) else []
    (project.data / "anggota.yml").write_text(yaml.safe_dump(members, allow_unicode=True), encoding="utf-8")
    result = project.build()
    assert result.returncode == 0, result.stderr
    return project.site, members


def test_no_built_file_contains_an_unpublished_private_value(planted: tuple[Path, list[dict]]) -> None:
    site, members = planted
    texts = built_texts(site)
    kinds = {Path(name).suffix for name in texts}
    assert {".html", ".xml", ".gz", ".css", ".js"} <= kinds
    hidden = [
        (member["id"], field, needle)
        for member in members
        for field in PRIVATE_FIELDS
        if field not in member["publik"]
        for needle in searchable(member[field])
    ]
    assert len(hidden) >= 2 * (len(members) * len(PRIVATE_FIELDS) - len(PRIVATE_FIELDS))
    leaks = [(name, leak) for (name, text), leak in itertools.product(texts.items(), hidden) if leak[2] in text]
    assert not leaks, leaks[:5]
    count_checked("built files searched for private values", len(texts))


@pytest.mark.parametrize("field", PRIVATE_FIELDS)
def test_published_field_appears_on_the_members_page(planted: tuple[Path, list[dict]], field: str) -> None:
    site, members = planted
    member = next(m for m in members if m["publik"] == [field])
    text = page(site, f"anggota/{member['id']}/").find("dl", class_="kkg-facts").get_text(" ", strip=True)
    assert member[field].replace(" ", "") in text.replace(" ", "")
    for other in PRIVATE_FIELDS:
        if other != field:
            assert searchable(member[other])[1] not in text.casefold()


def test_nip_on_letters_and_certificates_only_when_published(tmp_path: Path) -> None:
    """The paperwork (kkg_site/types/administrasi) prints a NIP only for a member whose
    ``publik`` names it: on the letter's attachment, the attendance sheet, the certificate."""
    from kkg_site.generator import generate

    data = copy_project(tmp_path / "proyek").data
    members = yaml.safe_load((data / "anggota.yml").read_text(encoding="utf-8"))
    certified = yaml.safe_load((data / "kegiatan" / "2025-09-13-pelatihan-modul-ajar.yml").read_text(encoding="utf-8"))
    both = [
        m for m in members if m.get("nip") and m["id"] in certified["peserta"] and m["tugas"].startswith("Guru Kelas")
    ]
    shown, hidden = both[0], both[1]  # both attended and are invited to the demo's letter
    shown["publik"] = [*shown.get("publik", []), "nip"]
    (data / "anggota.yml").write_text(yaml.safe_dump(members, allow_unicode=True), encoding="utf-8")

    output = generate(data, TODAY)
    paperwork = {p.path: p.body for p in output.pages if "/undangan" in p.path or "/daftar-hadir" in p.path}
    paperwork |= {p.path: p.body for p in output.pages if p.path.startswith("kegiatan/sertifikat/")}
    assert len(paperwork) > 3
    holding = [path for path, body in paperwork.items() if shown["nip"] in body]
    assert any("/undangan" in p for p in holding) and any("/daftar-hadir" in p for p in holding)
    assert sum(p.startswith("kegiatan/sertifikat/") for p in holding) == 1
    assert not [path for path, body in paperwork.items() if hidden["nip"] in body]
