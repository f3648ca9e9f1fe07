"""Minutes from Word: ``kkg-site impor notulen notulen.docx`` (a file, or a folder of them).

What the document says fills the front matter: the title from its first heading, the
date from Indonesian date text ("Sabtu, 14 November 2026"), place and time from lines
such as "Tempat: …", attendees from a list or a table (matched to member ids; the
others kept as guests), decisions from the list under "Keputusan"/"Kesimpulan", action
items from a table with who/what/when columns. The rest becomes the Markdown body. The
minutes are written as ``status: draf``: the secretary reviews them before they appear.
"""

from __future__ import annotations

import re
import zipfile
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any

from pydantic import TypeAdapter, ValidationError

from ..timerange import JamField
from ..types.anggota.collection import Members
from .common import ImportFailure, Plan, ascii_slug, dump_yaml, header_key, load_existing, name_key, refuse_ole
from .notulen_words import (
    BULLET,
    DAY,
    DAYS,
    FIELD_LINE,
    FIELDS,
    GENERIC_TITLES,
    NOTE_COLUMNS,
    NUMBERED,
    ROLE_COLUMNS,
    SECTIONS,
    TASK_COLUMNS,
    TIME,
    WHEN_COLUMNS,
    WHO_COLUMNS,
    parse_date,
)

FOLDER = "notulen"

_JAM = TypeAdapter(JamField)


def plan(source: Path, data_dir: Path, today: date, update: bool) -> Plan:
    files = sorted(p for p in source.rglob("*.docx") if not p.name.startswith("~$")) if source.is_dir() else [source]
    if not files:
        raise ImportFailure(f"Tidak ada berkas .docx di folder {source}.")
    index = load_existing(data_dir, today)
    members = {name_key(member.nama): member.id for member in index[Members].items}
    members |= {member.id: member.id for member in index[Members].items}
    result = Plan(data_dir)
    for path in files:
        minutes = read_minutes(path, members)
        _add(result, path, minutes, update)
    return result


def _add(result: Plan, path: Path, minutes: Minutes, update: bool) -> None:
    if minutes.tanggal is None:
        result.problems.append(
            f"{path.name}: tanggal rapat tidak ditemukan; tulis di dokumen baris seperti "
            "'Hari, tanggal: Sabtu, 14 November 2026'"
        )
        return
    relative = f"{FOLDER}/{minutes.tanggal.isoformat()}-{ascii_slug(minutes.judul)[:60].strip('-') or 'rapat'}.md"
    text = minutes.text()
    current = result.current(relative)
    if current is not None and current != text and not update:
        result.notes.append(
            f"{path.name}: data/{relative} sudah ada dan berbeda; tidak ditimpa (pakai --perbarui untuk menimpanya)."
        )
        return
    result.write(relative, text)
    result.notes.append(f"{path.name} → data/{relative} (status: draf)")
    result.notes += [f"  {line}" for line in minutes.summary()]


@dataclass
class Minutes:
    judul: str = ""
    tanggal: date | None = None
    jam: str | None = None
    tempat: str | None = None
    jenis: str | None = None
    pimpinan: str | None = None
    notulis: str | None = None
    hadir: list[str] = field(default_factory=list)
    izin: list[str] = field(default_factory=list)
    tamu: list[str] = field(default_factory=list)
    agenda: list[str] = field(default_factory=list)
    keputusan: list[str] = field(default_factory=list)
    tindak_lanjut: list[dict[str, Any]] = field(default_factory=list)
    body: list[str] = field(default_factory=list)
    unsure: list[str] = field(default_factory=list)  # what a person has to decide

    def front_matter(self) -> dict[str, Any]:
        keys = (
            "judul",
            "tanggal",
            "jam",
            "tempat",
            "jenis",
            "pimpinan",
            "notulis",
            "hadir",
            "izin",
            "tamu",
            "agenda",
            "keputusan",
            "tindak_lanjut",
        )
        data = {key: getattr(self, key) for key in keys if getattr(self, key) not in (None, [], "")}
        return data | {"status": "draf"}

    def text(self) -> str:
        front = f"---\n{dump_yaml(self.front_matter())}---\n"
        body = "\n\n".join(self.body).strip()
        return f"{front}\n{body}\n" if body else front

    def summary(self) -> list[str]:
        found = [
            f"{key}: {len(value)}"
            for key, value in (
                ("hadir", self.hadir),
                ("izin", self.izin),
                ("tamu", self.tamu),
                ("agenda", self.agenda),
                ("keputusan", self.keputusan),
                ("tindak lanjut", self.tindak_lanjut),
            )
        ]
        missing = [key for key in ("jam", "tempat", "pimpinan", "notulis") if getattr(self, key) is None]
        lines = [f"dikenali: judul, tanggal, {', '.join(found)}"]
        if missing:
            lines.append(f"tidak ditemukan: {', '.join(missing)}")
        return lines + [f"perlu diperiksa: {item}" for item in self.unsure]


