"""Members (``data/anggota.yml``): page Anggota (by school) and a page per member."""

from __future__ import annotations

from ...checks import IMAGE_SUFFIXES, check_image, check_reference, unique_by
from ...contenttype import ContentType, Dataset
from ...datafiles import DataFile, Upload
from ...errors import ErrorLog
from ...filecontent import published
from ...opendata import link
from ...page import PageMeta
from ...reader import DataReader
from ...record import ids_complete, raw_ids, validate_list
from ...search import SearchMeta
from ..organisasi.collection import Organisasi
from ..pengurus.collection import Boards
from .collection import SEARCH_KIND, Members, links_of, member_url, photo_url
from .model import Anggota

FILE = "anggota.yml"


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
        organisasi = index[Organisasi]
        members = index[Members]
        members.school_names = {school_id: school.nama for school_id, school in organisasi.schools.items()}
        if not organisasi.schools_complete:
            return
        for member in members.by_id.values():
            check_reference(log, member, "sekolah", member.sekolah, organisasi.school_ids, organisasi.schools_file)

    def pages(self, index, renderer):
        members: Members = index[Members]
        schools = index[Organisasi].schools
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
            "anggota/",
            "Anggota",
            "anggota/daftar.html",
            description=f"{sum(len(g) for _, g in groups)} anggota aktif dari {len(groups)} sekolah.",
            meta=PageMeta(search=SearchMeta(kind=SEARCH_KIND)),
            groups=groups,
            photos=photos,
        )
        for member in members.by_id.values():
            school = schools.get(member.sekolah or "")
            yield renderer.page(
                f"anggota/{member.id}/",
                member.nama,
                "anggota/anggota.html",
                description=", ".join(filter(None, [member.tugas, getattr(school, "nama", None)])),
                meta=PageMeta(
                    search=SearchMeta(
                        kind=SEARCH_KIND,
                        meta={"tugas": member.tugas or "", "sekolah": getattr(school, "nama", "")},
                    )
                ),
                member=member,
                school=school,
                photo=photos[member.id],
                roles=index[Boards].roles_of(member.id) if index.get(Boards) else [],
                links=links_of(index, member.id),
            )
        for member_id, source in members.photos.items():
            yield published(photos[member_id], source)

    def open_data(self, index) -> list[Dataset]:
        """What a member's page shows: no private field unless the member published it."""
        members: Members = index[Members]
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
