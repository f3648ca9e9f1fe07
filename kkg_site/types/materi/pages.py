"""The pages phase: the catalog, one page per subject, per coordinator and per material (with its
files beside it), the home section and tile, members' links and the open-data catalog."""

from __future__ import annotations

import mimetypes
import re
from collections import defaultdict
from collections.abc import Iterator
from typing import Any
from urllib.parse import urlencode, urlsplit

from markupsafe import Markup

from ...contenttype import Dataset, HomeSection, HomeTile
from ...filecontent import published
from ...index import SiteIndex
from ...opendata import link
from ...page import Asset, GeneratedFile, Link, Page, PageMeta
from ...people import PersonRef
from ...preview import Card as PreviewCard
from ...render import Renderer, file_size, json_ld
from ...search import SearchMeta
from ...share import share
from ...site import SiteInfo
from ..anggota.collection import Members
from ..kegiatan.collection import Activities
from .catalog import (
    CATALOG_URL,
    INDEX_JSON,
    KURIKULUM,
    Catalog,
    Entry,
    class_groups,
    class_label,
    coordinator_url,
    entries,
    subject_of,
    subject_url,
)
from .collection import Materials
from .model import JENIS, SEMESTER
from .views import Download, ExternalLink, License, MaterialView

PAGE_SIZE = 20  # results the catalog script shows at a time
NEWEST = 5
_CC = re.compile(r"^CC (BY(?:-NC)?(?:-ND|-SA)?) ([1-4]\.0)$", re.IGNORECASE)
CSV_COLUMNS = (
    "id", "judul", "jenis", "mapel", "tema", "kelas", "fase", "semester", "kurikulum", "elemen",
    "koordinator", "penyusun", "tanggal", "kata_kunci", "berkas", "tautan", "lisensi", "url",
)  # fmt: skip


def license_url(text: str) -> str | None:
    """The Creative Commons deed of a licence written like "CC BY-SA 4.0"."""
    if text.upper() == "CC0 1.0":
        return "https://creativecommons.org/publicdomain/zero/1.0/"
    match = _CC.match(text)
    return f"https://creativecommons.org/licenses/{match.group(1).lower()}/{match.group(2)}/" if match else None


def person(members: Members, written: str) -> PersonRef:
    """A member by id, else the name as written (an author who is not a member)."""
    return members.person(written) or PersonRef(written)


def activity_link(index: SiteIndex, activity_id: str | None) -> Link | None:
    activities = index.get(Activities)
    return activities.link(activity_id) if activities is not None else None


def pages(index: SiteIndex, renderer: Renderer, script_url: str) -> Iterator[Page | Asset | GeneratedFile]:
    """``script_url``: where the contract publishes ``static/katalog.js``."""
    catalog = Catalog(index)
    previews = index.previews
    assert previews is not None  # set by generate before the pages phase
    total = len(catalog.entries)
    yield renderer.page(
        CATALOG_URL,
        "Materi",
        "materi/katalog.html",
        description=f"{total} materi ajar untuk kelas 1–6: soal, materi, media, modul ajar dan LKPD, siap diunduh.",
        total=total,
        facets=catalog.facets(),
        directory=catalog.directory(),
        meta=PageMeta(scripts=(script_url,)),
        index_url=INDEX_JSON,
        page_size=PAGE_SIZE,
    )
    yield GeneratedFile(INDEX_JSON, catalog.json_index())
    groups = catalog.by_subject()
    for slug, label in catalog.subjects:
        yield renderer.page(
            subject_url(slug),
            f"Materi {label}",
            "materi/daftar.html",
            description=f"{len(groups[slug])} materi {label} untuk guru SD, per kelas.",
            groups=class_groups(groups[slug]),
            catalog_url=CATALOG_URL,
        )
    yield from coordinator_pages(index, catalog, renderer)
    related = catalog.related()
    for entry in catalog.entries:
        description = " · ".join([*entry.facts, KURIKULUM[entry.record.kurikulum][1]])
        card = previews.card("Materi", entry.record.judul, f"{entry.subject[1]} · {class_label(entry.record)}")
        view = item_view(index, entry, related[entry.id])
        yield renderer.page(
            entry.url,
            entry.record.judul,
            "materi/materi.html",
            description=description,
            meta=item_meta(index.site, entry, view, description, card),
            item=view,
            catalog_url=CATALOG_URL,
        )
        for attachment in entry.attachments:
            yield published(entry.file_path(attachment), attachment.source)


