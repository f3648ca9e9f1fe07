"""The paperwork's pages: letters, attendance sheets, certificates (each its verification page),
a member's list of certificates, the section on an activity's page, member links and open data."""

from __future__ import annotations

from collections.abc import Iterator

from markupsafe import Markup

from ...contenttype import Dataset
from ...index import SiteIndex
from ...opendata import link
from ...page import Page, PageMeta
from ...render import Renderer
from ...search import SearchMeta
from ..anggota.collection import Members
from ..kegiatan.collection import SECTION, Activities
from .collection import Certificate, Paperwork, member_certificates_url
from .views import Papers, days, qr_code

SEARCH_KIND = "Sertifikat"


def pages(index: SiteIndex, renderer: Renderer) -> Iterator[Page]:
    activities = index[Activities]
    papers = Papers(index)
    paperwork = index[Paperwork]
    for activity in activities.items:
        if activity.undangan is not None:
            letter = papers.letter(activity)
            title = activity.judul
            yield renderer.page(
                letter.url,
                f"Surat undangan: {title}",
                "administrasi/undangan.html",
                description=f"Surat undangan nomor {letter.number} untuk {title}.",
                letter=letter,
            )
            yield renderer.page(
                letter.attendance_url,
                f"Daftar hadir: {title}",
                "administrasi/daftar_hadir.html",
                description=f"Daftar hadir {title}, {letter.activity.dates}.",
                letter=letter,
            )
    for certificate in paperwork.certificates():
        yield _certificate_page(index, renderer, papers, certificate)
    members = index[Members]
    for member_id in dict.fromkeys(c.member_id for c in paperwork.certificates() if c.member_id):
        certificates = paperwork.of_member(member_id)
        if len(certificates) > 1:
            member = members.get(member_id)
            assert member is not None  # certificates name only known members
            name = member.nama
            yield renderer.page(
                member_certificates_url(member_id),
                f"Sertifikat {name}",
                "administrasi/sertifikat_anggota.html",
                description=f"{len(certificates)} sertifikat {name} dari kegiatan {index.site.profile.short_name}.",
                certificates=list(reversed(certificates)),
                member_url=members.url(member_id),
                name=name,
            )


def activity_sections(index: SiteIndex, renderer: Renderer, url: str) -> list[Markup]:
    """The "Surat dan sertifikat" section of an activity's page, when the activity has papers."""
    activities = index[Activities]
    activity_id = url.removeprefix(f"{SECTION}/").removesuffix("/")
    papers = index[Paperwork].of(activity_id) if activities.get(activity_id) else None
    if papers is None:
        return []
    return [renderer.render("administrasi/kegiatan.html", url, papers=papers)]


def member_links(index: SiteIndex, member_id: str) -> list[tuple[str, str]]:
    """One link, however many certificates: to the certificate, or to the list of them."""
    certificates = index[Paperwork].of_member(member_id)
    if not certificates:
        return []
    url = certificates[0].url if len(certificates) == 1 else member_certificates_url(member_id)
    return [(f"Sertifikat ({len(certificates)})", url)]


def open_data(index: SiteIndex) -> list[Dataset]:
    records = [_register_record(index, c) for c in index[Paperwork].certificates()]
    return [Dataset("sertifikat", "Daftar sertifikat", records, REGISTER_COLUMNS)]


REGISTER_COLUMNS = ("nomor", "nama", "peran", "lembaga", "judul_kegiatan", "mulai", "selesai", "jp", "url")


def _register_record(index: SiteIndex, certificate: Certificate) -> dict[str, object]:
    """A certificate as its verification page states it, without the NIP."""
    activities = index[Activities]
    activity = activities.get(certificate.activity_id)
    assert activity is not None  # certificates are made from the collection's activities
    first_day, last_day = days(activity)
    member = index[Members].person(certificate.member_id)
    return {
        "nomor": certificate.number,
        "nama": certificate.name,
        "anggota": member.data(index.site) if member else None,
        "peran": certificate.role.lower(),
        "lembaga": certificate.affiliation,
        "judul_kegiatan": certificate.activity_title,
        "kegiatan": link(index, activities.url(certificate.activity_id)),
        "mulai": first_day.isoformat(),
        "selesai": last_day.isoformat(),
        "jp": certificate.jp,
        "url": link(index, certificate.url),
    }


def _certificate_page(index: SiteIndex, renderer: Renderer, papers: Papers, certificate: Certificate) -> Page:
    activities = index[Activities]
    activity = activities.get(certificate.activity_id)
    assert activity is not None  # certificates are made from the collection's activities
    absolute = index.site.absolute_url(certificate.url)
    return renderer.page(
        certificate.url,
        f"Sertifikat {certificate.number}",
        "administrasi/sertifikat.html",
        description=f"Sertifikat {certificate.role.lower()} {certificate.name}: {certificate.activity_title}, "
        f"{certificate.jp} JP.",
        meta=PageMeta(search=SearchMeta(kind=SEARCH_KIND, meta={"tanggal": certificate.dates})),
        certificate=certificate,
        activity_url=activities.url(certificate.activity_id),
        qr=qr_code(absolute) if absolute else None,
        chair=papers.chair(days(activity)[1]),
        supervisor=papers.supervisor(),
    )
