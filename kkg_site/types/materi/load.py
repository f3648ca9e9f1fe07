"""The load phase: every ``data/materi/**/<id>.yml`` validated, with its attachments checked."""

from __future__ import annotations

from pathlib import Path

from ...errors import ErrorLog
from ...fields import slugify
from ...reader import DataReader
from ...record import validate_record
from .berkas import KINDS, Attachment, check_attachments
from .collection import Materials
from .model import Materi

FOLDER = "materi"
# Ids that would clash with the catalog's own pages.
RESERVED_IDS = {"index", "mapel", "koordinator"}


def load_materials(reader: DataReader) -> Materials:
    root = reader.data_dir / FOLDER
    items: list[Materi] = []
    attachments: dict[str, list[Attachment]] = {}
    files: dict[str, str] = {}  # id -> file that defines it (a file with errors included)
    real_root = reader.real_path(root)
    for path in reader.files(FOLDER, (".yml",), recursive=True):
        item_id, file = path.stem, reader.display(path)
        if not _usable_id(reader.log, item_id, file, files):
            continue
        files[item_id] = file
        loaded = reader.parse_yaml(path)
        record = validate_record(Materi, loaded.data, loaded.file, reader.log) if loaded.ok else None
        if record is None:
            continue
        record._id = item_id
        for key, message, suggestion in record.problems():
            reader.log.add(*record.where(key), message, suggestion)
        items.append(record)
        attachments[item_id] = check_attachments(record, path, real_root, reader.log, reader.real_path)
        for attachment in attachments[item_id]:
            reader.mark_used(attachment.source)
    _warn_unused(reader, root, attachments)
    return Materials(items, reader.display(root) + "/", attachments, failed_ids=files)


def _usable_id(log: ErrorLog, item_id: str, file: str, files: dict[str, str]) -> bool:
    if slugify(item_id) != item_id:
        log.add(
            file, None, "",
            "nama berkas menjadi alamat halaman materi: pakai huruf kecil, angka dan tanda hubung saja",
            f"{slugify(item_id) or 'materi-baru'}.yml",
        )  # fmt: skip
    elif item_id in RESERVED_IDS:
        log.add(
            file,
            None,
            "",
            f"nama '{item_id}.yml' sudah dipakai halaman katalog; pilih nama lain",
            f"{item_id}-1.yml",
        )
    elif item_id in files:
        log.add(
            file,
            None,
            "",
            f"nama '{item_id}.yml' sudah dipakai {files[item_id]}; nama berkas materi harus unik di seluruh data/materi/",
        )
    else:
        return True
    return False


def _warn_unused(reader: DataReader, root: Path, attachments: dict[str, list[Attachment]]) -> None:
    """Files of an attachment's kind that no material lists (a forgotten ``berkas`` entry).

    Other files nobody reads (``.yaml``, an archive, a file without suffix) are named by
    ``kkg_site.reader.report_unused`` with its reasons; this one names the fix an editor of
    materials needs, so it runs first and the general report passes the files it named."""
    used = {reader.real_path(a.source) for found in attachments.values() for a in found}
    # Cheap tests first: a large catalog has thousands of files here, nearly all in use.
    unused = [
        Path(entry.path)
        for entry in reader.tree(FOLDER)
        if not entry.name.endswith(".yml") and reader.real_path(entry.path, link=entry.is_symlink()) not in used
    ]
    for path in sorted(unused):
        hidden = any(part.startswith((".", "_")) for part in path.relative_to(root).parts)
        if hidden or not path.is_file() or path.suffix.lower() not in KINDS:
            continue
        reader.log.add(
            reader.display(path),
            None,
            "",
            "berkas ini tidak dipakai materi mana pun; tulis di berkas: pada materinya atau hapus",
            severity="warning",
        )