def coordinator_pages(index: SiteIndex, catalog: Catalog, renderer: Renderer) -> Iterator[Page]:
    """One page per coordinator: the materials they curate, by subject."""
    members = index[Members]
    by_member: dict[PersonRef, list[Entry]] = defaultdict(list)
    for entry in catalog.entries:
        if (coordinator := members.person(entry.record.koordinator)) is not None:
            by_member[coordinator].append(entry)
    for coordinator, found in by_member.items():
        name = coordinator.name
        yield renderer.page(
            coordinator_url(coordinator.member_id or ""),
            f"Materi koordinasi {name}",
            "materi/daftar.html",
            description=f"{len(found)} materi yang dikoordinasi {name}.",
            groups=catalog.subject_groups(found),
            catalog_url=CATALOG_URL,
        )


def item_view(index: SiteIndex, entry: Entry, related: list[Entry]) -> MaterialView:
    r = entry.record
    members = index[Members]
    slug, label = entry.subject
    chips = [JENIS[r.jenis], label, *([r.tema] if r.mapel and r.tema else []), class_label(r)]
    if r.kelas:
        chips += [f"Fase {f}" for f in r.phases]
    chips += [*([SEMESTER[r.semester]] if r.semester else []), KURIKULUM[r.kurikulum][1]]
    one_class = len(r.classes) == 1
    filter_query = {"mapel": slug, **({"kelas": r.classes[0]} if one_class else {})}
    return MaterialView(
        chips=tuple(chips),
        downloads=tuple(Download(entry.file_url(a), a.name, a.kind, a.size) for a in entry.attachments),
        links=tuple(ExternalLink(t.judul, t.url, urlsplit(t.url).hostname) for t in r.tautan),
        description=r.deskripsi,
        goals=tuple(r.tujuan),
        element=r.elemen,
        coordinator=person(members, r.koordinator) if r.koordinator else None,
        authors=tuple(person(members, p) for p in r.penyusun),
        published=r.tanggal,
        activity=activity_link(index, r.kegiatan),
        license=License(r.lisensi, license_url(r.lisensi)),
        share=share(f"{r.judul}\n{label}, {class_label(r)}", index.site.absolute_url(entry.url)),
        related=tuple(e.card() for e in related),
        more_label=f"Materi {label}{f' kelas {r.classes[0]}' if one_class else ''} lainnya",
        more_query="?" + urlencode(filter_query),
    )


def learning_resource(site: SiteInfo, entry: Entry, view: MaterialView, description: str) -> dict[str, Any]:
    """schema.org LearningResource of a material (JSON-LD for search engines)."""
    r = entry.record
    levels = [{"@type": "DefinedTerm", "name": f"Fase {f}"} for f in r.phases]
    data: dict[str, Any] = {
        "@type": "LearningResource",
        "name": r.judul,
        "description": description,
        "inLanguage": "id",
        "learningResourceType": JENIS[r.jenis],
        "educationalLevel": levels[0] if len(levels) == 1 else levels,
        "about": {"@type": "Thing", "name": r.mapel or r.tema},
        "license": license_url(r.lisensi) or r.lisensi,
        "audience": {"@type": "EducationalAudience", "educationalRole": "teacher"},
    }
    if url := site.absolute_url(entry.url):
        data["url"] = url
    if r.tanggal:
        data["datePublished"] = r.tanggal.isoformat()
    if r.tujuan:
        data["teaches"] = r.tujuan
    if r.kata_kunci:
        data["keywords"] = ", ".join(r.kata_kunci)
    if view.authors:
        data["author"] = [{"@type": "Person", "name": author.name} for author in view.authors]
    if entry.attachments:
        data["associatedMedia"] = [
            {
                "@type": "MediaObject",
                "name": a.name,
                "encodingFormat": mimetypes.guess_type(a.name)[0] or "application/octet-stream",
                "contentSize": file_size(a.size),
                **({"contentUrl": u} if (u := site.absolute_url(entry.file_url(a))) else {}),
            }
            for a in entry.attachments
        ]
    return data


