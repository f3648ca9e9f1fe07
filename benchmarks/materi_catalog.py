"""Benchmark: how heavy is the materials catalog with a large collection, and how long is the build?

Copies the demo project into a temporary folder, adds generated materials to
the demo's own (which its activities link to) up to N in all (default 3,000;
each with a small PDF, a few with a link), builds the site with
``mkdocs build --strict`` and prints:

* the bytes a phone transfers to open the catalog page ``materi/``: its HTML,
  the JSON index and the script, each gzip-compressed as a web server sends them;
  then the whole first view with an empty cache (the theme's CSS and JS too),
  measured as benchmarks/run.py measures it, against its goal;
* the build time and the number of pages.

Run by hand:  python benchmarks/materi_catalog.py [--items 3000] [--keep]
"""

from __future__ import annotations

import argparse
import gzip
import os
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import yaml

sys.path.insert(0, str(Path(__file__).resolve().parent))
import sample_files
from run import CATALOG, GOAL_CATALOG_KB, KB, weight

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
from kkg_site.fields import slugify
from kkg_site.types.materi.model import JENIS
from kkg_site.types.organisasi.model import DEFAULT_SUBJECTS

TODAY = "2026-11-28"
TOPICS = [
    "bilangan",
    "pecahan",
    "pengukuran",
    "bangun datar",
    "data",
    "teks narasi",
    "puisi",
    "ekosistem",
    "energi",
    "budaya",
]
KINDS = {
    "soal": "Soal",
    "materi": "Materi",
    "media": "Media",
    "modul-ajar": "Modul Ajar",
    "lkpd": "LKPD",
    "lainnya": "Panduan",
}


def copy_project(target: Path) -> None:
    shutil.copy2(ROOT / "mkdocs.yml", target / "mkdocs.yml")
    (target / "content").mkdir()
    shutil.copytree(ROOT / "data", target / "data")


def write_materials(data: Path, count: int) -> None:
    """Generate materials beside the demo's own until data/materi/ holds ``count``."""
    coordinators = [
        c["anggota"] for c in yaml.safe_load((data / "pengurus.yml").read_text(encoding="utf-8"))[-1]["koordinator"]
    ]
    subjects = DEFAULT_SUBJECTS
    jenis = list(JENIS)
    for n in range(count - sum(1 for _ in (data / "materi").rglob("*.yml"))):
        mapel = subjects[n % len(subjects)]
        kelas = n // len(subjects) % 6 + 1
        kind = jenis[n // (len(subjects) * 6) % len(jenis)]
        semester = "ganjil" if n % 2 else "genap"
        topic = TOPICS[n % len(TOPICS)]
        judul = f"{KINDS[kind]} {mapel} Kelas {kelas} Semester {semester.capitalize()}: {topic.capitalize()} {n + 1}"
        item_id = slugify(judul)
        folder = data / "materi" / slugify(mapel)
        folder.mkdir(parents=True, exist_ok=True)
        item = {
            "judul": judul,
            "jenis": kind,
            "mapel": mapel,
            "kelas": kelas,
            "semester": semester,
            "elemen": topic.capitalize(),
            "koordinator": coordinators[n % len(coordinators)],
            "tanggal": f"20{25 + n % 2}-{n % 12 + 1:02d}-{n % 28 + 1:02d}",
            "deskripsi": f"Bahan {KINDS[kind].lower()} tentang {topic} untuk kelas {kelas}.",
            "kata_kunci": [topic, kind],
            "berkas": [f"{item_id}.pdf"],
        }
        if n % 5 == 0:
            item["tautan"] = [{"judul": "Video pembelajaran", "url": f"https://www.youtube.com/watch?v=bench{n:06d}"}]
        (folder / f"{item_id}.yml").write_text(
            yaml.safe_dump(item, allow_unicode=True, sort_keys=False), encoding="utf-8"
        )
        (folder / f"{item_id}.pdf").write_bytes(
            sample_files.pdf(judul, [f"{i}. Soal tentang {topic} ..." for i in range(1, 11)])
        )


def gzip_size(path: Path) -> int:
    return len(gzip.compress(path.read_bytes(), compresslevel=6))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--items", type=int, default=3000)
    parser.add_argument("--keep", action="store_true", help="keep the temporary project and print its path")
    args = parser.parse_args()
    project = Path(tempfile.mkdtemp(prefix="kkg-materi-bench-"))
    try:
        copy_project(project)
        write_materials(project / "data", args.items)
        env = {**os.environ, "PYTHONPATH": str(ROOT), "KKG_HARI_INI": TODAY, "NO_MKDOCS_2_WARNING": "1"}
        started = time.perf_counter()
        result = subprocess.run(
            [sys.executable, "-m", "mkdocs", "build", "--strict", "--quiet"],
            cwd=project, env=env, capture_output=True, text=True, check=False,
        )  # fmt: skip
        seconds = time.perf_counter() - started
        if result.returncode != 0:
            sys.exit(f"build failed:\n{result.stderr[-3000:]}")
        site = project / "site"
        catalog = {name: site / "materi" / name for name in ("index.html", "index.json", "katalog.js")}
        pages = sum(1 for _ in site.rglob("index.html"))
        print(f"materials: {args.items}, pages built: {pages}, build time: {seconds:.1f} s")
        print("catalog page materi/ (raw -> gzip):")
        for name, path in catalog.items():
            print(f"  {name:<11} {path.stat().st_size:>9,} B -> {gzip_size(path):>8,} B")
        total = sum(gzip_size(path) for path in catalog.values())
        print(f"  transferred {total:>22,} B ({total / KB:.1f} KB)")
        sizes = weight(site, CATALOG)
        first_view = sum(sizes.values())
        parts = ", ".join(f"{kind} {size / KB:.1f}" for kind, size in sorted(sizes.items()))
        print(f"first view with an empty cache: {first_view / KB:.1f} KB ({parts}); goal ≤ {GOAL_CATALOG_KB} KB")
        if args.keep:
            print(f"project kept in {project}")
    finally:
        if not args.keep:
            shutil.rmtree(project, ignore_errors=True)


if __name__ == "__main__":
    main()
