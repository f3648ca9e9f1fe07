"""Search index of the built demo: what Pagefind indexed, and a build that cannot index fails."""

from __future__ import annotations

import json
import sys
from pathlib import Path

import pytest
from support.build import ROOT, Project, run
from support.pages import indexed, page

PEOPLE = "Pengurus/Anggota"
KINDS = {"Halaman", PEOPLE, "Kegiatan", "Notulen", "Materi", "Sertifikat"}  # the kinds the search filter offers


def content_pages(site: Path) -> list[str]:
    """Site URLs of the pages MkDocs built from content (every HTML page but 404.html)."""
    return sorted(
        "" if path.parent == site else f"{path.parent.relative_to(site).as_posix()}/"
        for path in site.rglob("index.html")
        if "pagefind" not in path.relative_to(site).parts
    )


def test_every_page_is_indexed_with_its_kind(site: Path) -> None:
    urls = content_pages(site)
    records = indexed(site)
    assert sorted(records) == urls
    entry = json.loads((site / "pagefind" / "pagefind-entry.json").read_text(encoding="utf-8"))
    assert list(entry["languages"]) == ["id"]
    assert entry["languages"]["id"]["page_count"] == len(urls) > 30
    kinds = {url: record["filters"]["kategori"] for url, record in records.items()}
    assert kinds[""] == kinds["tentang/"] == kinds["panduan/"] == ["Halaman"]  # panduan/: hand-written
    assert kinds["pengurus/"] == kinds["anggota/"] == kinds["anggota/siti-nurjanah/"] == [PEOPLE]
    assert all(len(values) == 1 for values in kinds.values())
    assert {values[0] for values in kinds.values()} <= KINDS


def test_each_kind_has_its_own_jenis_filter(site: Path) -> None:
    """Kinds of activity, of meeting and of material are three selects, not one that mixes them."""
    kinds_of: dict[str, set[str]] = {}
    for record in indexed(site).values():
        for name in record["filters"]:
            kinds_of.setdefault(name, set()).update(record["filters"]["kategori"])
    jenis = {name: kinds for name, kinds in kinds_of.items() if name.startswith("jenis")}
    assert jenis == {"jenis kegiatan": {"Kegiatan"}, "jenis rapat": {"Notulen"}, "jenis materi": {"Materi"}}


def test_only_the_article_is_indexed(site: Path) -> None:
    for url in content_pages(site):
        soup = page(site, url)
        bodies = soup.select("[data-pagefind-body]")
        assert len(bodies) == 1, url
        assert bodies[0].find_parent("article", class_="md-content__inner"), url
        assert not bodies[0].select(".md-header, .md-nav, .md-footer, .md-sidebar, [data-kkg-search]"), url
    records = indexed(site)
    # Text around the article never reaches the index, e.g. Material's "back to top" button.
    member = "anggota/siti-nurjanah/"
    back_to_top = page(site, member).select_one(".md-top").get_text(strip=True)
    assert back_to_top and back_to_top not in records[member]["content"]
    assert "Semua anggota" not in records["anggota/siti-nurjanah/"]["content"]  # the back link
    # Hand-written pages: the "¶" permalinks of their headings are not text.
    assert records["panduan/"]["anchors"]
    assert not [url for url, record in records.items() if "¶" in record["content"]]


def test_member_result_shows_task_and_school(site: Path) -> None:
    record = indexed(site)["anggota/siti-nurjanah/"]
    assert record["meta"]["title"] == "Siti Nurjanah, S.Pd.SD"
    assert record["meta"]["keterangan"] == f"{PEOPLE} · Guru Kelas 1 · SD Negeri 1 Sukamaju"
    # <dt>Tugas</dt><dd>Guru Kelas 1</dd> is read as separate words, not "TugasGuru".
    assert "Tugas Guru Kelas 1 Sekolah SD Negeri 1 Sukamaju" in record["content"]
    assert " SN " not in record["content"]  # the initials shown in place of a photo are not content


def test_page_view_loads_no_search_index(site: Path) -> None:
    """Material's lunr search is off and no page links to the search bundle."""
    assert not (site / "search").exists()
    for url in [*content_pages(site), "404.html"]:
        soup = page(site, url)
        sources = [tag.get("src") or tag.get("href") or "" for tag in soup.find_all(["script", "link"])]
        assert not [source for source in sources if "pagefind" in source or "search_index" in source], url
        assert soup.select_one("[data-kkg-search] input.md-search__input"), url
        assert not soup.select('form[name="search"], [data-md-component="search"]'), url


def build_with(project: Project, **env: str):
    return run([sys.executable, "-m", "mkdocs", "build", "--strict"], project.root, **env)


def assert_fails_cleanly(result, message: str) -> None:
    assert result.returncode != 0
    assert "Indeks pencarian gagal dibuat" in result.stderr
    assert message in result.stderr
    assert "Traceback" not in result.stderr


def test_build_fails_when_pagefind_is_missing(project: Project) -> None:
    missing = project.root / "tidak-ada" / "pagefind"
    assert_fails_cleanly(build_with(project, PAGEFIND_BINARY_PATH=str(missing)), "tidak dapat dijalankan")


def test_build_fails_when_pagefind_fails(project: Project) -> None:
    broken = project.write("bin/pagefind", "#!/bin/sh\necho 'Error: rusak' >&2\nexit 3\n")
    broken.chmod(0o755)
    assert_fails_cleanly(build_with(project, PAGEFIND_BINARY_PATH=str(broken)), "Pagefind berhenti dengan kode 3")


def test_build_fails_when_no_page_is_indexed(project: Project) -> None:
    """A theme change that hides every page body from Pagefind must not publish an empty search."""
    # The portal's own custom_dir comes before the package's templates (kkg_site/overrides).
    theme = (ROOT / "kkg_site" / "overrides" / "main.html").read_text(encoding="utf-8")
    config = project.root / "mkdocs.yml"
    config.write_text(config.read_text(encoding="utf-8").replace("theme:\n", "theme:\n  custom_dir: tema\n", 1))
    main = project.root / "tema" / "main.html"
    main.parent.mkdir()
    start = theme.index("{% block content %}")
    block = theme[start : theme.index("{% endblock %}", start) + len("{% endblock %}")]
    hidden = '{% block content %}<div data-pagefind-body><div data-pagefind-ignore="all">{{ super() }}</div></div>{% endblock %}'
    main.write_text(theme.replace(block, hidden), encoding="utf-8")
    assert_fails_cleanly(build_with(project), "not able to build an index")


@pytest.mark.parametrize(
    ("search", "message"),
    [({"kind": "Materi", "warna": "merah"}, "warna"), ({"filters": {"any": "x"}}, "reserved")],
)
def test_build_fails_on_malformed_search_meta(project: Project, search: dict, message: str) -> None:
    front = json.dumps({"title": "Panduan", "search": search})  # JSON is YAML
    project.write("content/panduan.md", f"---\n{front}\n---\n\nIsi panduan.\n")
    result = build_with(project)
    assert result.returncode != 0
    assert "panduan.md" in result.stderr and message in result.stderr
    assert "Traceback" not in result.stderr
