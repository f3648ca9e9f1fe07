"""The load phase: reading and checking ``data/notulen/`` into the collection.

Checks within one file are made here; references to other collections are
checked in the link phase (``links.py``).
"""

from __future__ import annotations

import os
import posixpath
import re
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from urllib.parse import unquote, urlsplit

from ... import active_content
from ...checks import check_image
from ...errors import ErrorLog
from ...fields import slugify
from ...markdown_limits import markdown_problem
from ...reader import DataReader
from ...record import validate_record
from ...render import BodyImage, markdown_images
from ...yamlio import FrontMatterDocument
from .collection import FOLDER, Minutes, minutes_url
from .model import Notulen

IMAGES = "gambar"  # data/notulen/gambar/: images pasted into a discussion (Pages CMS's media folder)
_FILE_NAME = re.compile(r"^(\d{4})-(\d{2})-(\d{2})-[a-z0-9]+(?:-[a-z0-9]+)*$")


@dataclass(frozen=True)
class BodyPicture(BodyImage):
    """An image of a discussion, published beside the meeting's page from ``source``."""

    source: Path


MAX_BODY = 200_000  # characters: some fifty printed pages; a build renders it in about a second


def newest_first(meetings: list[Notulen]) -> list[Notulen]:
    return sorted(meetings, key=lambda m: (m.tanggal, str(m.jam or ""), m.id), reverse=True)


def load_minutes(reader: DataReader) -> Minutes:
    meetings: list[Notulen] = []
    failed: set[str] = set()
    for path in reader.files(FOLDER, (".md",)):
        meeting = _read_meeting(reader, path)
        if meeting is None:
            failed.add(path.stem)
        else:
            meetings.append(meeting)
    for meeting in meetings:
        _check_meeting(meeting, reader.log)
    published = newest_first([m for m in meetings if not m.draf])
    drafts = newest_first([m for m in meetings if m.draf])
    return Minutes(published, reader.display(reader.data_dir / FOLDER) + "/", failed, drafts)


def _read_meeting(reader: DataReader, path: Path) -> Notulen | None:
    file = reader.display(path)
    document = reader.markdown_file(path)
    meeting = validate_record(Notulen, document.meta, file, reader.log) if document else None
    name_date = _check_file_name(path, file, meeting, reader.log)
    if meeting is None or document is None:
        return None
    if not _body_renders(document, file, reader.log):
        return None
    meeting.attach(path.stem, document.body, _body_pictures(reader, path, document, file))
    if name_date is not None and name_date != meeting.tanggal:
        reader.log.add(
            *meeting.where("tanggal"),
            f"tanggal {meeting.tanggal.isoformat()} berbeda dengan tanggal di nama berkas "
            f"({name_date.isoformat()}); samakan keduanya",
        )
    return meeting


def _body_renders(document: FrontMatterDocument, file: str, log: ErrorLog) -> bool:
    """Whether the Markdown body can be rendered (size, nesting; the reason is logged);
    pasted code it holds gets the warning every other field gets."""
    body = document.body
    problem = markdown_problem(body)
    if len(body) > MAX_BODY:
        problem = f"pembahasan terlalu panjang ({len(body)} karakter); paling banyak {MAX_BODY} karakter, pecah menjadi beberapa notulen"
    if problem:
        log.add(file, document.body_line, "pembahasan", problem)
        return False
    # Markdown images get their own messages (_body_pictures); a raw <img> is still active content
    active_content.report(log, file, document.body_line, "pembahasan", body.replace("![", "["))
    return True


