"""Search bytes on a large portal: first page view and first query, Pagefind vs Material's lunr.

Builds a temporary copy of the demo with N synthetic material pages (written as
hand-written pages in content/materi-sintetis/, each tagged for search like a
material: kind Materi, filters mapel/kelas/jenis), twice:

1. as the portal is (Pagefind, loaded on first use), served under /portal-kkg/
   and measured in Chromium: requests on the first view of a material page, then
   the requests made by opening the search and typing a query;
2. with Material's ``search`` plugin (lunr) and Material's own header, measured
   the same way: what the first view of the same page downloads for search.

Sizes are what a compressing server (GitHub Pages) sends: each response's gzip
size, or its raw size when that is smaller (Pagefind's index files are gzipped
already). Run by hand:

    python benchmarks/search_bytes.py [--pages 3000] [--query "soal pecahan"]
"""

from __future__ import annotations

import argparse
import functools
import gzip
import http.server
import random
import sys
import tempfile
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import yaml
from playwright.sync_api import sync_playwright

ROOT = Path(__file__).resolve().parent.parent
sys.path[:0] = [str(ROOT), str(ROOT / "tests")]

from conftest import CHROMIUM, CHROMIUM_ARGS, SUB_PATH, _SubPathHandler, copy_project, run

from kkg_site.generator import generate

SYNTHETIC = "materi-sintetis"
QUICK_TYPING_MS = 150  # the search runs once, when typing pauses
SLOW_TYPING_MS = 600  # slower than the search box's pause: every keystroke is a search
MAPEL = {
    "Matematika": [
        "pecahan",
        "perkalian",
        "pembagian",
        "bangun datar",
        "pengukuran",
        "data",
        "bilangan cacah",
        "keliling",
    ],
    "Bahasa Indonesia": ["membaca nyaring", "teks narasi", "puisi", "kosakata", "menulis surat", "dongeng", "pantun"],
    "IPAS": ["siklus air", "gaya dan gerak", "ekosistem", "tata surya", "energi", "wujud zat", "peta"],
    "Pendidikan Pancasila": ["gotong royong", "norma", "keberagaman", "simbol negara", "hak dan kewajiban"],
    "PJOK": ["lompat jauh", "senam lantai", "permainan bola kecil", "kebugaran", "renang"],
    "Seni Budaya": ["menggambar ekspresi", "lagu daerah", "tari kreasi", "kolase", "angklung"],
    "Bahasa Inggris": ["greetings", "numbers", "family members", "daily activities", "animals"],
}
JENIS = ["Modul ajar", "LKPD", "Soal latihan", "Asesmen sumatif", "Media pembelajaran", "Bahan bacaan"]
WORDS = (
    "peserta didik guru kelas kegiatan pembelajaran diferensiasi asesmen formatif sumatif capaian tujuan alur "
    "langkah pendahuluan inti penutup refleksi diskusi kelompok presentasi lembar kerja rubrik penilaian kriteria "
    "ketuntasan remedial pengayaan proyek profil pelajar pancasila bernalar kritis kreatif mandiri bergotong royong "
    "berkebinekaan global beriman bertakwa berakhlak mulia literasi numerasi konteks lingkungan sekitar sekolah "
    "rumah keluarga pasar sawah sungai kebun contoh soal jawaban pembahasan latihan mandiri pekerjaan rumah "
    "alat bahan media gambar kartu video lagu permainan eksperimen pengamatan laporan catatan jurnal portofolio "
    "waktu menit pertemuan minggu semester fase kurikulum merdeka kompetensi keterampilan pengetahuan sikap"
).split()


def material_page(number: int, rng: random.Random) -> tuple[str, str]:
    """(path in content/, Markdown) of one synthetic material, tagged for search like a real one."""
    mapel = rng.choice(sorted(MAPEL))
    topic = rng.choice(MAPEL[mapel])
    kelas = str(rng.randint(1, 6))
    jenis = rng.choice(JENIS)
    title = f"{jenis} {topic} kelas {kelas} (paket {number})"
    front = {
        "title": title,
        "search": {
            "kind": "Materi",
            "filters": {"mapel": mapel, "kelas": kelas, "jenis": jenis},
            "meta": {"mapel": mapel, "kelas": f"Kelas {kelas}", "jenis": jenis},
        },
    }
    paragraphs = [
        f"{jenis} {mapel} untuk kelas {kelas} tentang {topic}, disusun oleh anggota KKG nomor {number % 97}.",
        *(" ".join(rng.choices(WORDS, k=rng.randint(40, 70))).capitalize() + "." for _ in range(4)),
        f"Kode materi {mapel[:3].upper()}-{kelas}-{number:05d}.",
    ]
    text = (
        "---\n"
        + yaml.safe_dump(front, allow_unicode=True, sort_keys=False)
        + "---\n\n"
        + "\n\n".join(paragraphs)
        + "\n"
    )
    return f"content/{SYNTHETIC}/materi-{number:05d}.md", text


