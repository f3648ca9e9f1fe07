"""The load phase of organisasi: ``data/kkg.yml`` with its logo and cover, ``data/sekolah.yml``."""

from __future__ import annotations

from ...checks import check_image, unique_by
from ...reader import DataReader
from ...record import ids_complete, raw_ids, validate_list, validate_record
from .collection import Organisasi, Schools
from .model import KKG, Sekolah

PROFILE_FILE = "kkg.yml"
SCHOOLS_FILE = "sekolah.yml"


def load_organisasi(reader: DataReader) -> Organisasi:
    log = reader.log
    profile = reader.yaml_file(PROFILE_FILE, required=True)
    kkg = validate_record(KKG, profile.data, profile.file, log, partial=True) if profile.ok else None
    listed = reader.yaml_file(SCHOOLS_FILE, required=False)
    schools = unique_by(validate_list(Sekolah, listed.data, listed.file, log, "sekolah", partial=True), "id", log)
    complete = listed.ok and ids_complete(listed.data)
    images = {
        key: check_image(reader, reader.data_dir, getattr(kkg, key), kkg.where(key))
        if kkg and getattr(kkg, key)
        else None
        for key in ("logo", "sampul")
    }
    return Organisasi(
        kkg, Schools(schools.values(), listed.file, raw_ids(listed.data), complete), images["logo"], images["sampul"]
    )
