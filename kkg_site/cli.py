"""The ``kkg-site`` command: check the data, scaffold new files.

    kkg-site periksa            check data/ without building (exit 1 on errors)
    kkg-site baru notulen       write a new, dated file from a commented template
    kkg-site skema              write schemas/, .pages.yml and .vscode/settings.json from the models
    kkg-site mulai <folder>     write a new, empty portal for another KKG (kkg_site.starter)
    kkg-site impor anggota x.xlsx   import existing records (anggota, notulen, materi) into data/
    kkg-site migrasi [--coba]   rewrite data/ to the current data format (kkg_site.migrate)

Messages are for teachers: Indonesian, and never a traceback for a mistake on the
command line (exit 2) or in the data (exit 1).
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from . import editors, migrate, starter
from .cliparser import IndonesianParser
from .errors import DataErrors, suggest
from .fields import slugify
from .generator import load
from .impor import KINDS as IMPORT_KINDS
from .impor import run as run_import
from .registry import scaffolding
from .report import print_annotations
from .site import BadBuildDate, build_date_override, command_date


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
        f"{len(collection)} {name}" for name, collection in index.collections.items() if hasattr(collection, "__len__")
    )
    print(f"Data valid ({counts}).")
    return 0


def _baru(args: argparse.Namespace) -> int:
    data_dir = Path(args.data)
    if _missing_data_dir(data_dir):
        return 2
    scaffolds = scaffolding()
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
    new_file = content_type.scaffold(command_date(), slug)
    path = data_dir / new_file.path
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        with path.open("x", encoding="utf-8") as handle:  # "x": never overwrite, even in a race
            handle.write(new_file.text)
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


def _mulai(args: argparse.Namespace) -> int:
    folder = Path(args.folder)
    if starter.occupied(folder):
        print(
            f"Folder {folder} sudah berisi berkas; portal baru hanya ditulis ke folder baru atau kosong.",
            file=sys.stderr,
        )
        return 2
    try:
        written = starter.create(folder, args.paket)
    except OSError as error:
        print(f"Portal tidak dapat ditulis ke {folder} ({error.strerror}).", file=sys.stderr)
        return 1
    except starter.NotInstalled:
        print("kkg-site belum terpasang (pip install ...), jadi repositorinya tidak diketahui.", file=sys.stderr)
        return 2
    guide = folder / "content" / "panduan" / "index.md"
    print(f"Portal baru ditulis ke {folder} ({len(written)} berkas). Langkah berikutnya: {guide}")
    return 0


def _impor(args: argparse.Namespace) -> int:
    data_dir = Path(args.data)
    if _missing_data_dir(data_dir):
        return 2
    return run_import(args.jenis, Path(args.sumber), data_dir, command_date(), trial=args.coba, update=args.perbarui)


def _migrasi(args: argparse.Namespace) -> int:
    data_dir = Path(args.data)
    if _missing_data_dir(data_dir):
        return 2
    result = migrate.migrate(data_dir, write=not args.coba)
    for path in result.changed:
        print(path)
    for note in result.notes:
        print(f"Ubah sendiri: {note}", file=sys.stderr)
    if result.notes:
        print(
            "Format data belum diperbarui: ubah berkas di atas, lalu jalankan kkg-site migrasi lagi.", file=sys.stderr
        )
        return 1
    if not result.changed:
        print(f"Data sudah dalam format terbaru (versi {migrate.DATA_FORMAT}).")
    elif args.coba:
        print(
            f"{len(result.changed)} berkas akan diubah dari format versi {result.found} ke versi {migrate.DATA_FORMAT} (tidak ada yang ditulis)."
        )
    else:
        print(f"{len(result.changed)} berkas diubah dari format versi {result.found} ke versi {migrate.DATA_FORMAT}.")
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
    mulai = commands.add_parser("mulai", help="buat portal baru yang kosong untuk KKG lain")
    mulai.add_argument("folder", help="folder baru untuk portal itu")
    mulai.add_argument("--paket", help="sumber kkg-site yang dipasang portal (bawaan: versi ini dari repositorinya)")
    mulai.set_defaults(run=_mulai)
    impor = commands.add_parser(
        "impor",
        help="masukkan data lama: anggota dari Excel/CSV, notulen dari Word, materi dari folder",
        description='Memindahkan data lama ke data/. Memerlukan: pip install "kkg-site[impor]".',
    )
    impor.add_argument(
        "jenis",
        choices=list(IMPORT_KINDS),
        metavar="jenis",
        help="anggota (dari .xlsx/.csv), notulen (dari .docx) atau materi (dari folder)",
    )
    impor.add_argument("sumber", help="berkas (.xlsx, .csv, .docx) atau folder yang diimpor")
    impor.add_argument("--coba", action="store_true", help="tampilkan apa yang akan ditulis, tanpa menulis apa pun")
    impor.add_argument("--perbarui", action="store_true", help="perbarui anggota atau berkas yang sudah ada")
    impor.set_defaults(run=_impor)
    migrasi = commands.add_parser("migrasi", help="ubah berkas data ke format data terbaru (komentar dan urutan tetap)")
    migrasi.add_argument("--coba", action="store_true", help="tampilkan berkas yang akan diubah tanpa menulisnya")
    migrasi.set_defaults(run=_migrasi)
    args = parser.parse_args(argv)
    try:
        return args.run(args)
    except BadBuildDate as error:
        print(error, file=sys.stderr)
        return 2


if __name__ == "__main__":
    sys.exit(main())
