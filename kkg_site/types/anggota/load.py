"""The load phase of anggota: ``data/anggota.yml`` and the members' photos."""

from __future__ import annotations

from pathlib import Path

from ...checks import check_image, unique_by
from ...reader import DataReader
from ...record import ids_complete, raw_ids, validate_list
from .collection import Members
from .model import Anggota

FILE = "anggota.yml"


def load_members(reader: DataReader) -> Members:
    listed = reader.yaml_file(FILE, required=True)
    members = unique_by(
        validate_list(Anggota, listed.data, listed.file, reader.log, "anggota", partial=True), "id", reader.log
    )
    photos: dict[str, Path] = {}
    for member in members.values():
        if member.id == "index":  # anggota/index.md is the list of members
            reader.log.add(
                *member.where("id"),
                "id 'index' dipakai halaman daftar anggota; pilih id lain, mis. nama anggotanya",
            )
        if member.foto:
            image = check_image(reader, reader.data_dir, member.foto, member.where("foto"))
            if image:
                photos[member.id] = image.path
    complete = listed.ok and ids_complete(listed.data)
    return Members(members.values(), listed.file, raw_ids(listed.data), complete, photos)
