"""The organisation (``data/kkg.yml``) and its schools (``data/sekolah.yml``): page Tentang."""

from __future__ import annotations

from dataclasses import dataclass, field

from ...checks import IMAGE_SUFFIXES, Image, check_image, check_reference, unique_by
from ...contenttype import ContentType, Dataset
from ...datafiles import DataFile, Upload
from ...errors import ErrorLog
from ...page import Asset
from ...reader import DataReader
from ...record import ids_complete, raw_ids, validate_list, validate_record
from .model import KKG, Sekolah


@dataclass
class Organisasi:
    """The profile and schools, the logo, and the cover photo (published at ``cover_url``)."""

    kkg: KKG | None
    schools: dict[str, Sekolah] = field(default_factory=dict)
    school_ids: set[str] = field(default_factory=set)  # includes schools with errors
    schools_file: str = "data/sekolah.yml"
    schools_complete: bool = True  # False: some school ids are unknown, references go unchecked
    logo: Image | None = None
    cover: Image | None = None  # the home page's photo

    @property
    def timezone(self) -> str:
        return self.kkg.timezone if self.kkg else "Asia/Jakarta"

    @property
    def cover_url(self) -> str | None:
        return f"assets/sampul{self.cover.path.suffix.lower()}" if self.cover else None


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

    def link(self, index, log: ErrorLog) -> None:
        organisasi: Organisasi = index["organisasi"]
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
        return [{"Tentang": "tentang/index.md"}]

    def pages(self, index, renderer):
        organisasi: Organisasi = index["organisasi"]
        kkg = organisasi.kkg
        schools = sorted(organisasi.schools.values(), key=lambda s: (s.status != "negeri", s.nama))
        yield renderer.page(
            "tentang/index.md",
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
        schools = index["organisasi"].schools.values()  # all shown on Tentang
        return [Dataset("sekolah", "Sekolah anggota", [school.model_dump(mode="json") for school in schools])]


CONTENT_TYPE = OrganisasiType()
