"""Time of reading one large data file: `python benchmarks/yaml_load.py [members]`.

The reader composes YAML in Python on the C parser's events (the C composer
crashes the interpreter on very deep nesting, see kkg_site/yamlio.py); this
prints what that costs against PyYAML's all-C loading of the same text.
"""

from __future__ import annotations

import gc
import sys
import time
from pathlib import Path

import yaml

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from kkg_site.errors import ErrorLog
from kkg_site.yamlio import parse_yaml


def members_file(count: int) -> str:
    return "".join(
        f"- id: guru-{i}\n  nama: Guru Nomor {i}, S.Pd.\n  sekolah: sdn-{i % 50}\n  tugas: Guru Kelas {i % 6 + 1}\n"
        f"  nip: '1985{i:014d}'\n  telepon: 0812-{i:08d}\n  publik: [surel]\n"
        for i in range(count)
    )


def best_of(runs: int, load) -> float:
    times = []
    for _ in range(runs):
        gc.disable()  # as parse_yaml does, so that both are timed alike
        start = time.perf_counter()
        load()
        times.append(time.perf_counter() - start)
        gc.enable()
    return min(times)


def main() -> None:
    count = int(sys.argv[1]) if len(sys.argv) > 1 else 5000
    text = members_file(count)
    reader = best_of(5, lambda: parse_yaml(text, "data/anggota.yml", ErrorLog()))
    all_c = best_of(5, lambda: yaml.load(text, Loader=yaml.CSafeLoader))
    print(f"{count} members, {len(text) / 1024:.0f} KiB")
    print(f"kkg_site.yamlio.parse_yaml (lines, checks): {reader * 1000:.0f} ms")
    print(f"PyYAML CSafeLoader (no lines, no checks):   {all_c * 1000:.0f} ms")


if __name__ == "__main__":
    main()
