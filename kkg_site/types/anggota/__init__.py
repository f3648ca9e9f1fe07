"""Members (``data/anggota.yml``): page Anggota (by school) and a page per member."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

from ...checks import IMAGE_SUFFIXES, check_image, check_reference, unique_by
from ...contenttype import ContentType, Dataset
from ...datafiles import DataFile, Upload
from ...errors import ErrorLog
from ...filecontent import published
from ...opendata import link
from ...reader import DataReader
from ...record import ids_complete, raw_ids, validate_list
from .model import Anggota

FILE = "anggota.yml"
SEARCH_KIND = "Pengurus/Anggota"  # the kind of people pages in search results (shared with pengurus)


@dataclass
class Members:
    by_id: dict[str, Anggota]
    ids: set[str]  # includes members whose record has errors
    file: str
    photos: dict[str, Path] = field(default_factory=dict)  # member id -> photo file
    complete: bool = True  # False: some member ids are unknown, references go unchecked

    def __len__(self) -> int:
        return len(self.by_id)

    def __contains__(self, member_id: object) -> bool:
        return member_id in self.ids

    def __iter__(self) -> Iterator[str]:
        return iter(self.ids)

    def get(self, member_id: str | None) -> Anggota | None:
        return self.by_id.get(member_id or "")

    def url(self, member_id: str) -> str:
        return member_url(member_id)


def links_of(index, member_id: str) -> list[tuple[str, str]]:
    """What every content type links to from a member (their materials, activities, …)."""
    return [link for t in index.types for link in t.member_links(index, member_id)]


def member_url(member_id: str) -> str:
    return f"anggota/{member_id}/"


def member_reference(index, member_id: str | None) -> dict[str, str] | None:
    """A member as other types' open data names them: id, name and page."""
    member = index["anggota"].get(member_id)
    if member is None:
        return None
    return {"id": member.id, "nama": member.nama, "url": link(index, member_url(member.id))}


def photo_url(member: Anggota, photos: dict[str, Path]) -> str | None:
    source = photos.get(member.id)
    return f"anggota/foto/{member.id}{source.suffix.lower()}" if source else None


class AnggotaType(ContentType):
    name = "anggota"
    order = 20
    nav_title = "Anggota"
    data_files = (
        DataFile(
            "anggota",
            FILE,
            list[Anggota],
            "Anggota KKG",
            "Daftar anggota KKG (data/anggota.yml). NIP, NUPTK, telepon, surel dan alamat tidak ditampilkan "
            "di situs kecuali dicantumkan di publik.",
            uploads={"foto": Upload("foto", "image", IMAGE_SUFFIXES)},
        ),
    )

    def load(self, reader: DataReader) -> Members:
        listed = reader.yaml_file(FILE, required=True)
        members = unique_by(
            validate_list(Anggota, listed.data, listed.file, reader.log, "anggota", partial=True), "id", reader.log
        )
        photos = {}
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
        return Members(members, raw_ids(listed.data) | set(members), listed.file, photos, complete)

    def link(self, index, log: ErrorLog) -> None:
        organisasi = index["organisasi"]
        if not organisasi.schools_complete:
            return
        for member in index["anggota"].by_id.values():
            check_reference(log, member, "sekolah", member.sekolah, organisasi.school_ids, organisasi.schools_file)

    def pages(self, index, renderer):
        members: Members = index["anggota"]
        schools = index["organisasi"].schools
        by_school: dict[str, list[Anggota]] = {}
        for member in sorted(members.by_id.values(), key=lambda m: m.nama):
            if member.aktif:
                by_school.setdefault(member.sekolah or "", []).append(member)
        groups = [
            (schools.get(school_id), group)
            for school_id, group in sorted(
                by_school.items(), key=lambda kv: schools[kv[0]].nama if kv[0] in schools else "~"
            )
        ]
        photos = {m.id: photo_url(m, members.photos) for m in members.by_id.values()}
        yield renderer.page(
            "anggota/index.md",
            "Anggota",
            "anggota/daftar.html",
            description=f"{sum(len(g) for _, g in groups)} anggota aktif dari {len(groups)} sekolah.",
            meta={"search": {"kind": SEARCH_KIND}},
            groups=groups,
            photos=photos,
        )
        for member in members.by_id.values():
            school = schools.get(member.sekolah or "")
            yield renderer.page(
                f"anggota/{member.id}.md",
                member.nama,
                "anggota/anggota.html",
                description=", ".join(filter(None, [member.tugas, getattr(school, "nama", None)])),
                meta={
                    "search": {
                        "kind": SEARCH_KIND,
                        "meta": {"tugas": member.tugas or "", "sekolah": getattr(school, "nama", "")},
                    }
                },
                member=member,
                school=school,
                photo=photos[member.id],
                roles=index["pengurus"].roles_of(member.id) if index.get("pengurus") else [],
                links=links_of(index, member.id),
            )
        for member_id, source in members.photos.items():
            yield published(photos[member_id], source)

    def open_data(self, index) -> list[Dataset]:
        """What a member's page shows: no private field unless the member published it."""
        members: Members = index["anggota"]
        records = []
        for member in sorted(members.by_id.values(), key=lambda m: m.id):
            photo = photo_url(member, members.photos)
            records.append(
                {
                    "id": member.id,
                    "nama": member.nama,
                    "sekolah": member.sekolah,
                    "tugas": member.tugas,
                    "aktif": member.aktif,
                    "foto": link(index, photo) if photo else None,
                    "kontak": member.published_private(),
                    "url": link(index, member_url(member.id)),
                }
            )
        return [Dataset("anggota", "Anggota KKG", records)]


CONTENT_TYPE = AnggotaType()
