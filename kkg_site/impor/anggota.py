"""Members (and their schools) from a spreadsheet: ``kkg-site impor anggota anggota.xlsx``.

Columns are recognised by their header, whatever its case, spacing and punctuation
("No. HP/WA", "Unit Kerja", "Nama Lengkap"); the header row may sit below title rows.
Every problem names the spreadsheet's own row and column. A member already in
``data/anggota.yml`` (same NIP, NUPTK or id) is reported, and updated only with
``--perbarui``; new members and schools are appended as text, keeping the files' comments.
"""

from __future__ import annotations

import io
import re
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any

from pydantic import TypeAdapter, ValidationError

from ..fields import NPSN, Slug
from ..types.anggota.collection import Members
from ..types.anggota.model import Anggota
from ..types.organisasi.collection import Organisasi
from ..types.organisasi.model import Sekolah
from .anggota_columns import (
    LABELS,
    MEMBER_FIELDS,
    Header,
    find_header,
    header_problem,
)
from .common import ImportFailure, Plan, append_records, ascii_slug, load_existing, name_key, unique_id
from .tabel import Cell, Sheet, read_sheets

MEMBERS_FILE = "anggota.yml"
SCHOOLS_FILE = "sekolah.yml"


@dataclass
class Schools:
    """Schools matched in data/sekolah.yml by NPSN, then by name, or new ones to append."""

    existing: dict[str, Sekolah]
    new: dict[str, dict[str, Any]] = field(default_factory=dict)  # id → record to append
    used: set[str] = field(default_factory=set)  # new ones a written member refers to

    def resolve(self, name: str, npsn: str | None) -> tuple[str | None, str | None]:
        """(school id, problem). Matches by NPSN, then by name; otherwise plans a new school."""
        everything = {**{k: v.model_dump(exclude_none=True) for k, v in self.existing.items()}, **self.new}
        if npsn:
            for school_id, school in everything.items():
                if school.get("npsn") == npsn:
                    return school_id, None
        key = _school_key(name)
        for school_id, school in everything.items():
            if key and _school_key(school["nama"]) == key:
                if npsn and school.get("npsn") and school["npsn"] != npsn:
                    return None, (
                        f"NPSN {npsn} berbeda dengan NPSN {school['nama']} di data/sekolah.yml ({school['npsn']}); "
                        "periksa salah satunya"
                    )
                return school_id, None
        if not name:
            return None, "NPSN ini tidak ada di data/sekolah.yml; isi juga nama sekolahnya"
        school_id = unique_id(
            ascii_slug(re.sub(r"^sd negeri\b", "sdn", _school_words(name))) or "sekolah", set(everything)
        )
        record: dict[str, Any] = {"id": school_id, "nama": name}
        if npsn:
            record["npsn"] = npsn
        words = _school_words(name).split()
        if "negeri" in words or "swasta" in words:
            record["status"] = "negeri" if "negeri" in words else "swasta"
        self.new[school_id] = record
        return school_id, None


def _school_words(name: str) -> str:
    """'SDN 1 Sukamaju' and 'SD Negeri 1 Sukamaju' in one spelling."""
    words = re.sub(r"[^a-z0-9]+", " ", name.casefold()).split()
    spelled = {"sdn": "sd negeri", "sds": "sd swasta", "sdit": "sd islam terpadu"}
    text = " ".join(spelled.get(word, word) for word in words)
    return re.sub(r"\bsd n\b", "sd negeri", text)


def _school_key(name: str) -> str:
    return _school_words(name).replace(" ", "")


_CHECKS: dict[str, TypeAdapter[Any]] = {
    name: TypeAdapter(Anggota.model_fields[name].annotation) for name in ("nip", "nuptk", "surel")
}
_NPSN = TypeAdapter(NPSN)
_SLUG = TypeAdapter(Slug)


def _checked(adapter: TypeAdapter[Any], field: str, text: str, problems: list[tuple[str, str]]) -> str | None:
    """``text`` as ``adapter`` validates it; None, and the problem noted under ``field``, when it is not valid."""
    try:
        value: str = adapter.validate_python(text)
    except ValidationError as error:
        problems.append((field, error.errors()[0]["msg"]))
        return None
    return value


@dataclass
class Row:
    where: str  # "anggota.xlsx baris 14", or with the sheet: "anggota.xlsx, lembar SDN 2 baris 14"
    npsn_title: str  # the NPSN column's header as written, for messages about the school
    record: dict[str, Any]


