"""Attachments of a material: where they may live, what they may be, how big they may get.

An attachment is written in ``berkas`` relative to the material's YAML file and
must stay inside ``data/materi/`` (no ``../`` out of it, no symbolic link out of
it) and hold what its suffix says (a PDF is a PDF). Only documents, images, audio and video are published: anything else
(archives, programs, web pages) could harm the teachers who download it.
"""

from __future__ import annotations

import os
import posixpath
import stat
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from ...checks import file_name_problem, renamed_file_message
from ...errors import ErrorLog, suggest
from ...filecontent import ContentError, check_content, published_size
from ...reader import is_within
from ...render import file_size
from .model import Materi

# What a teacher sees on the download button, by file suffix.
KINDS = {
    ".pdf": "PDF",
    ".doc": "Word",
    ".docx": "Word",
    ".odt": "Dokumen",
    ".rtf": "Dokumen",
    ".ppt": "PowerPoint",
    ".pptx": "PowerPoint",
    ".odp": "Presentasi",
    ".xls": "Excel",
    ".xlsx": "Excel",
    ".ods": "Lembar kerja",
    ".jpg": "Gambar",
    ".jpeg": "Gambar",
    ".png": "Gambar",
    ".gif": "Gambar",
    ".webp": "Gambar",
    ".mp3": "Audio",
    ".m4a": "Audio",
    ".ogg": "Audio",
    ".opus": "Audio",
    ".wav": "Audio",
    ".mp4": "Video",
    ".webm": "Video",
    ".3gp": "Video",
    ".mov": "Video",
}

MB = 1024 * 1024
WARN_SIZE = 20 * MB  # slow on a phone's metered data
MAX_SIZE = 95 * MB  # GitHub refuses files of 100 MB; leave a margin


@dataclass(frozen=True)
class Attachment:
    name: str  # file name in the site, beside the item's page
    source: Path
    size: int
    kind: str  # "PDF", "Word", "Gambar", …


def check_attachments(
    record: Materi, yaml_path: Path, root: str, log: ErrorLog, real_path: Callable[[str], str] = os.path.realpath
) -> list[Attachment]:
    """The attachments of ``record``; every problem is reported, with the item's line.

    ``root`` is the real path of ``data/materi/``; ``real_path`` resolves symlinks
    (``DataReader.real_path`` remembers the folders it resolved)."""
    found: dict[str, Attachment] = {}
    folder = yaml_path.parent
    for position, written in enumerate(record.berkas):
        attachment = _check(record, position, written, folder, root, log, real_path)
        if attachment is None:
            continue
        if attachment.name in found:
            log.add(
                *record.where("berkas", position),
                f"nama berkas '{attachment.name}' sudah dipakai lampiran lain materi ini; ganti nama salah satunya",
            )
            continue
        found[attachment.name] = attachment
    return list(found.values())


def _check(
    record: Materi, position: int, written: str, folder: Path, root: str, log: ErrorLog, real_path: Callable[[str], str]
) -> Attachment | None:
    # Paths are compared as strings, and one ``stat`` answers "exists", "is a file" and "size":
    # a large catalog has thousands of attachments, and a pathlib object for each check and
    # a system call for each question took a tenth of its load (0.2 s of 2 s).
    where = record.where("berkas", position)
    if problem := file_name_problem(written):
        log.add(*where, problem)
        return None
    relative = written.replace("\\", "/")
    if relative.startswith("/"):
        log.add(*where, f"'{written}': tulis letak berkas relatif terhadap berkas YAML ini, mis. soal.pdf")
        return None
    path = folder / relative
    text = os.fspath(path)
    if not is_within(os.path.normpath(text), root):
        log.add(*where, f"'{written}' berada di luar folder data/materi/; simpan lampiran di samping berkas YAML-nya")
        return None
    status = _status(text)
    if status is not None and not is_within(real_path(text), root):
        log.add(*where, f"'{written}' adalah tautan simbolik ke luar folder data/materi/; salin berkasnya ke sini")
        return None
    kind = KINDS.get(path.suffix.lower())
    if kind is None:
        shown = path.suffix or "tanpa akhiran"
        log.add(
            *where,
            f"jenis berkas '{shown}' tidak diterima; lampirkan dokumen (PDF, Word, PowerPoint, Excel), gambar, audio atau video",
        )
        return None
    if status is None or not stat.S_ISREG(status.st_mode):
        near = _near_name(path, relative)
        if near and (renamed := renamed_file_message(posixpath.basename(near), path.name)):
            log.add(*where, renamed)
        else:
            log.add(*where, f"berkas '{written}' tidak ditemukan di samping berkas YAML ini", near)
        return None
    size = status.st_size
    if size >= MAX_SIZE:
        log.add(
            *where,
            f"berkas '{written}' berukuran {file_size(size)}; batasnya {file_size(MAX_SIZE)} (GitHub menolak berkas 100 MB): "
            "kecilkan berkasnya atau unggah ke Google Drive/YouTube dan tulis alamatnya di tautan",
        )
        return None
    try:
        check_content(text, written)
    except ContentError as error:
        log.add(*where, str(error), error.suggestion)
        return None
    if size > WARN_SIZE:
        log.add(
            *where,
            f"berkas '{written}' berukuran {file_size(size)}; di atas {file_size(WARN_SIZE)} terasa berat bagi kuota ponsel, "
            "sebaiknya dikecilkan",
            severity="warning",
        )
    # The name is shown on the download button as the teacher gave it; only the suffix is
    # published lower-case (a phone's Undangan.PDF becomes Undangan.pdf), as browsers expect.
    return Attachment(path.stem + path.suffix.lower(), path, published_size(path, size), kind)


def _status(path: str) -> os.stat_result | None:
    """What ``os.stat`` says of the file ``path`` names (a symbolic link followed), None when there is none."""
    try:
        return os.stat(path)
    except OSError:  # missing, a file in the way of a folder, a link to nowhere or a loop of links
        return None


def _near_name(path: Path, written: str) -> str | None:
    """The path of a file beside the missing one with a similar name (``Soal.PDF`` for ``soal.pdf``)."""
    if not path.parent.is_dir():
        return None
    names = [p.name for p in path.parent.iterdir() if p.is_file() and p.suffix.lower() != ".yml"]
    near = suggest(path.name, names)
    return posixpath.join(posixpath.dirname(written), near) if near else None
