"""Materials in the built demo portal: attachments, catalog, item pages, links from people."""

from __future__ import annotations

import json
import re
from collections import Counter
from pathlib import Path
from urllib.parse import parse_qs, unquote, urljoin, urlsplit

import pytest
from PIL import Image
from support.build import ROOT, TODAY
from support.data import demo_yaml
from support.demo_materi import FASE, ITEMS, MATERI, classes, slug
from support.pages import page

from kkg_site.filecontent import IMAGE_FORMATS
from kkg_site.generator import generate
from kkg_site.types.organisasi.model import DEFAULT_SUBJECTS

KKG = demo_yaml("kkg.yml")
MEMBERS = {m["id"]: m for m in demo_yaml("anggota.yml")}
BOARDS = demo_yaml("pengurus.yml")


def resolve(site: Path, page_url: str, href: str) -> Path:
    """The file a relative link on the page at ``page_url`` points to."""
    target = urlsplit(urljoin("https://x/" + page_url, href)).path.lstrip("/")
    path = site / unquote(target)
    return path / "index.html" if target.endswith("/") or target == "" else path


def test_demo_data_covers_subjects_classes_and_kinds() -> None:
    assert len(ITEMS) >= 40
    assert len({i["mapel"] for i in ITEMS.values() if "mapel" in i}) >= 5
    assert set().union(*(classes(i) for i in ITEMS.values())) == set(range(1, 7))
    assert {i["jenis"] for i in ITEMS.values()} == {"soal", "materi", "media", "modul-ajar", "lkpd", "lainnya"}
    assert sum(1 for i in ITEMS.values() if i.get("tautan")) >= 5
    coordinators = {c["anggota"] for board in BOARDS for c in board["koordinator"]}
    assert {i["koordinator"] for i in ITEMS.values() if "koordinator" in i} <= coordinators


def test_every_attachment_downloads_from_its_item_page_as_written(site: Path) -> None:
    checked = 0
    for item_id, item in ITEMS.items():
        url = f"materi/{item_id}/"
        buttons = page(site, url).select(".kkg-unduh a[download]")
        linked = {unquote(a["href"].rsplit("/", 1)[-1]): resolve(site, url, a["href"]) for a in buttons}
        written = item.get("berkas", [])
        assert sorted(linked) == sorted(Path(name).name for name in written), item_id
        for name in written:
            source = item["_path"].parent / name
            if source.suffix.lower() in IMAGE_FORMATS:  # re-encoded without metadata: the same pixels
                with Image.open(linked[Path(name).name]) as built, Image.open(source) as original:
                    assert built.convert("RGBA").tobytes() == original.convert("RGBA").tobytes(), f"{item_id}: {name}"
            else:
                assert linked[Path(name).name].read_bytes() == source.read_bytes(), f"{item_id}: {name}"
            checked += 1
    assert checked >= 40


def test_download_buttons_show_name_type_and_size(site: Path) -> None:
    soup = page(site, "materi/soal-sas-matematika-kelas-2-ganjil/")
    buttons = soup.select(".kkg-unduh a[download]")
    texts = [" ".join(b.get_text(" ", strip=True).split()) for b in buttons]
    source = MATERI / "matematika" / "Kisi-kisi SAS Matematika Kelas 2.xlsx"
    size = f"{source.stat().st_size / 1024:.1f}".replace(".", ",")
    assert f"Kisi-kisi SAS Matematika Kelas 2.xlsx Excel · {size} KB" in texts
    assert any(text.startswith("soal-sas-matematika-kelas-2-ganjil.pdf PDF · ") for text in texts)


def test_item_page_json_ld_is_a_learning_resource(site: Path) -> None:
    for item_id, item in ITEMS.items():
        soup = page(site, f"materi/{item_id}/")
        scripts = soup.select('head script[type="application/ld+json"]')
        assert len(scripts) == 1, item_id
        data = json.loads(scripts[0].string)
        assert data["@context"] == "https://schema.org"
        assert data["@type"] == "LearningResource"
        assert data["name"] == item["judul"]
        assert data["about"]["name"] == item.get("mapel", item.get("tema"))
        phases = sorted({FASE[k] for k in classes(item)})
        levels = data["educationalLevel"] if isinstance(data["educationalLevel"], list) else [data["educationalLevel"]]
        assert levels == [{"@type": "DefinedTerm", "name": f"Fase {f}"} for f in phases], item_id
        assert data["license"] == "https://creativecommons.org/licenses/by-sa/4.0/"
        assert data["url"].endswith(f"/materi/{item_id}/")
        assert len(data.get("associatedMedia", [])) == len(item.get("berkas", []))