def read_minutes(path: Path, members: dict[str, str]) -> Minutes:
    document = _open(path)
    reader = _Reader(members)
    for block in document.iter_inner_content():
        if hasattr(block, "rows"):
            reader.table(block)
        else:
            reader.paragraph(block)
    return reader.finish(path)


def _open(path: Path) -> Any:
    import docx

    refuse_ole(path, "Word", ".doc", ".docx")
    if path.suffix.lower() != ".docx" or not zipfile.is_zipfile(path):
        raise ImportFailure(f"{path.name} bukan dokumen Word (.docx). Impor notulen membaca berkas .docx.")
    try:
        return docx.Document(str(path))
    except Exception as error:
        raise ImportFailure(
            f"{path.name} tidak dapat dibaca sebagai dokumen Word ({type(error).__name__}); simpan ulang sebagai .docx."
        ) from error


class _Reader:
    """Reads a document block by block, in order, remembering the section it is in."""

    def __init__(self, members: dict[str, str]) -> None:
        self.members = members
        self.minutes = Minutes()
        self.section: str | None = None
        self.date_line: str | None = None

    def member(self, name: str) -> str | None:
        return self.members.get(name_key(name)) or self.members.get(name.strip())

    # --- paragraphs -------------------------------------------------------------

    def paragraph(self, paragraph: Any) -> None:
        text = " ".join(paragraph.text.split())
        if not text:
            return
        style = (paragraph.style.name if paragraph.style is not None else "").casefold()
        is_list = "list" in style or (paragraph._p.pPr is not None and paragraph._p.pPr.numPr is not None)
        bold = all(run.bold for run in paragraph.runs if run.text.strip()) and len(text) < 80
        heading = style.startswith(("heading", "title", "judul")) or (bold and not is_list)
        if heading or (text.endswith(":") and header_key(text) in SECTIONS):
            self.heading(text)
            return
        if self.field_line(text):
            return
        if not self.minutes.judul:  # the first line of a document without headings is its title
            self.heading(text)
            return
        item = BULLET.sub("", NUMBERED.sub("", text)) if is_list or NUMBERED.match(text) or BULLET.match(text) else None
        if item is not None and self.section in ("keputusan", "agenda"):
            getattr(self.minutes, self.section).append(item)
        elif self.section in ("hadir", "izin"):
            self.attendee(item or text, self.section)
        elif item is not None:
            self.minutes.body.append(f"{'1.' if NUMBERED.match(text) or 'number' in style else '-'} {item}")
        else:
            self.minutes.body.append(_escape(text))

    def heading(self, text: str) -> None:
        key = header_key(text)
        if not self.minutes.judul:
            if key in GENERIC_TITLES:
                return
            self.minutes.judul = text.rstrip(":")
            return
        self.section = SECTIONS.get(key)
        if self.section is None:
            self.minutes.body.append(f"### {text.rstrip(':')}")

    def field_line(self, text: str) -> bool:
        """'Tempat: Aula SDN 1' and the like, before the sections; True when used."""
        match = FIELD_LINE.match(text)
        kind = FIELDS.get(header_key(match[1])) if match and self.section is None else None
        if match is None or kind is None:
            # A line that is only a date ("Sabtu, 14 November 2026") is the meeting's date.
            if self.minutes.tanggal is None and self.section is None and parse_date(text):
                self.minutes.tanggal, self.date_line = parse_date(text), text
                return True
            return False
        value = match[2].strip()
        if kind == "tanggal":
            self.minutes.tanggal, self.date_line = parse_date(value), value
            time = TIME.search(value)
            if time and self.minutes.jam is None:
                self.set_time(time)
        elif kind == "jam":
            time = TIME.search(value) or re.search(r"(\d{1,2}[.:]\d{2})()", value)
            if time:
                self.set_time(time)
            else:
                self.minutes.unsure.append(f"jam '{value}' tidak dikenali")
        elif kind == "tempat":
            self.minutes.tempat = value
        elif kind in ("pimpinan", "notulis"):
            member = self.member(value)
            if member:
                setattr(self.minutes, kind, member)
            else:
                self.minutes.unsure.append(f"{kind} '{value}' bukan anggota yang dikenal; isi {kind} dengan id anggota")
        elif kind == "agenda":
            self.minutes.agenda += [part.strip() for part in re.split(r";|\d+[.)]\s", value) if part.strip()]
        return True

    def set_time(self, match: re.Match[str]) -> None:
        written = f"{match[1]}–{match[2]}" if match[2] else match[1]
        try:
            self.minutes.jam = str(_JAM.validate_python(written.replace(":", ".")))
        except ValidationError:
            self.minutes.unsure.append(f"jam '{written}' tidak dikenali")

    def attendee(self, text: str, section: str) -> None:
        name = re.split(r"\s+[-–(]", text, maxsplit=1)[0]  # "Siti Nurjanah, S.Pd. (izin)", "Asep - SDN 2"
        member = self.member(name) or self.member(text)
        absent = section == "izin" or re.search(r"izin|sakit|berhalangan", text, re.IGNORECASE)
        if member:
            target = self.minutes.izin if absent else self.minutes.hadir
            if member not in target:
                target.append(member)
        elif not absent:
            self.minutes.tamu.append(text)

    # --- tables -----------------------------------------------------------------

    def table(self, table: Any) -> None:
        rows = [[" ".join(cell.text.split()) for cell in row.cells] for row in table.rows]
        if not rows:
            return
        keys = [header_key(cell) for cell in rows[0]]
        column = {
            kind: next((i for i, key in enumerate(keys) if key in names), None)
            for kind, names in (
                ("task", TASK_COLUMNS),
                ("who", WHO_COLUMNS),
                ("when", WHEN_COLUMNS),
                ("note", NOTE_COLUMNS),
                ("role", ROLE_COLUMNS),
            )
        }
        name_column = next((i for i, key in enumerate(keys) if key.startswith("nama") and "sekolah" not in key), None)
        task_column, who_column = column["task"], column["who"]
        if task_column is not None and who_column is not None:
            self.action_table(rows, task_column, who_column, column["when"])
        elif name_column is not None:
            for row in rows[1:]:
                name = row[name_column]
                if not name:
                    continue
                note = row[column["note"]] if column["note"] is not None else ""
                role = row[column["role"]] if column["role"] is not None else ""
                shown = f"{name} ({role})" if role else name
                if re.search(r"alpa|tidak hadir", note, re.IGNORECASE):
                    continue
                absent = re.search(r"izin|sakit|berhalangan", note, re.IGNORECASE)
                self.attendee(name if self.member(name) else shown, "izin" if absent else "hadir")
        else:
            self.minutes.body.append(_markdown_table(rows))

    def action_table(self, rows: list[list[str]], task_column: int, who_column: int, when_column: int | None) -> None:
        for row in rows[1:]:
            task, who = row[task_column], row[who_column]
            if not task:
                continue
            member = self.member(who)
            if member is None:
                self.minutes.unsure.append(
                    f"tindak lanjut '{task}': penanggung jawab '{who}' bukan anggota; ditulis di pembahasan"
                )
                self.minutes.body.append(f"- Tindak lanjut: {_escape(task)} (penanggung jawab: {_escape(who)})")
                continue
            item: dict[str, Any] = {"tugas": task, "pj": member}
            when = row[when_column] if when_column is not None else ""
            if when and parse_date(when):
                item["tenggat"] = parse_date(when)
            elif when:
                self.minutes.unsure.append(f"tenggat '{when}' untuk '{task}' bukan tanggal; tidak diisi")
            item["selesai"] = False
            self.minutes.tindak_lanjut.append(item)

    # --- the end ----------------------------------------------------------------

    def finish(self, path: Path) -> Minutes:
        minutes = self.minutes
        if not minutes.judul:
            minutes.judul = path.stem
        if minutes.tanggal is None:  # "Rapat Rutin 14 November 2026": the date only in the title
            minutes.tanggal = parse_date(minutes.judul)
        match = re.search(r"rapat\s+(rutin|pleno|pengurus|koordinasi|kerja|anggota)", minutes.judul, re.IGNORECASE)
        if match:
            minutes.jenis = f"rapat {match[1].casefold()}"
        for role in ("pimpinan", "notulis"):
            member = getattr(minutes, role)
            if member and member not in minutes.hadir:
                minutes.hadir.append(member)
        if minutes.tanggal and self.date_line:
            day = DAY.search(self.date_line)
            if day and day[1].casefold().replace("'", "") != DAYS[minutes.tanggal.weekday()]:
                minutes.unsure.append(
                    f"dokumen menulis hari {day[1]}, padahal {minutes.tanggal.isoformat()} hari {DAYS[minutes.tanggal.weekday()].title()}"
                )
        for guest in minutes.tamu:
            minutes.unsure.append(f"'{guest}' tidak cocok dengan anggota mana pun; dicatat sebagai tamu")
        return minutes


def _escape(text: str) -> str:
    """Document text as Markdown that shows it as written (a leading '#' or '1.' is not markup here)."""
    return re.sub(r"^(\d+)([.)])", r"\1\\\2", re.sub(r"^([#>+*-])", r"\\\1", text))


def _markdown_table(rows: list[list[str]]) -> str:
    width = max(len(row) for row in rows)
    cells = [[cell.replace("|", "\\|") for cell in row] + [""] * (width - len(row)) for row in rows]
    lines = ["| " + " | ".join(cells[0]) + " |", "|" + " --- |" * width]
    return "\n".join(lines + ["| " + " | ".join(row) + " |" for row in cells[1:]])
