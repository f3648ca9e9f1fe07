"""The organisation (``data/kkg.yml``) and its schools (``data/sekolah.yml``): page Tentang."""

from __future__ import annotations

from ...checks import IMAGE_SUFFIXES, check_image, check_reference, unique_by
from ...contenttype import ContentType, Dataset
from ...datafiles import DataFile, Upload
from ...errors import ErrorLog
from ...page import Asset
from ...reader import DataReader
from ...record import ids_complete, raw_ids, validate_list, validate_record
from ...site import SiteProfile
from .collection import Organisasi
from .model import KKG, Sekolah


class OrganisasiType(ContentType):
    name = "organisasi"
    order = 10
    data_files = (
        DataFile(
            "kkg",
            "kkg.yml",
            KKG,
            "Profil KKG",
            "Identitas, wilayah, kontak, logo, visi dan misi KKG (data/kkg.yml).",
            uploads={key: Upload("foto", "image", IMAGE_SUFFIXES) for key in ("logo", "sampul")},
        ),
        DataFile(
            "sekolah", "sekolah.yml", list[Sekolah], "Sekolah anggota", "Daftar sekolah anggota KKG (data/sekolah.yml)."
        ),
    )

    def load(self, reader: DataReader) -> Organisasi:
        log = reader.log
        profile = reader.yaml_file("kkg.yml", required=True)
        kkg = validate_record(KKG, profile.data, profile.file, log, partial=True) if profile.ok else None
        listed = reader.yaml_file("sekolah.yml", required=False)
        schools = unique_by(validate_list(Sekolah, listed.data, listed.file, log, "sekolah", partial=True), "id", log)
        complete = listed.ok and ids_complete(listed.data)
        images = {
            key: check_image(reader, reader.data_dir, getattr(kkg, key), kkg.where(key))
            if kkg and getattr(kkg, key)
            else None
            for key in ("logo", "sampul")
        }
        return Organisasi(
            kkg, schools, raw_ids(listed.data) | set(schools), listed.file, complete, images["logo"], images["sampul"]
        )

    def site_profile(self, collection: Organisasi) -> SiteProfile | None:
        kkg = collection.kkg
        if kkg is None:
            return None
        return SiteProfile(
            name=kkg.nama,
            short_name=kkg.short_name,
            region=kkg.region,
            description=kkg.visi or kkg.nama,
            timezone=kkg.timezone,
            logo=collection.logo.path if collection.logo else None,
            address=kkg.alamat,
            phone=kkg.telepon,
            email=kkg.surel,
            whatsapp=kkg.whatsapp,
        )

    def template_globals(self, index) -> dict[str, object]:
        return {"kkg": index[Organisasi].kkg}  # letterheads, contacts

    def link(self, index, log: ErrorLog) -> None:
        organisasi: Organisasi = index[Organisasi]
        if organisasi.kkg and organisasi.kkg.sekretariat and organisasi.schools_complete:
            check_reference(
                log,
                organisasi.kkg,
                "sekretariat",
                organisasi.kkg.sekretariat,
                organisasi.school_ids,
                organisasi.schools_file,
            )

    def nav(self) -> list[dict[str, str]]:
        return [{"Tentang": "tentang/"}]

    def pages(self, index, renderer):
        organisasi: Organisasi = index[Organisasi]
        kkg = organisasi.kkg
        schools = sorted(organisasi.schools.values(), key=lambda s: (s.status != "negeri", s.nama))
        yield renderer.page(
            "tentang/",
            "Tentang",
            "organisasi/tentang.html",
            description=f"Profil {kkg.nama}: visi, misi, sekolah anggota dan kontak.",
            kkg=kkg,
            schools=schools,
            secretariat=organisasi.schools.get(kkg.sekretariat or ""),
        )
        # The logo is published as drawn for pages and icons (kkg_site.preview), not as written.
        if organisasi.cover:
            yield Asset(organisasi.cover_url, organisasi.cover.path)

    def open_data(self, index) -> list[Dataset]:
        schools = index[Organisasi].schools.values()  # all shown on Tentang
        return [Dataset("sekolah", "Sekolah anggota", [school.model_dump(mode="json") for school in schools])]


CONTENT_TYPE = OrganisasiType()
