"""The ``kkg-site`` command: check the data, scaffold new files.

    kkg-site periksa            check data/ without building (exit 1 on errors)
    kkg-site baru notulen       write a new, dated file from a commented template
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from .contenttype import discover
from .errors import DataErrors
from .generator import load, today_in
from .mkdocs_plugin import build_date_override
from .report import print_annotations


def _periksa(args: argparse.Namespace) -> int:
    try:
        index, warnings = load(Path(args.data), build_date_override())
    except DataErrors as error:
        print_annotations(error.errors)
        print(error.report(), file=sys.stderr)
        return 1
    print_annotations(warnings)
    for warning in warnings:
        print(warning, file=sys.stderr)
    counts = ", ".join(
        f"{len(collection)} {name}"
        for name, collection in index.collections.items()
        if hasattr(collection, "__len__")
    )
    print(f"Data valid ({counts}).")
    return 0


def _baru(args: argparse.Namespace) -> int:
    scaffolds = {t.name: t for t in discover() if hasattr(t, "scaffold")}
    content_type = scaffolds.get(args.jenis)
    if content_type is None:
        print(f"Jenis tidak dikenal: {args.jenis}. Pilihan: {', '.join(sorted(scaffolds))}", file=sys.stderr)
        return 2
    data_dir = Path(args.data)
    relative, text = content_type.scaffold(today=build_date_override() or today_in("Asia/Jakarta"), slug=args.slug)
    path = data_dir / relative
    if path.exists():
        print(f"Berkas sudah ada, tidak ditimpa: {path}", file=sys.stderr)
        return 1
    path.parent.mkdir(parents=True, exist_ok=True)
    with path.open("x", encoding="utf-8") as handle:
        handle.write(text)
    print(path)
    return 0


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="kkg-site", description="Portal KKG")
    parser.add_argument("--data", default="data", help="folder data (bawaan: data)")
    commands = parser.add_subparsers(dest="command", required=True)
    periksa = commands.add_parser("periksa", help="periksa data tanpa membangun situs")
    periksa.set_defaults(run=_periksa)
    baru = commands.add_parser("baru", help="buat berkas baru dari templat")
    baru.add_argument("jenis", help="jenis isi, mis. notulen, kegiatan, materi")
    baru.add_argument("slug", nargs="?", default=None, help="nama pendek berkas, mis. rapat-rutin")
    baru.set_defaults(run=_baru)
    args = parser.parse_args(argv)
    return args.run(args)


if __name__ == "__main__":
    sys.exit(main())