def test_item_page_has_open_graph_and_whatsapp_share(site: Path) -> None:
    item_id = "soal-sts-matematika-kelas-2-semester-ganjil"
    soup = page(site, f"materi/{item_id}/")
    assert soup.find("meta", property="og:type")["content"] == "article"
    og_url = soup.find("meta", property="og:url")["content"]
    share = soup.select_one(".kkg-bagikan a")["href"]
    assert share.startswith("https://wa.me/?text=")
    text = parse_qs(urlsplit(share).query)["text"][0]
    assert text == f"{ITEMS[item_id]['judul']}\nMatematika, Kelas 2\n{og_url}"
    assert og_url.startswith("https://") and og_url.endswith(f"/materi/{item_id}/")


def test_item_page_links_coordinator_authors_and_related(site: Path) -> None:
    item_id = "soal-sts-matematika-kelas-2-semester-ganjil"
    item = ITEMS[item_id]
    url = f"materi/{item_id}/"
    soup = page(site, url)
    facts = {dt.get_text(strip=True): dt.find_next_sibling("dd") for dt in soup.select("dl.kkg-facts dt")}
    coordinator = facts["Koordinator"].find("a")
    assert coordinator.get_text(strip=True) == MEMBERS[item["koordinator"]]["nama"]
    assert resolve(site, url, coordinator["href"]) == site / "anggota" / item["koordinator"] / "index.html"
    assert [a.get_text(strip=True) for a in facts["Penyusun"].find_all("a")] == [
        MEMBERS[p]["nama"] for p in item["penyusun"]
    ]
    related = [resolve(site, url, a["href"]).parent.name for a in soup.select("#terkait + ul a")]
    assert related
    for other in related:
        assert ITEMS[other]["mapel"] == item["mapel"] and classes(ITEMS[other]) & classes(item), other
    assert item_id not in related


def test_item_page_chips_show_class_phase_and_semester(site: Path) -> None:
    chips = [
        li.get_text(strip=True) for li in page(site, "materi/soal-sts-ipas-kelas-3-genap/").select(".kkg-chips li")
    ]
    assert chips == ["Soal", "IPAS", "Kelas 3", "Fase B", "Semester genap", "Kurikulum Merdeka"]
    chips = [
        li.get_text(strip=True)
        for li in page(site, "materi/asesmen-diagnostik-matematika-fase-c/").select(".kkg-chips li")
    ]
    assert "Fase C (kelas 5–6)" in chips


def test_external_links_are_listed(site: Path) -> None:
    for item_id, item in ITEMS.items():
        links = page(site, f"materi/{item_id}/").select(".kkg-tautan a")
        assert [(a.get_text(strip=True), a["href"]) for a in links] == [
            (t["judul"], t["url"]) for t in item.get("tautan", [])
        ]


def test_catalog_index_json_describes_every_item(site: Path) -> None:
    data = json.loads((site / "materi" / "index.json").read_text(encoding="utf-8"))
    entries = [dict(zip(data["kolom"], row, strict=True)) for row in data["materi"]]
    by_id = {entry["id"]: entry for entry in entries}
    assert set(by_id) == set(ITEMS)
    for item_id, item in ITEMS.items():
        entry = by_id[item_id]
        assert entry["judul"] == item["judul"]
        assert entry["mapel"] == (slug(item["mapel"]) if "mapel" in item else "tematik")
        assert set(entry["kelas"]) == (classes(item) if "kelas" in item else set())
        assert entry["fase"] == (None if "kelas" in item or "fase" not in item else item["fase"].lower())
        assert entry["jenis"] == item["jenis"]
        assert entry["semester"] == item.get("semester")
        names = [Path(b).name for b in item.get("berkas", [])]
        assert [name for name, _ in entry["berkas"]] == [
            "/" + name.removeprefix(item_id) if name.startswith(item_id) else name for name in names
        ]
    assert any(name.startswith("/") for entry in entries for name, _ in entry["berkas"])
    dates = [str(ITEMS[e["id"]].get("tanggal", "")) for e in entries]
    assert dates == sorted(dates, reverse=True)
    labels = data["label"]
    assert labels["mapel"]["matematika"] == "Matematika" and labels["mapel"]["tematik"] == "Tematik"
    assert labels["jenis"]["modul-ajar"] == "Modul ajar" and labels["semester"]["genap"] == "Semester genap"
    assert data["fase_kelas"] == {"a": [1, 2], "b": [3, 4], "c": [5, 6]}