def plan(source: Path, data_dir: Path, today: date, update: bool) -> Plan:
    if source.is_dir():
        raise ImportFailure(f"{source} adalah folder; impor anggota membaca satu berkas .xlsx atau .csv.")
    sheets = read_sheets(source)
    found = [(sheet, header) for sheet in sheets if (header := find_header(sheet))]
    if not found:
        raise ImportFailure(header_problem(sheets))
    index = load_existing(data_dir, today)
    result = Plan(data_dir)
    rows = []
    for sheet, header in found:  # a list per school, one sheet each, is common
        if header.unknown:
            result.notes.append(f"{sheet.name}: kolom yang tidak dipakai: {', '.join(header.unknown)}.")
        rows += _rows(sheet, header, result)
    members = index[Members]
    schools = Schools({school.id: school for school in index[Organisasi].schools.items})
    by_number = {
        (kind, getattr(member, kind)): member.id
        for member in members.items
        for kind in ("nip", "nuptk")
        if getattr(member, kind)
    }
    taken = set(members)  # every known id, also of a member whose record has errors
    earlier: list[Row] = []
    new: list[dict[str, Any]] = []
    updates: dict[str, dict[str, Any]] = {}
    same = 0
    for row in rows:
        record = row.record
        where = row.where
        twin = next(((other, how) for other in earlier if (how := _same_person(other.record, record))), None)
        if twin is not None:
            result.problems.append(
                f"{where}: anggota yang sama dengan {twin[0].where} ({twin[1]} sama); hapus salah satunya"
            )
            continue
        earlier.append(row)
        school_name, npsn = record.pop("_sekolah", ""), record.pop("_npsn", None)
        if school_name or npsn:
            school_id, problem = schools.resolve(school_name, npsn)
            if problem:
                result.problems.append(f"{where}, kolom {row.npsn_title}: {problem}")
                continue
            record["sekolah"] = school_id
            record = {name: record[name] for name in MEMBER_FIELDS if name in record}  # the files' key order
        match, how = _existing(record, members, by_number)
        if match is None and record["id"] in taken:  # same name, other NIP/NUPTK: another person
            record["id"] = unique_id(record["id"], taken)
            result.notes.append(f"{where}: nama sama dengan anggota lain, diberi id {record['id']}.")
        if match is None:
            taken.add(record["id"])
            new.append(record)
            schools.used.add(record.get("sekolah", ""))
            continue
        matched = members.get(match)
        assert matched is not None  # _existing matches valid members only
        existing = matched.model_dump(exclude_none=True)
        changed = {k: v for k, v in record.items() if k != "id" and existing.get(k) != v}
        if not changed:
            same += 1
        elif update:
            updates[match] = changed
            schools.used.add(changed.get("sekolah", ""))
            result.notes.append(f"{where}: {match} diperbarui ({', '.join(changed)}).")
        else:
            result.notes.append(
                f"{where}: {record['nama']} sudah ada sebagai {match} ({how} sama); berbeda: {', '.join(changed)}. "
                "Tidak diubah; jalankan lagi dengan --perbarui untuk memperbarui."
            )
    if result.problems:
        return result
    new_schools = [school for school_id, school in schools.new.items() if school_id in schools.used]
    heading = f"diimpor dari {source.name}, {today.isoformat()}"
    if new_schools:
        result.write(
            SCHOOLS_FILE, append_records(result.current(SCHOOLS_FILE), new_schools, "sekolah", SCHOOLS_FILE, heading)
        )
        result.notes.append(f"{len(new_schools)} sekolah baru: {', '.join(s['nama'] for s in new_schools)}.")
    text = result.current(MEMBERS_FILE)
    if updates:
        text = _updated(text or "", updates)
    if new:
        text = append_records(text, new, "anggota", MEMBERS_FILE, heading)
    if text is not None:
        result.write(MEMBERS_FILE, text)
    result.notes.append(f"{len(new)} anggota baru, {len(updates)} diperbarui, {same} sudah ada dan sama.")
    return result


def _rows(sheet: Sheet, header: Header, result: Plan) -> list[Row]:
    rows = []
    for number, cells in sheet.rows:
        if number <= header.row:
            continue
        values = {
            name: cells[position] if position < len(cells) else Cell("") for name, position in header.columns.items()
        }
        if not any(cell.text for cell in values.values()):
            continue  # blank row
        record, problems = _record(values)
        for column, message in problems:
            result.problems.append(f"{sheet.name} baris {number}, kolom {header.titles[column]}: {message}")
        if not problems:
            rows.append(Row(f"{sheet.name} baris {number}", header.titles.get("npsn", "NPSN"), record))
    return rows


