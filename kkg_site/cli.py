"""The ``kkg-site`` command: check the data, scaffold new files.

    kkg-site periksa            check data/ without building (exit 1 on errors)
    kkg-site baru notulen       write a new, dated file from a commented template
    kkg-site skema              write schemas/, .pages.yml and .vscode/settings.json from the models

Messages are for teachers: Indonesian, and never a traceback for a mistake on the
command line (exit 2) or in the data (exit 1).
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from . import editors
from .cliparser import IndonesianParser
from .contenttype import discover
from .errors import DataErrors, suggest
from .generator import load, today_in
from .mkdocs_plugin import BadBuildDate, build_date_override
from .model import slugify
from .report import print_annotations


def _missing_data_dir(data_dir: Path) -> bool:
    if data_dir.is_dir():
        return False
    print(
        f"Folder data tidak ditemukan: {data_dir}. Jalankan perintah ini dari folder proyek "
        "(yang berisi mkdocs.yml), atau tunjukkan foldernya dengan --data.",
        file=sys.stderr,
    )
    return True


def _periksa(args: argparse.Namespace) -> int:
    if _missing_data_dir(Path(args.data)):
        return 2
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
    data_dir = Path(args.data)
    if _missing_data_dir(data_dir):
        return 2
    scaffolds = {t.name: t for t in discover() if hasattr(t, "scaffold")}
    content_type = scaffolds.get(args.jenis)
    if content_type is None:
        close = suggest(args.jenis, scaffolds)
        hint = f" Apakah maksud Anda '{close}'?" if close else ""
        choices = ", ".join(sorted(scaffolds)) or "(belum ada)"
        print(f"Jenis isi tidak dikenal: '{args.jenis}'.{hint} Pilihan: {choices}.", file=sys.stderr)
        return 2
    slug = slugify(args.slug) if args.slug is not None else None
    if slug == "":
        print(
            f"Nama pendek '{args.slug}' tidak bisa dipakai: tulis dengan huruf dan angka, mis. rapat-rutin.",
            file=sys.stderr,
        )
        return 2
    relative, text = content_type.scaffold(today=build_date_override() or today_in("Asia/Jakarta"), slug=slug)
    path = data_dir / relative
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        with path.open("x", encoding="utf-8") as handle:  # "x": never overwrite, even in a race
            handle.write(text)
    except FileExistsError:
        print(
            f"Berkas sudah ada, tidak ditimpa: {path}. Buka berkas itu, "
            f"atau beri nama pendek lain: kkg-site baru {args.jenis} <nama-pendek>.",
            file=sys.stderr,
        )
        return 1
    except OSError as error:
        print(f"Berkas tidak dapat ditulis: {path} ({error.strerror}).", file=sys.stderr)
        return 1
    print(path)
    return 0


def _skema(args: argparse.Namespace) -> int:
    project = Path(args.data).resolve().parent
    touched = editors.write(project)
    for relative in touched:
        print(relative)
    print(f"{len(touched)} berkas diperbarui." if touched else "Skema dan konfigurasi editor sudah mutakhir.")
    return 0


def main(argv: list[str] | None = None) -> int:
    parser = IndonesianParser(prog="kkg-site", description="Portal KKG")
    parser.add_argument("--data", default="data", help="folder data (bawaan: data)")
    commands = parser.add_subparsers(dest="command", required=True, metavar="perintah")
    periksa = commands.add_parser("periksa", help="periksa data tanpa membangun situs")
    periksa.set_defaults(run=_periksa)
    baru = commands.add_parser("baru", help="buat berkas baru dari templat")
    baru.add_argument("jenis", help="jenis isi, mis. notulen, kegiatan, materi")
    baru.add_argument("slug", nargs="?", default=None, help="nama pendek berkas, mis. rapat-rutin")
    baru.set_defaults(run=_baru)
    skema = commands.add_parser("skema", help="tulis skema JSON dan konfigurasi editor dari model data")
    skema.set_defaults(run=_skema)
    args = parser.parse_args(argv)
    try:
        return args.run(args)
    except BadBuildDate as error:
        print(error, file=sys.stderr)
        return 2


if __name__ == "__main__":
    sys.exit(main())