def test_catalog_facet_options_use_slugs(site: Path) -> None:
    soup = page(site, "materi/")
    selects = soup.select("select[name=mapel] option")
    options = {o["value"]: o["data-label"] for o in selects if o["value"]}
    # Each option shows its count before any filter, as the catalog script counts it.
    counts = {o["value"]: o.get_text(strip=True) for o in selects}
    assert counts[""] == f"Semua ({len(ITEMS)})"
    assert counts["matematika"] == f"Matematika ({sum(i.get('mapel') == 'Matematika' for i in ITEMS.values())})"
    assert options["matematika"] == "Matematika"
    assert options["bahasa-indonesia"] == "Bahasa Indonesia"
    subjects = KKG.get("mapel_list", DEFAULT_SUBJECTS)
    used = {i["mapel"] for i in ITEMS.values() if "mapel" in i}
    assert list(options.values()) == [m for m in subjects if m in used] + ["Tematik"]
    assert {o["value"] for o in soup.select("select[name=kelas] option")} == {"", "1", "2", "3", "4", "5", "6"}
    script = soup.find("script", src=re.compile(r"katalog\.js$"))
    assert resolve(site, "materi/", script["src"]).is_file()
    assert resolve(site, "materi/", soup.select_one("[data-index]")["data-index"]) == site / "materi" / "index.json"


def test_catalog_without_javascript_reaches_every_item_through_subject_pages(site: Path) -> None:
    catalog = page(site, "materi/")
    assert catalog.select_one("form.kkg-saring").has_attr("hidden")
    reached: set[str] = set()
    for heading in catalog.select(".kkg-direktori h3 a"):
        subject_page = resolve(site, "materi/", heading["href"])
        subject_url = str(subject_page.parent.relative_to(site)) + "/"
        soup = page(site, subject_url)
        anchors = {h["id"] for h in soup.select("h2[id]")}
        for link in heading.find_parent("section").select(".kkg-direktori__kelas a"):
            assert urlsplit(link["href"]).fragment in anchors
        for link in soup.select(".kkg-materi-list a"):
            reached.add(resolve(site, subject_url, link["href"]).parent.name)
    assert reached == set(ITEMS)
    per_class = page(site, "materi/mapel/matematika/").select_one("#kelas-2 + ul")
    expected = {
        i
        for i, item in ITEMS.items()
        if item.get("mapel") == "Matematika" and 2 in classes(item) and ("kelas" in item or "fase" in item)
    }
    assert {resolve(site, "materi/mapel/matematika/", a["href"]).parent.name for a in per_class.select("a")} == expected


def test_coordinator_cards_on_pengurus_link_to_their_materials(site: Path) -> None:
    soup = page(site, "pengurus/")
    current = BOARDS[-1]
    for coordinator in current["koordinator"]:
        member_id = coordinator["anggota"]
        mine = Counter(i["mapel"] for i in ITEMS.values() if i.get("koordinator") == member_id)
        card = next(
            c
            for c in soup.select(".kkg-person")
            if c.select_one(".kkg-person__name").get_text(strip=True) == MEMBERS[member_id]["nama"]
        )
        links = {a.get_text(strip=True): a["href"] for a in card.select(".kkg-person__link a")}
        assert {label for label in links if label.startswith("Materi ")} == {
            f"Materi {m} ({n})" for m, n in mine.items()
        }
        for mapel, count in mine.items():
            href = links[f"Materi {mapel} ({count})"]
            target = resolve(site, "pengurus/", href)
            listed = page(site, str(target.parent.relative_to(site)) + "/").select(f"#{urlsplit(href).fragment} + ul a")
            assert len(listed) == count


def test_member_page_lists_materials_of_an_earlier_coordinator(site: Path) -> None:
    soup = page(site, "anggota/tatang-sutisna/")
    assert "Materi Matematika (1)" in [a.get_text(strip=True) for a in soup.select("#kontribusi + ul a")]


def test_home_shows_newest_materials(site: Path) -> None:
    soup = page(site, "")
    section = next(s for s in soup.select(".kkg-home-section") if s.find("h2").get_text(strip=True) == "Materi terbaru")
    titles = [a.get_text(strip=True) for a in section.select(".kkg-materi-list a")]
    newest = sorted(ITEMS.values(), key=lambda i: str(i.get("tanggal", "")), reverse=True)[:5]
    assert titles == [i["judul"] for i in newest]
    assert section.find("a", string=re.compile(f"Lihat semua {len(ITEMS)} materi"))


@pytest.fixture(scope="module")
def generated():
    return generate(ROOT / "data", TODAY, "https://contoh.github.io/portal-kkg/")


@pytest.mark.parametrize("item_id", ["soal-sts-matematika-kelas-2-semester-ganjil", "tematik-kelas-1-tema-diriku"])
def test_search_metadata_for_pagefind(generated, item_id: str) -> None:
    meta = next(p.meta for p in generated.pages if p.url == f"materi/{item_id}/").search
    item = ITEMS[item_id]
    assert meta.kind == "Materi"
    assert meta.filters["mapel"] == [item.get("mapel", "Tematik")]
    assert meta.filters["kelas"] == [str(k) for k in sorted(classes(item))]
    assert item["jenis"] == "soal" and meta.filters["jenis materi"] == ["Soal"]
    assert meta.filters["fase"] == [f"Fase {f}" for f in sorted({FASE[k] for k in classes(item)})]
    assert set(meta.meta) == {"mapel", "kelas", "jenis"}