def item_meta(site: SiteInfo, entry: Entry, view: MaterialView, description: str, card: PreviewCard) -> PageMeta:
    r = entry.record
    head = [json_ld(learning_resource(site, entry, view, description))]
    if r.tanggal:
        head.append(Markup(f'<meta property="article:published_time" content="{r.tanggal.isoformat()}">'))
    return PageMeta(
        og_type="article",
        og_image=card,
        head=Markup("\n").join(head),
        search=SearchMeta(
            kind="Materi",
            filters={
                "mapel": [entry.subject[1]],
                "kelas": [str(k) for k in r.classes],
                "jenis materi": [JENIS[r.jenis]],
                "fase": [f"Fase {f}" for f in r.phases],
                **({"semester": [r.semester.capitalize()]} if r.semester else {}),
            },
            meta={"mapel": entry.subject[1], "kelas": class_label(r), "jenis": JENIS[r.jenis]},
        ),
    )


def dataset(index: SiteIndex) -> Dataset:
    """The catalog as open data: every published material, newest first, with its files' addresses."""
    members = index[Members]
    records = []
    for entry in entries(index[Materials]):
        r = entry.record
        activity = activity_link(index, r.kegiatan)
        coordinator = members.person(r.koordinator)
        records.append(
            {
                "id": entry.id,
                "judul": r.judul,
                "jenis": r.jenis,
                "mapel": r.mapel,
                "tema": r.tema,
                "kelas": list(r.classes),
                "fase": list(r.phases),
                "semester": r.semester,
                "kurikulum": r.kurikulum,
                "elemen": r.elemen,
                "tujuan": r.tujuan,
                "koordinator": coordinator.data(index.site) if coordinator else None,
                "penyusun": [author_data(person(members, p), index.site) for p in r.penyusun],
                "tanggal": r.tanggal.isoformat() if r.tanggal else None,
                "deskripsi": r.deskripsi,
                "kata_kunci": r.kata_kunci,
                "berkas": [
                    {"nama": a.name, "jenis": a.kind, "ukuran": a.size, "url": link(index, entry.file_url(a))}
                    for a in entry.attachments
                ],
                "tautan": [{"nama": t.judul, "url": t.url} for t in r.tautan],
                "lisensi": r.lisensi,
                "kegiatan": link(index, activity.url) if activity else None,
                "url": link(index, entry.url),
            }
        )
    return Dataset("materi", "Materi ajar", records, csv_columns=CSV_COLUMNS)


def author_data(author: PersonRef, site: SiteInfo) -> dict[str, str | None]:
    """An author in open data; one who is not a member is a name only (no institution is
    written for them, and the dataset has never had an empty ``lembaga`` for them)."""
    return author.data(site) if author.member_id else {"nama": author.name}


def member_links(index: SiteIndex, member_id: str) -> list[tuple[str, str]]:
    """ "Materi Matematika (12)" for each subject whose materials a member coordinates."""
    counts: dict[tuple[str, str], int] = defaultdict(int)
    for record in index[Materials].items:
        if record.koordinator == member_id:
            counts[subject_of(record)] += 1
    return [
        (f"Materi {label} ({count})", f"{coordinator_url(member_id)}#{slug}")
        for (slug, label), count in sorted(counts.items())
    ]


def home_section(index: SiteIndex, renderer: Renderer) -> HomeSection | None:
    materials = index[Materials]
    if not materials:
        return None
    newest = [entry.card() for entry in entries(materials)[:NEWEST]]
    html = renderer.render("materi/beranda.html", "", cards=newest, catalog_url=CATALOG_URL, total=len(materials))
    return HomeSection("Materi terbaru", html, order=30)


def home_tile(index: SiteIndex) -> HomeTile:
    materials = index[Materials]
    subjects = {m.mapel or m.tema for m in materials.items}
    return HomeTile(
        "Materi per mapel", f"{len(materials)} materi dari {len(subjects)} mapel, per kelas", CATALOG_URL, order=20
    )
