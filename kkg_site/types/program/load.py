"""The load phase: ``data/program.yml`` read and validated into the programme collection."""

from __future__ import annotations

from ...checks import unique_by
from ...reader import DataReader
from ...record import ids_complete, raw_ids, validate_list
from .collection import Programme
from .model import Program

FILE = "program.yml"


def load_programme(reader: DataReader) -> Programme:
    listed = reader.yaml_file(FILE, required=False)
    records = validate_list(Program, listed.data, listed.file, reader.log, "program", partial=True)
    items = unique_by(records, "id", reader.log)
    complete = listed.ok and ids_complete(listed.data)
    return Programme(items.values(), listed.file, failed_ids=raw_ids(listed.data) - items.keys(), complete=complete)