def make_portal(target: Path, pages: int, lunr: bool) -> Path:
    """A copy of the demo with ``pages`` synthetic materials; with ``lunr``, Material's search instead."""
    project = copy_project(target)
    rng = random.Random(2026)
    for number in range(1, pages + 1):
        project.write(*material_page(number, rng))
    project.write(f"content/{SYNTHETIC}/index.md", "---\ntitle: Materi sintetis\n---\n\nMateri untuk uji ukuran.\n")
    config_file = project.root / "mkdocs.yml"
    config = config_file.read_text(encoding="utf-8")
    # The materials are reached by search, not the nav (a nav of thousands of links would be in every page).
    nav = generate(project.data).nav + [{"Materi sintetis": f"{SYNTHETIC}/index.md"}]
    config += "\n" + yaml.safe_dump({"nav": nav}, allow_unicode=True, sort_keys=False)
    if lunr:
        config = config.replace("plugins:\n", "plugins:\n  - search\n", 1)
        for partial in ("header.html", "search.html"):  # back to Material's own search box
            (project.root / "overrides" / "partials" / partial).unlink()
    config_file.write_text(config, encoding="utf-8")
    started = time.perf_counter()
    result = run([sys.executable, "-m", "mkdocs", "build", "-q"], project.root)
    if result.returncode != 0:
        sys.exit(f"build failed:\n{result.stderr[-3000:]}")
    print(
        f"  built {'lunr' if lunr else 'Pagefind'} portal ({pages} materials) in {time.perf_counter() - started:.0f} s"
    )
    return project.site


@contextmanager
def served(site: Path) -> Iterator[str]:
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), functools.partial(_SubPathHandler, directory=str(site)))
    threading.Thread(target=server.serve_forever, daemon=True).start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}{SUB_PATH}"
    finally:
        server.shutdown()


def sent_bytes(site: Path, base: str, url: str) -> int:
    """What a compressing server sends for ``url``: min(gzip size, raw size) of the file."""
    path = url.removeprefix(base).split("?")[0]
    file = site / path / "index.html" if path.endswith("/") or not path else site / path
    raw = file.read_bytes()
    return min(len(raw), len(gzip.compress(raw, compresslevel=6)))


def is_search(url: str, base: str) -> bool:
    path = url.removeprefix(base)
    return path.startswith(("pagefind/", "search/")) or "/workers/search" in path


def measure(site: Path, page_url: str, query: str, typing_ms: int) -> tuple[dict[str, int], dict[str, int]]:
    """(search bytes by file on the first view of ``page_url``, bytes by file for the first query,
    typed one key every ``typing_ms``: each pause longer than the search box's is a search)."""
    with served(site) as base, sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        context = browser.new_context(viewport={"width": 390, "height": 844}, is_mobile=True, has_touch=True)
        requested: list[str] = []
        context.on("requestfinished", lambda request: requested.append(request.url))
        page = context.new_page()
        page.goto(base + page_url, wait_until="networkidle")
        first_view = {url.removeprefix(base): sent_bytes(site, base, url) for url in requested if is_search(url, base)}
        first_query: dict[str, int] = {}
        if query:
            requested.clear()
            page.locator("label.md-header__button[for='__search']").tap()
            page.locator(".md-search__input").press_sequentially(query, delay=typing_ms)
            page.wait_for_function("document.getElementById('kkg-cari-hasil').getAttribute('aria-busy') === 'false'")
            page.wait_for_timeout(1000)  # nothing more is requested once the first results are shown
            print(f"  first query: {page.locator('.md-search-result__meta').inner_text()}")
            first_query = {url.removeprefix(base): sent_bytes(site, base, url) for url in requested}
        browser.close()
    return first_view, first_query


def kb(size: int) -> str:
    return f"{size / 1024:8.1f} KB"


def report(title: str, sizes: dict[str, int]) -> None:
    print(f"{title}: {kb(sum(sizes.values()))} in {len(sizes)} requests")
    for name, size in sorted(sizes.items(), key=lambda item: -item[1])[:8]:
        print(f"    {kb(size)}  {name}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--pages", type=int, default=3000, help="synthetic materials (default 3000)")
    parser.add_argument("--query", default="soal pecahan", help='the first query (default "soal pecahan")')
    args = parser.parse_args()
    page_url = f"{SYNTHETIC}/materi-{1:05d}/"
    with tempfile.TemporaryDirectory(prefix="kkg-search-bytes-") as temp:
        print(f"Portal with {args.pages} synthetic materials; first view of {page_url}, first query {args.query!r}")
        pagefind_site = make_portal(Path(temp) / "pagefind", args.pages, lunr=False)
        first_view, quick_query = measure(pagefind_site, page_url, args.query, QUICK_TYPING_MS)
        _, slow_query = measure(pagefind_site, page_url, args.query, SLOW_TYPING_MS)
        lunr_site = make_portal(Path(temp) / "lunr", args.pages, lunr=True)
        lunr_view, _ = measure(lunr_site, page_url, "", 0)
        print()
        report("Pagefind, first page view, search bytes", first_view)
        report(f"Pagefind, first query typed one key every {QUICK_TYPING_MS} ms", quick_query)
        report(f"Pagefind, first query typed one key every {SLOW_TYPING_MS} ms (a search per key)", slow_query)
        report("Material lunr, first page view, search bytes", lunr_view)
        script = pagefind_site / "assets" / "cari.js"
        print(
            f"(search box script assets/cari.js, on every page, cached: {kb(len(gzip.compress(script.read_bytes())))} gzip)"
        )
        worst = max(sum(quick_query.values()), sum(slow_query.values()))
        goal = "met" if not first_view and worst < 250 * 1024 else "NOT met"
        print(f"Goal (first view 0 search bytes, first query < 250 KB): {goal}")


if __name__ == "__main__":
    main()
