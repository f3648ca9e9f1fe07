"""Materials from a folder tree (as downloaded from a shared drive):
``kkg-site impor materi "Materi KKG/"``.

One material per file, or per sub-folder whose name says nothing about class or
subject (its files are one material's attachments). Subject, class, phase, semester
and kind are read from the folder and file names ("Kelas 4/Matematika/Soal Pecahan.pdf",
"MTK", "B. Indo", "fase B", "Semester 2"); the files are copied next to the material's
file in ``data/materi/<mapel>/`` under safe lower-case names. What cannot be decided
from the names is listed, not guessed.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any

from ..types.materi.berkas import KINDS
from ..types.materi.collection import Materials
from ..types.organisasi.collection import Organisasi
from ..types.organisasi.mapel import ALIASES
from .common import ImportFailure, Plan, ascii_slug, dump_yaml, load_existing, modeline

FOLDER = "materi"
SKIPPED_NAMES = {"desktop.ini", "thumbs.db", ".ds_store"}
ROMAN = {"i": 1, "ii": 2, "iii": 3, "iv": 4, "v": 5, "vi": 6}
_KELAS = re.compile(
    r"\b(?:kelas|kls|kl)\s*\.?\s*([1-6]|i{1,3}|iv|vi?)\b(?:\s*(?:-|–|dan|&|,|s\.?d\.?)\s*([1-6]|i{1,3}|iv|vi?)\b)?"
)
_FASE = re.compile(r"\bfase\s*([abc])\b")
_SEMESTER = re.compile(r"\b(?:(ganjil|genap)|(?:semester|smt|sem)\s*\.?\s*([12]|i{1,2}))\b")
JENIS_WORDS = (
    ("soal", ("soal", "ulangan", "asesmen", "sts", "sas", "pts", "pas", "uh", "kisi", "evaluasi", "latihan")),
    ("lkpd", ("lkpd", "lks", "lembar kerja")),
    ("modul-ajar", ("modul", "rpp", "modul ajar")),
    ("media", ("media", "video", "presentasi", "ppt", "poster", "gambar", "audio", "slide")),
)
MEDIA_SUFFIXES = {".ppt", ".pptx", ".odp", ".jpg", ".jpeg", ".png", ".gif", ".webp", ".mp3", ".mp4", ".m4a", ".webm"}


@dataclass
class Facts:
    mapel: set[str] = field(default_factory=set)
    kelas: set[int] = field(default_factory=set)
    fase: str | None = None
    semester: str | None = None

    @property
    def any(self) -> bool:
        return bool(self.mapel or self.kelas or self.fase or self.semester)


def facts_of(name: str, subjects: list[str]) -> Facts:
    """What a folder or file name says: 'Kelas 4', 'MTK', 'B. Indo', 'fase B', 'Semester 2'."""
    text = " ".join(re.sub(r"[_]+", " ", name).casefold().split())
    facts = Facts()
    for grades in _KELAS.finditer(text):
        first = int(ROMAN.get(grades[1], grades[1]))
        last = int(ROMAN.get(grades[2], grades[2])) if grades[2] else first
        facts.kelas |= set(range(min(first, last), max(first, last) + 1))
    if match := _FASE.search(text):
        facts.fase = match[1].upper()
    if match := _SEMESTER.search(text):
        facts.semester = match[1] or ("ganjil" if match[2] in ("1", "i") else "genap")
    facts.mapel = subjects_in(text, subjects)
    return facts


def subjects_in(text: str, subjects: list[str]) -> set[str]:
    """Subjects named in ``text`` in full ('Bahasa Indonesia') or short ('MTK', 'B. Indo')."""
    found = {subject for subject in subjects if re.search(rf"\b{re.escape(subject.casefold())}\b", text)}
    words = re.findall(r"[a-z]+", text)
    # One word ("mtk") or two written apart ("b. indo", "b indo") may be a short form.
    for size in (1, 2, 3):
        for start in range(len(words) - size + 1):
            subject = ALIASES.get("".join(words[start : start + size]))
            if subject in subjects:
                found.add(subject)
    # "Pendidikan Pancasila" also contains the alias "pancasila": keep the most specific names.
    return {subject for subject in found if not any(subject != other and subject in other for other in found)}


def jenis_of(names: list[str], suffixes: set[str]) -> str:
    text = " ".join(names).casefold().replace("_", " ")
    for jenis, words in JENIS_WORDS:
        if any(re.search(rf"\b{re.escape(word)}\b", text) for word in words):
            return jenis
    return "media" if suffixes and suffixes <= MEDIA_SUFFIXES else "materi"


@dataclass
class Item:
    """One material to be: its title, where it was found and its files."""

    title: str
    source: Path  # relative to the imported folder, for messages
    files: list[Path]
    names: list[str]  # folder and file names that describe it, outermost first


def plan(source: Path, data_dir: Path, today: date, update: bool) -> Plan:
    if not source.is_dir():
        raise ImportFailure(
            f"{source} bukan folder. Impor materi membaca satu folder (boleh bersubfolder), mis. hasil unduhan Google Drive."
        )
    index = load_existing(data_dir, today)
    kkg = index[Organisasi].kkg
    subjects = kkg.mapel_list if kkg else []
    existing = {m.id: Path(m.source_file).relative_to("data") for m in index[Materials].items}
    result = Plan(data_dir)
    items, skipped = collect(source, subjects)
    if skipped:
        result.notes.append(f"Dilewati (jenis berkas tidak didukung): {', '.join(skipped)}.")
    taken: set[str] = set()  # ids given in this run
    outcomes: Counter[str] = Counter()
    for item in items:
        facts = Facts()
        for name in item.names:
            found = facts_of(name, subjects)
            facts.mapel |= found.mapel
            facts.kelas |= found.kelas
            facts.fase = found.fase or facts.fase
            facts.semester = found.semester or facts.semester
        if len(facts.mapel) != 1:
            why = (
                "mata pelajaran tidak dikenali dari nama folder atau berkas"
                if not facts.mapel
                else (f"lebih dari satu mata pelajaran ({', '.join(sorted(facts.mapel))})")
            )
            result.notes.append(
                f"Perlu keputusan: {item.source}: {why}; tidak diimpor. Beri nama folder mapelnya, mis. Matematika."
            )
            continue
        outcomes[_add(result, item, facts, existing, taken, update)] += 1
    result.notes.append(
        f"{len(items)} materi ditemukan: {outcomes['baru']} baru atau berubah, {outcomes['sama']} sudah ada dan sama, "
        f"{len(items) - outcomes['baru'] - outcomes['sama']} tidak diimpor."
    )
    return result


def collect(source: Path, subjects: list[str]) -> tuple[list[Item], list[str]]:
    """The materials in ``source``: one per file, or one per sub-folder that names no class or subject."""
    items: list[Item] = []
    skipped: list[str] = []

    def visit(folder: Path, names: list[str]) -> None:
        entries = sorted(
            p for p in folder.iterdir() if not p.name.startswith((".", "~$")) and p.name.casefold() not in SKIPPED_NAMES
        )
        files = [p for p in entries if p.is_file() and not p.is_symlink()]
        usable = [p for p in files if p.suffix.lower() in KINDS]
        skipped.extend(str(p.relative_to(source)) for p in files if p not in usable)
        folders = [p for p in entries if p.is_dir() and not p.is_symlink()]
        if folder != source and usable and not folders and not facts_of(folder.name, subjects).any and len(usable) > 1:
            items.append(Item(_title(folder.name), folder.relative_to(source), usable, names))
            return
        for path in usable:
            items.append(Item(_title(path.stem), path.relative_to(source), [path], [*names, path.stem]))
        for sub in folders:
            visit(sub, [*names, sub.name])

    visit(source, [])
    return items, skipped


def _title(name: str) -> str:
    """'01_soal pecahan' → 'Soal pecahan': the ordering number of a drive listing is no part of a title."""
    text = " ".join(re.sub(r"[_]+", " ", name).split())
    text = re.sub(r"^\d{1,3}\s*[.)-]?\s+(?=\D)", "", text)
    return text[:1].upper() + text[1:]


def _add(result: Plan, item: Item, facts: Facts, existing: dict[str, Path], taken: set[str], update: bool) -> str:
    """Plan one material; 'baru', 'sama' (already there, unchanged) or 'lewat' (left alone)."""
    (mapel,) = facts.mapel
    folder = f"{FOLDER}/{ascii_slug(mapel)}"
    base = ascii_slug(item.title) or "materi"
    if len(facts.kelas) == 1 and f"kelas-{min(facts.kelas)}" not in base:
        base += f"-kelas-{min(facts.kelas)}"
    item_id = _material_id(base, folder, existing, taken)
    relative = f"{folder}/{item_id}.yml"
    attachments = [_file_name(result, folder, path) for path in item.files]
    record: dict[str, Any] = {
        "judul": item.title,
        "jenis": jenis_of(item.names, {path.suffix.lower() for path in item.files}),
        "mapel": mapel,
    }
    if facts.kelas:
        record["kelas"] = sorted(facts.kelas)
    elif facts.fase:
        record["fase"] = facts.fase
    if facts.semester:
        record["semester"] = facts.semester
    record["berkas"] = attachments
    text = f"{modeline('materi', relative)}\n# Diimpor dari: {item.source.as_posix()}\n{dump_yaml(record)}"
    current = result.current(relative)
    if current is not None and current != text and not update:
        result.notes.append(
            f"{item.source}: data/{relative} sudah ada dan berbeda; tidak ditimpa (pakai --perbarui untuk menimpanya)."
        )
        return "lewat"
    if current == text:
        return "sama"
    result.write(relative, text)
    for name, path in zip(attachments, item.files, strict=True):
        target = result.data_dir / folder / name
        if not (target.is_file() and target.read_bytes() == path.read_bytes()):
            result.copy(f"{folder}/{name}", path)
    if not facts.kelas and not facts.fase:
        result.notes.append(
            f"{item.source}: kelas tidak disebut di nama folder atau berkas; ditulis untuk semua kelas."
        )
    return "baru"


def _material_id(base: str, folder: str, existing: dict[str, Path], taken: set[str]) -> str:
    """``base``, or ``base-2``…: the first id neither given in this run nor used by a material
    elsewhere; a material already at this place keeps its id, so importing again finds it."""
    number = 1
    while True:
        candidate = base if number == 1 else f"{base}-{number}"
        if candidate not in taken and existing.get(candidate, Path(f"{folder}/{candidate}.yml")) == Path(
            f"{folder}/{candidate}.yml"
        ):
            taken.add(candidate)
            return candidate
        number += 1


def _file_name(result: Plan, folder: str, path: Path) -> str:
    """A safe lower-case name in ``folder`` for ``path``: its own if free or holding the same bytes."""
    stem, suffix = ascii_slug(path.stem) or "berkas", path.suffix.lower()
    number = 1
    while True:
        name = f"{stem}{f'-{number}' if number > 1 else ''}{suffix}"
        relative = f"{folder}/{name}"
        target = result.data_dir / relative
        planned = result.copies.get(relative)
        if planned == path or (planned is None and (not target.exists() or target.read_bytes() == path.read_bytes())):
            return name
        number += 1
