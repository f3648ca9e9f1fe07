"""How generation time and the calendar feed grow with the number of activities.

Run by hand: ``python benchmarks/kegiatan.py [count ...]`` (default 100 1000 3000).
Copies the demo data, adds ``count`` activities cloned from the demo ones on later
dates, runs the generator and prints the time, the pages made and the feed's size.
"""

from __future__ import annotations

import shutil
import sys
import tempfile
import time
from datetime import date, timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from kkg_site.generator import generate
from kkg_site.types.kegiatan.collection import Activities

TODAY = date(2026, 11, 28)


def make_data(target: Path, count: int) -> Path:
    data = target / "data"
    shutil.copytree(ROOT / "data", data)
    folder = data / "kegiatan"
    # Only one-day demo files without photos: a clone needs just a new date.
    templates = [
        p for p in sorted(folder.glob("*.yml")) if "tanggal:" in p.read_text() and "dokumentasi" not in p.read_text()
    ]
    first = date(2027, 3, 1)
    for n in range(count):
        source = templates[n % len(templates)]
        day = first + timedelta(days=n)
        old_day = source.name[:10]
        text = source.read_text(encoding="utf-8").replace(f"tanggal: {old_day}", f"tanggal: {day.isoformat()}")
        (folder / f"{day.isoformat()}-salinan-{n}.yml").write_text(text, encoding="utf-8")
    return data


def main(counts: list[int]) -> None:
    print(f"{'kegiatan':>9} {'detik':>7} {'ms/kegiatan':>12} {'halaman':>8} {'kegiatan.ics':>13}")
    for count in counts:
        with tempfile.TemporaryDirectory() as folder:
            data = make_data(Path(folder), count)
            started = time.perf_counter()
            output = generate(data, TODAY, "https://contoh.github.io/portal-kkg/")
            seconds = time.perf_counter() - started
            total = len(output.index[Activities])
            feed = next(f for f in output.files if f.path == "kegiatan.ics")
            print(
                f"{total:>9} {seconds:>7.2f} {1000 * seconds / total:>12.2f} {len(output.pages):>8} {len(feed.content) / 1024:>10.0f} KB"
            )


if __name__ == "__main__":
    main([int(arg) for arg in sys.argv[1:]] or [100, 1000, 3000])
