"""The load phase of pengurus: the boards of ``data/pengurus.yml``, periods not overlapping."""

from __future__ import annotations

import itertools

from ...reader import DataReader
from ...record import validate_list
from .collection import Boards
from .model import Pengurus

FILE = "pengurus.yml"


def load_boards(reader: DataReader) -> Boards:
    listed = reader.yaml_file(FILE, required=True)
    boards = sorted(
        validate_list(Pengurus, listed.data, listed.file, reader.log, "pengurus", partial=True),
        key=lambda b: b.mulai,
    )
    for earlier, later in itertools.pairwise(boards):
        if later.mulai <= earlier.selesai:
            reader.log.add(
                *later.where("mulai"),
                f"periode {later.periode} tumpang tindih dengan periode {earlier.periode} (selesai {earlier.selesai}); "
                "mulai harus sesudah tanggal itu",
            )
    return Boards(boards, listed.file)