def _body_pictures(reader: DataReader, path: Path, document: FrontMatterDocument, file: str) -> dict[str, BodyPicture]:
    """The images of the discussion that the site publishes, by Markdown target as written.

    Pages CMS writes an image uploaded to ``data/notulen/gambar/`` as ``gambar/<name>`` (the
    media folder's ``output``), which is also its path from the minutes file, so GitHub and
    VS Code show it too. Such an image is checked like every published image (an error if
    it is missing or not what its suffix says); one elsewhere in data/ is an error too (it
    would be published without its owner knowing); one from another site is not shown (the
    site makes no third-party requests), with a warning."""
    pictures: dict[str, BodyPicture] = {}
    gallery = os.path.join(path.parent, IMAGES) + os.sep
    for target in dict.fromkeys(target for target, _alt in markdown_images(document.body)):  # each once
        where = (file, _line_of(document, target), "pembahasan")
        written = unquote(target)
        if urlsplit(written).scheme or written.startswith("//"):
            reader.log.add(
                *where,
                f"gambar '{target}' dari situs lain tidak ditampilkan; unggah gambarnya ke folder data/{FOLDER}/{IMAGES}/ "
                "(tombol gambar di formulir pembahasan)",
                severity="warning",
            )
            continue
        if not os.path.normpath(os.path.join(path.parent, written)).startswith(gallery):
            reader.log.add(
                *where,
                f"gambar '{target}' berada di luar folder data/{FOLDER}/{IMAGES}/; pindahkan gambarnya ke folder itu "
                f"dan tulis {IMAGES}/<nama berkas>",
                f"{IMAGES}/{posixpath.basename(written)}",
            )
            continue
        image = check_image(reader, path.parent, written, where)
        if image is not None:
            url = f"{minutes_url(path.stem)}gambar-{len(pictures) + 1}{image.path.suffix.lower()}"
            pictures[target] = BodyPicture(url, image.width, image.height, image.path)
    return pictures


def _line_of(document: FrontMatterDocument, target: str) -> int:
    """The line of the body that holds the image ``target`` (the body's first line if none does)."""
    for offset, line in enumerate(document.body.splitlines()):
        if target in line:
            return document.body_line + offset
    return document.body_line


def _check_file_name(path: Path, file: str, meeting: Notulen | None, log: ErrorLog) -> date | None:
    """The date in the file name; a name not shaped ``YYYY-MM-DD-slug.md`` is an error."""
    match = _FILE_NAME.match(path.stem)
    if match:
        try:
            return date(*(int(part) for part in match.groups()))
        except ValueError:
            log.add(file, None, "", "nama berkas memuat tanggal yang tidak ada di kalender")
            return None
    suggestion = f"{meeting.tanggal.isoformat()}-{slugify(meeting.judul)}.md" if meeting else None
    log.add(
        file,
        None,
        "",
        "nama berkas harus berbentuk TTTT-BB-HH-judul-singkat.md (huruf kecil, angka dan tanda hubung), "
        "misalnya 2026-03-14-rapat-rutin.md",
        suggestion,
    )
    return None


def _check_meeting(meeting: Notulen, log: ErrorLog) -> None:
    """Rules within one file: nobody listed twice, deadlines not before the meeting."""
    # Lines are looked up only for a message: most meetings have none, and many names.
    for key in ("hadir", "izin"):
        first_position: dict[str, int] = {}
        for position, member_id in enumerate(getattr(meeting, key)):
            if member_id in first_position:
                first_line = meeting.where(key, first_position[member_id])[1]
                log.add(*meeting.where(key, position), f"'{member_id}' sudah tercantum di baris {first_line}")
            else:
                first_position[member_id] = position
    present = {member_id: position for position, member_id in enumerate(meeting.hadir)}
    for position, member_id in enumerate(meeting.izin):
        if member_id in present:
            line = meeting.where("hadir", present[member_id])[1]
            log.add(
                *meeting.where("izin", position),
                f"'{member_id}' juga tercantum di hadir (baris {line}); tulis di hadir atau di izin, tidak keduanya",
            )
    for item in meeting.tindak_lanjut:
        for key in ("tenggat", "selesai"):
            when = getattr(item, key)
            if when is not None and when < meeting.tanggal:
                log.add(
                    *item.where(key),
                    f"{key} {when.isoformat()} lebih awal dari tanggal rapat ({meeting.tanggal.isoformat()})",
                )
