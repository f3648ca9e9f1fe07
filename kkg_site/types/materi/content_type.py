"""Teaching materials (``data/materi/**/<id>.yml`` and their attachments): the catalog.

One YAML file per material, anywhere under ``data/materi/`` (sub-folders by
subject are fine); the file name without ``.yml`` is its id and its page is
``materi/<id>/``, with the attachments copied beside the page. The catalog
(``materi/``) filters a compact JSON index in the browser; without JavaScript
it links to one page per subject, so no page grows with the whole collection.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

from ...checks import check_reference
from ...contenttype import ContentType, Dataset, HomeTile, NewFile
from ...datafiles import DataFile, Upload
from ...errors import ErrorLog
from ...fields import slugify
from ...reader import DataReader
from ...record import validate_record
from ..anggota.collection import Members
from ..kegiatan.collection import Activities
from ..organisasi.collection import Organisasi
from ..organisasi.mapel import suggest_mapel
from . import views
from .berkas import KINDS, check_attachments
from .collection import Materials
from .model import Materi
from .scaffold import scaffold_text

FOLDER = "materi"
# Ids that would clash with the catalog's own pages.
RESERVED_IDS = {"index", "mapel", "koordinator"}


class MateriType(ContentType):
    name = "materi"
    order = 50
    nav_title = "Materi"
    data_files = (
        DataFile(
            "materi",
            f"{FOLDER}/**/*.yml",
            Materi,
            "Materi ajar",
            "Satu materi ajar (data/materi/<mapel>/<nama>.yml); lampirannya di folder yang sama.",
            new_file="{judul}",
            uploads={"berkas": Upload(FOLDER, "file", tuple(KINDS), written_from=f"{FOLDER}/*")},
        ),
    )

    def load(self, reader: DataReader) -> Materials:
        root = reader.data_dir / FOLDER
        materials = Materials(reader.display(root) + "/")
        files: dict[str, str] = {}  # id -> file that defines it
        real_root = reader.real_path(root)
        for path in reader.files(FOLDER, (".yml",), recursive=True):
            item_id, file = path.stem, reader.display(path)
            if not self._usable_id(reader.log, item_id, file, files):
                continue
            files[item_id] = file
            materials.ids.add(item_id)
            loaded = reader.parse_yaml(path)
            record = validate_record(Materi, loaded.data, loaded.file, reader.log) if loaded.ok else None
            if record is None:
                continue
            for key, message, suggestion in record.problems():
                reader.log.add(*record.where(key), message, suggestion)
            materials.by_id[item_id] = record
            materials.attachments[item_id] = check_attachments(record, path, real_root, reader.log, reader.real_path)
            for attachment in materials.attachments[item_id]:
                reader.mark_used(attachment.source)
        self._warn_unused(reader, root, materials)
        return materials

    @staticmethod
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

    @staticmethod
    def _warn_unused(reader: DataReader, root: Path, materials: Materials) -> None:
        """Files an editor uploaded but no material lists (a forgotten ``berkas`` entry)."""
        used = {reader.real_path(a.source) for attachments in materials.attachments.values() for a in attachments}
        # Cheap tests first: a large catalog has thousands of files here, nearly all in use.
        unused = [
            Path(entry.path)
            for entry in reader.tree(FOLDER)
            if not entry.name.endswith(".yml") and reader.real_path(entry.path, link=entry.is_symlink()) not in used
        ]
        for path in sorted(unused):
            hidden = any(part.startswith((".", "_")) for part in path.relative_to(root).parts)
            if hidden or not path.is_file():
                continue
            message = (
                "berkas .yaml tidak dibaca; ganti akhirannya menjadi .yml"
                if path.suffix == ".yaml"
                else "berkas ini tidak dipakai materi mana pun; tulis di berkas: pada materinya atau hapus"
            )
            reader.log.add(reader.display(path), None, "", message, severity="warning")

    def link(self, index, log: ErrorLog) -> None:
        materials: Materials = index[Materials]
        kkg = index[Organisasi].kkg
        members = index[Members]
        activities = index.get(Activities)
        for record in materials.by_id.values():
            if kkg is not None and record.mapel is not None and record.mapel not in kkg.mapel_list:
                log.add(
                    *record.where("mapel"),
                    f"'{record.mapel}' tidak ada di daftar mapel (mapel_list di data/kkg.yml)",
                    suggest_mapel(record.mapel, kkg.mapel_list),
                )
            check_reference(log, record, "koordinator", record.koordinator, members, members.file)
            for position, author in enumerate(record.penyusun):
                if slugify(author) == author:  # written as a member id, not as a name
                    check_reference(log, record, "penyusun", author, members, members.file, item=position)
            if activities is not None:
                check_reference(log, record, "kegiatan", record.kegiatan, activities, activities.file)

    def pages(self, index, renderer):
        yield from views.pages(index, renderer)

    def home_section(self, index, renderer):
        return views.home_section(index, renderer)

    def home_tile(self, index) -> HomeTile:
        materials: Materials = index[Materials]
        subjects = {m.mapel or m.tema for m in materials.by_id.values()}
        return HomeTile(
            "Materi per mapel", f"{len(materials)} materi dari {len(subjects)} mapel, per kelas", "materi/", order=20
        )

    def member_links(self, index, member_id: str) -> list[tuple[str, str]]:
        return views.member_links(index, member_id)

    def scaffold(self, today: date, slug: str | None) -> NewFile:
        path = f"{FOLDER}/{slug or 'materi-baru'}.yml"
        return NewFile(path, self.data_files[0].modeline(path) + "\n" + scaffold_text(today))

    def open_data(self, index) -> list[Dataset]:
        return [views.dataset(index)]


CONTENT_TYPE = MateriType()
