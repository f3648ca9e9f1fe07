"""The load phase: every ``data/kegiatan/*.yml`` read and validated into :class:`Activities`."""

from __future__ import annotations

from ...checks import IMAGE_SUFFIXES, Image, check_image
from ...datafiles import DataFile, Upload
from ...reader import DataReader
from ...record import validate_record
from .collection import Activities
from .model import Kegiatan

FOLDER = "kegiatan"  # under data/

DATA_FILE = DataFile(
    "kegiatan",
    f"{FOLDER}/*.yml",
    Kegiatan,
    "Kegiatan",
    "Satu kegiatan KKG (data/kegiatan/TTTT-BB-HH-nama-singkat.yml): jadwal, tempat, narasumber, laporan.",
    new_file="{tanggal}-{judul}",
    uploads={"dokumentasi": Upload(f"{FOLDER}/foto", "image", IMAGE_SUFFIXES, written_from=FOLDER)},
)


def read_activities(reader: DataReader) -> Activities:
    """Every activity file validated; a file with errors is reported and left out (its id,
    the file name, stays known)."""
    items: list[Kegiatan] = []
    stems: list[str] = []  # every file's id; those without a valid record are the failed ids
    photos: dict[str, list[Image]] = {}
    for path in reader.files(FOLDER, (".yml", ".yaml")):
        stems.append(path.stem)
        loaded = reader.parse_yaml(path)
        if not loaded.ok:
            continue
        # The file name is the id, so that it cannot clash with another file's.
        activity = validate_record(Kegiatan, loaded.data, loaded.file, reader.log, context={"id": path.stem})
        if activity is None:
            continue
        problems = activity.problems()
        for problem in problems:
            reader.log.add(*activity.where(problem.key), problem.message, problem.suggestion)
        if activity.dibatalkan and not activity.alasan:
            reader.log.add(
                *activity.where("dibatalkan"), "tuliskan alasan pembatalan agar anggota tahu", severity="warning"
            )
        images = (
            check_image(reader, path.parent, written, activity.where("dokumentasi", position))
            for position, written in enumerate(activity.dokumentasi)
        )
        photos[activity.id] = [image for image in images if image is not None]
        if not problems:
            items.append(activity)
    return Activities(items, reader.display(reader.data_dir / FOLDER) + "/", stems, photos)
