"""Boards by period (``data/pengurus.yml``): page Pengurus with the current board first."""

from __future__ import annotations

import itertools

from ...checks import check_reference
from ...contenttype import ContentType, Dataset
from ...datafiles import DataFile
from ...errors import ErrorLog
from ...page import PageMeta
from ...reader import DataReader
from ...record import validate_list
from ...search import SearchMeta
from ..anggota.collection import SEARCH_KIND, Members, links_of, member_reference, member_url, photo_url
from ..organisasi.collection import Organisasi
from .collection import Boards
from .model import DUTIES, ROLES, Pengurus

FILE = "pengurus.yml"


class PengurusType(ContentType):
    name = "pengurus"
    order = 30
    nav_title = "Pengurus"
    data_files = (
        DataFile(
            "pengurus",
            FILE,
            list[Pengurus],
            "Pengurus KKG",
            "Susunan pengurus per periode, urut dari yang terlama (data/pengurus.yml).",
        ),
    )

    def load(self, reader: DataReader) -> Boards:
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

    def link(self, index, log: ErrorLog) -> None:
        members = index[Members]
        for board in index[Boards].periods:
            for key in ROLES:
                check_reference(log, board, key, getattr(board, key), members, members.file)
            for coordinator in board.koordinator:
                check_reference(log, coordinator, "anggota", coordinator.anggota, members, members.file)

    def pages(self, index, renderer):
        boards: Boards = index[Boards]
        members = index[Members]
        schools = index[Organisasi].schools
        current = boards.current(index.site.today)

        def person(member_id: str | None) -> dict | None:
            member = members.get(member_id)
            if member is None:
                return None
            school = schools.get(member.sekolah or "")
            return {
                "name": member.nama,
                "url": member_url(member.id),
                "school": school.nama if school else None,
                "photo": photo_url(member, members.photos),
                "links": links_of(index, member.id),
            }

        def board_view(board: Pengurus) -> dict:
            return {
                "board": board,
                "officers": [
                    (label, DUTIES[key], person(getattr(board, key)))
                    for key, label in ROLES.items()
                    if getattr(board, key)
                ],
                "coordinators": [
                    (c.bidang, person(c.anggota)) for c in sorted(board.koordinator, key=lambda c: c.bidang)
                ],
            }

        yield renderer.page(
            "pengurus/",
            "Pengurus",
            "pengurus/pengurus.html",
            description=f"Susunan pengurus periode {current.periode}." if current else "Susunan pengurus.",
            meta=PageMeta(search=SearchMeta(kind=SEARCH_KIND)),
            current=board_view(current) if current else None,
            earlier=[board_view(b) for b in reversed(boards.periods) if b is not current],
            coordinator_duty=DUTIES["koordinator"],
        )

    def open_data(self, index) -> list[Dataset]:
        """Every period shown on Pengurus, oldest first; people by id, name and page."""
        boards: Boards = index[Boards]
        current = boards.current(index.site.today)
        records = [
            {
                "periode": board.periode,
                "mulai": board.mulai.isoformat(),
                "selesai": board.selesai.isoformat(),
                "berlaku": board is current,
                "sk": board.sk,
                **{key: member_reference(index, getattr(board, key)) for key in ROLES},
                "koordinator": [
                    {"bidang": c.bidang, "anggota": member_reference(index, c.anggota)} for c in board.koordinator
                ],
            }
            for board in boards.periods
        ]
        return [Dataset("pengurus", "Pengurus KKG", records)]


CONTENT_TYPE = PengurusType()