def _record(values: dict[str, Cell]) -> tuple[dict[str, Any], list[tuple[str, str]]]:
    problems: list[tuple[str, str]] = []
    text = {name: cell.text for name, cell in values.items() if cell.text}
    if "nama" not in text:
        return {}, [("nama", "nama kosong, padahal baris ini berisi data; isi namanya atau hapus barisnya")]
    record: dict[str, Any] = {"id": name_key(text["nama"]), "nama": text["nama"]}
    if "id" in text:
        record["id"] = _checked(_SLUG, "id", text["id"], problems)
    elif not record["id"]:
        problems.append(("nama", f"'{text['nama']}' tidak memuat huruf atau angka untuk dijadikan id"))
    for name in ("nip", "nuptk"):
        cell = values.get(name)
        if cell is None or not cell.text:
            continue
        if cell.digits_lost:
            problems.append(
                (
                    name,
                    (
                        f"{LABELS[name]} tersimpan sebagai angka, sehingga angka terakhirnya hilang ({cell.text}); "
                        "ubah format kolom menjadi Teks lalu ketik ulang nomornya"
                    ),
                )
            )
            continue
        if (number := _checked(_CHECKS[name], name, cell.text, problems)) is not None:
            record[name] = number
    if "telepon" in text:
        phone = text["telepon"]
        # A phone number typed into a number cell lost its leading 0: 81234567890 was 081234567890.
        record["telepon"] = "0" + phone if values["telepon"].number and phone.startswith("8") else phone
    if "surel" in text and (email := _checked(_CHECKS["surel"], "surel", text["surel"], problems)) is not None:
        record["surel"] = email.strip()
    for name in ("tugas", "alamat"):
        if name in text:
            record[name] = text[name]
    if "npsn" in text and (npsn := _checked(_NPSN, "npsn", text["npsn"], problems)) is not None:
        record["_npsn"] = npsn
    record["_sekolah"] = text.get("sekolah", "")
    ordered = {name: record[name] for name in MEMBER_FIELDS if name in record}
    return ordered | {k: v for k, v in record.items() if k.startswith("_")}, problems


def _same_person(one: dict[str, Any], other: dict[str, Any]) -> str | None:
    """What shows that two rows describe one person: the same NIP or NUPTK, or the same
    name with no number telling them apart."""
    for kind, label in (("nip", "NIP"), ("nuptk", "NUPTK")):
        if one.get(kind) and one.get(kind) == other.get(kind):
            return label
    apart = any(one.get(kind) and other.get(kind) and one[kind] != other[kind] for kind in ("nip", "nuptk"))
    return "nama" if one["id"] == other["id"] and not apart else None


def _existing(record: dict[str, Any], members: Any, by_number: dict[tuple[str, str], str]) -> tuple[str | None, str]:
    """The id of the member this row describes, and what matched (NIP, NUPTK or id)."""
    for kind, label in (("nip", "NIP"), ("nuptk", "NUPTK")):
        if record.get(kind) and (kind, record[kind]) in by_number:
            return by_number[(kind, record[kind])], label
    existing = members.get(record["id"])
    if existing is None:
        return None, ""
    # The same name with a different NIP or NUPTK is another person.
    for kind in ("nip", "nuptk"):
        if record.get(kind) and getattr(existing, kind) and getattr(existing, kind) != record[kind]:
            return None, ""
    return record["id"], "id"


def _updated(text: str, updates: dict[str, dict[str, Any]]) -> str:
    """``text`` (data/anggota.yml) with the members' fields changed in place; comments and
    every other line stay as they were (ruamel.yaml round trip)."""
    from ruamel.yaml import YAML
    from ruamel.yaml.scalarstring import DoubleQuotedScalarString

    yaml = YAML()
    yaml.preserve_quotes = True
    yaml.width = 4096
    yaml.indent(mapping=2, sequence=2, offset=0)
    document = yaml.load(text)
    for item in document:
        changes = updates.get(item.get("id"))
        for key, value in (changes or {}).items():
            item[key] = DoubleQuotedScalarString(value) if re.fullmatch(r"[\d\s+\-().]+", value) else value
    stream = io.StringIO()
    yaml.dump(document, stream)
    return stream.getvalue()
