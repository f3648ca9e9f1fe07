"""``kkg-site impor``: a KKG's existing records into ``data/``.

    kkg-site impor anggota anggota.xlsx     members and schools from a spreadsheet (.xlsx, .csv)
    kkg-site impor notulen notulen.docx      minutes from Word (a file or a folder), as drafts
    kkg-site impor materi "Materi KKG/"      materials from a folder tree, files copied

Each importer plans the files it would write (``common.Plan``); the plan is checked
with the project's own loader on a copy of ``data/`` and written only when the whole
result passes, so nothing is ever half imported. The file-format libraries are the
optional extra ``impor``.
"""

from __future__ import annotations

import importlib
import sys
from datetime import date
from pathlib import Path

from .common import ImportFailure

# kind → (module, the libraries its formats need, by file suffix; None: any input)
KINDS: dict[str, tuple[str, dict[str | None, tuple[str, ...]]]] = {
    "anggota": ("anggota", {None: ("ruamel.yaml",), ".xlsx": ("openpyxl",), ".xlsm": ("openpyxl",)}),
    "notulen": ("notulen", {None: ("docx",)}),
    "materi": ("materi", {}),
}
INSTALL = 'pip install "kkg-site[impor]"'
PACKAGE_OF = {"docx": "python-docx"}  # module → the name pip knows it by, where they differ


def missing_libraries(kind: str, source: Path) -> list[str]:
    _, needs = KINDS[kind]
    wanted = needs.get(None, ()) + needs.get(source.suffix.lower(), ())
    return [PACKAGE_OF.get(name, name) for name in wanted if not _available(name)]


def _available(module: str) -> bool:
    try:
        importlib.import_module(module)
    except ImportError:
        return False
    return True


def run(kind: str, source: Path, data_dir: Path, today: date, *, trial: bool, update: bool) -> int:
    """Import ``source`` as ``kind``; print what was (or, on trial, would be) written. Exit status."""
    if not source.exists():
        print(f"Berkas atau folder tidak ditemukan: {source}", file=sys.stderr)
        return 2
    missing = missing_libraries(kind, source)
    if missing:
        print(
            f"Impor {kind} memerlukan pustaka tambahan ({', '.join(missing)}). Pasang dengan:\n    {INSTALL}",
            file=sys.stderr,
        )
        return 2
    module = importlib.import_module(f"{__name__}.{KINDS[kind][0]}")
    try:
        plan = module.plan(source, data_dir, today, update)
    except ImportFailure as failure:
        print(failure, file=sys.stderr)
        print("Tidak ada yang ditulis.", file=sys.stderr)
        return 1
    if plan.problems:
        for problem in plan.problems:
            print(problem, file=sys.stderr)
        print(
            f"{len(plan.problems)} masalah; tidak ada yang ditulis. Perbaiki berkasnya lalu impor lagi.",
            file=sys.stderr,
        )
        return 1
    for note in plan.notes:
        print(note)
    if plan.empty:
        print("Tidak ada perubahan: semua isi berkas itu sudah ada di data/.")
        return 0
    errors = plan.validate(today)
    if errors:
        for error in errors:
            print(error, file=sys.stderr)
        print("Hasil impor tidak lolos pemeriksaan (kkg-site periksa); tidak ada yang ditulis.", file=sys.stderr)
        return 1
    for line in plan.describe(show_content=trial):
        print(line)
    if trial:
        print("Coba saja (--coba): tidak ada yang ditulis.")
        return 0
    plan.apply()
    print("Selesai. Periksa hasilnya (git diff), lalu kkg-site periksa dan simpan (commit).")
    return 0
