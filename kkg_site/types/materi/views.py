"""View data for the materials' pages, prepared here so that templates only render.

Pages: the catalog ``materi/`` (facets over ``materi/index.json``, filtered by
``katalog.js``), one page per subject and per coordinator (plain lists that work
without JavaScript), and one page per material with its attachments beside it.
"""

from __future__ import annotations

import json
import mimetypes
import re
from collections import Counter, defaultdict
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any
from urllib.parse import quote, urlencode, urlsplit

from markupsafe import Markup

from ...contenttype import Dataset, HomeSection
from ...fields import slugify
from ...filecontent import published
from ...opendata import link
from ...page import GeneratedFile, PageMeta
from ...preview import Card
from ...render import file_size, json_ld
from ...search import SearchMeta
from ...share import share
from ..anggota.collection import Members, member_reference, member_url
from ..kegiatan.collection import Activities
from ..organisasi.collection import Organisasi
from .berkas import Attachment
from .collection import Materials, item_url
from .model import FASE_KELAS, JENIS, SEMESTER, Materi

CATALOG_URL = "materi/"
INDEX_JSON = "materi/index.json"
SCRIPT = "materi/katalog.js"  # static/katalog.js, published by the contract
PAGE_SIZE = 20  # results the catalog script shows at a time
# The columns of the catalog index (Catalog.json_index), one row of values per material:
INDEX_COLUMNS = (
    "id",  # its page is <id>/ beside the index, its files <id>/<name>
    "judul",
    "mapel",  # facet values from here on: the subject's slug ("tematik" without mapel)
    "kelas",  # as written, sorted; [] when not written (the script derives classes and phases)
    "fase",  # "a" | "b" | "c" when only fase is written, else null
    "jenis",
    "semester",  # or null
    "kurikulum",
    "cari",  # searched words of tema, elemen and kata_kunci not already in the title or facts line
    "berkas",  # [[name, "PDF · 1,6 KB"], …]; a name starting with the id is sent as "/" + the rest
)

RELATED = 4
NEWEST = 5
TEMATIK = ("tematik", "Tematik")  # the "subject" of thematic (K13) material without mapel
KURIKULUM = {"Merdeka": ("merdeka", "Kurikulum Merdeka"), "K13": ("k13", "Kurikulum 2013")}
_CC = re.compile(r"^CC (BY(?:-NC)?(?:-ND|-SA)?) ([1-4]\.0)$", re.IGNORECASE)


def subject_url(slug: str) -> str:
    return f"materi/mapel/{slug}/"


def coordinator_url(member_id: str) -> str:
    return f"materi/koordinator/{member_id}/"


def phase_label(fase: str) -> str:
    first, last = FASE_KELAS[fase]
    return f"Fase {fase} (kelas {first}–{last})"


def class_label(record: Materi) -> str:
    """ "Kelas 2", "Kelas 1–3", "Kelas 1, 3", "Fase C (kelas 5–6)" or "Semua kelas".

    katalog.js writes the same text from the catalog index (``classLabel``): change both."""
    if record.for_all_classes:
        return "Semua kelas"
    if not record.kelas:
        return phase_label(record.fase)
    classes = record.classes
    if len(classes) == 1:
        return f"Kelas {classes[0]}"
    if classes == tuple(range(classes[0], classes[-1] + 1)):
        return f"Kelas {classes[0]}–{classes[-1]}"
    return "Kelas " + ", ".join(str(k) for k in classes)


def search_words(record: Materi, shown: str) -> str:
    """The words of tema, elemen and kata_kunci, lower case, but those in ``shown`` or said already.

    The catalog finds a material when every typed word is part of its text (title, facts line
    and these words); a word inside another one adds nothing to what can be found."""
    kept: list[str] = []
    text = shown.lower()
    for word in " ".join(w for w in [record.tema, record.elemen, *record.kata_kunci] if w).lower().split():
        if word not in text:
            kept.append(word)
            text += " " + word
    return " ".join(kept)


def short_name(name: str, item_id: str) -> str:
    """An attachment's name in the catalog index: "/.pdf" for "<id>.pdf" ("/" is in no file name)."""
    return "/" + name.removeprefix(item_id) if name.startswith(item_id) else name


def subject_of(record: Materi) -> tuple[str, str]:
    """(slug, label): the mapel, or "Tematik" for thematic material without one."""
    return (slugify(record.mapel), record.mapel) if record.mapel else TEMATIK


def license_url(text: str) -> str | None:
    """The Creative Commons deed of a licence written like "CC BY-SA 4.0"."""
    if text.upper() == "CC0 1.0":
        return "https://creativecommons.org/publicdomain/zero/1.0/"
    match = _CC.match(text)
    return f"https://creativecommons.org/licenses/{match.group(1).lower()}/{match.group(2)}/" if match else None


@dataclass
class Entry:
    """One material with what its pages need."""

    id: str
    record: Materi
    attachments: list[Attachment]

    @property
    def url(self) -> str:
        return item_url(self.id)

    @property
    def subject(self) -> tuple[str, str]:
        return subject_of(self.record)

    def file_path(self, attachment: Attachment) -> str:
        """Where an attachment goes in the site: beside the material's page."""
        return self.url + attachment.name

    def file_url(self, attachment: Attachment) -> str:
        return self.url + quote(attachment.name)

    @property
    def info(self) -> list[str]:
        """Short facts for lists: "Soal", "Matematika", "Kelas 2", "Semester ganjil".

        katalog.js writes the same line from the catalog index (``facts``): change both."""
        r = self.record
        return [JENIS[r.jenis], self.subject[1], class_label(r), *([SEMESTER[r.semester]] if r.semester else [])]

    def card(self) -> dict[str, Any]:
        kinds = sorted({a.kind for a in self.attachments})
        return {"url": self.url, "judul": self.record.judul, "info": self.info, "kinds": kinds}


class Catalog:
    """All materials, newest first, and the groupings the catalog's pages share."""

    def __init__(self, index) -> None:
        materials = index[Materials]
        self.index = index
        self.members = index[Members]
        self.entries = [Entry(i, r, materials.attachments[i]) for i, r in materials.newest_first()]
        kkg = index[Organisasi].kkg
        order = {slugify(name): position for position, name in enumerate(kkg.mapel_list)}
        present = {e.subject for e in self.entries}
        self.subjects = sorted(present, key=lambda s: (order.get(s[0], len(order)), s[1]))

    def by_subject(self) -> dict[str, list[Entry]]:
        groups: dict[str, list[Entry]] = defaultdict(list)
        for entry in self.entries:
            groups[entry.subject[0]].append(entry)
        return groups

    # --- catalog page and its JSON index ----------------------------------------

    def facets(self) -> list[dict[str, Any]]:
        def present(values: dict[str, str], used: set[str]) -> list[dict[str, str]]:
            return [{"value": value, "label": label} for value, label in values.items() if value in used]

        records = [e.record for e in self.entries]
        facets = [
            {"name": "mapel", "label": "Mata pelajaran", "options": [{"value": s, "label": label} for s, label in self.subjects]},
            {"name": "kelas", "label": "Kelas", "options": [{"value": str(k), "label": f"Kelas {k}"} for k in range(1, 7)]},
            {"name": "fase", "label": "Fase", "options": [
                {"value": f.lower(), "label": phase_label(f)} for f in FASE_KELAS]},
            {"name": "jenis", "label": "Jenis", "options": present(JENIS, {r.jenis for r in records})},
            {"name": "semester", "label": "Semester", "options": present(
                {key: key.capitalize() for key in SEMESTER}, {r.semester for r in records})},
            {"name": "kurikulum", "label": "Kurikulum", "options": present(
                dict(KURIKULUM.values()), {KURIKULUM[r.kurikulum][0] for r in records})},
        ]  # fmt: skip
        # Each option's count before any filter, as katalog.js counts it (its valuesOf):
        # the page shows these before the script has loaded the index.
        counts: dict[str, Counter[str]] = defaultdict(Counter)
        for entry in self.entries:
            r = entry.record
            values = {
                "mapel": {entry.subject[0]},
                "kelas": {str(k) for k in r.classes},
                "fase": {f.lower() for f, classes in FASE_KELAS.items() if set(classes) & set(r.classes)},
                "jenis": {r.jenis},
                "semester": {r.semester} if r.semester else set(),
                "kurikulum": {KURIKULUM[r.kurikulum][0]},
            }
            for name, found in values.items():
                counts[name].update(found)
        for facet in facets:
            for option in facet["options"]:
                option["count"] = counts[facet["name"]][option["value"]]
        return facets

    def directory(self) -> list[dict[str, Any]]:
        """For each subject: its page and, per class, an anchor on it (the catalog without JavaScript)."""
        groups = self.by_subject()
        return [
            {
                "label": label,
                "url": subject_url(slug),
                "count": len(groups[slug]),
                "classes": [
                    (g["label"], f"{subject_url(slug)}#{g['anchor']}", g["count"]) for g in class_groups(groups[slug])
                ],
            }
            for slug, label in self.subjects
        ]

    def json_index(self) -> str:
        """What ``katalog.js`` filters, newest first, small for phones (3,000 materials: 45–55 KB gzip)::

            {"label": {"mapel" | "jenis" | "semester" | "fase": {value: text}},
             "fase_kelas": {"a": [1, 2], …}, "kolom": INDEX_COLUMNS, "materi": [[value, …], …]}

        No text that the facets give is repeated per material: the script's ``decode`` builds
        each result's facts line ("Soal · Matematika · Kelas 2 · Semester ganjil") from "label"."""
        rows = []
        for entry in self.entries:
            r = entry.record
            facts = " · ".join(entry.info)
            row = {
                "id": entry.id,
                "judul": r.judul,
                "mapel": entry.subject[0],
                "kelas": list(r.classes) if r.kelas else [],
                "fase": r.fase.lower() if r.fase and not r.kelas else None,
                "jenis": r.jenis,
                "semester": r.semester,
                "kurikulum": KURIKULUM[r.kurikulum][0],
                "cari": search_words(r, f"{r.judul} {facts}"),
                "berkas": [
                    [short_name(a.name, entry.id), f"{a.kind} · {file_size(a.size)}"] for a in entry.attachments
                ],
            }
            rows.append([row[name] for name in INDEX_COLUMNS])
        index = {
            "label": {
                "mapel": dict(self.subjects),
                "jenis": JENIS,
                "semester": SEMESTER,
                "fase": {f.lower(): phase_label(f) for f in FASE_KELAS},
            },
            "fase_kelas": {f.lower(): list(classes) for f, classes in FASE_KELAS.items()},
            "kolom": INDEX_COLUMNS,
            "materi": rows,
        }
        return json.dumps(index, ensure_ascii=False, separators=(",", ":"))

    # --- item pages -------------------------------------------------------------

    def related(self) -> dict[str, list[Entry]]:
        """For each material, the newest others of the same subject sharing a class."""
        by_class: dict[tuple[str, int], list[Entry]] = defaultdict(list)
        for entry in self.entries:
            for kelas in entry.record.classes:
                by_class[(entry.subject[0], kelas)].append(entry)
        position = {e.id: n for n, e in enumerate(self.entries)}
        found = {}
        for entry in self.entries:
            candidates = {e.id: e for kelas in entry.record.classes for e in by_class[(entry.subject[0], kelas)]}
            candidates.pop(entry.id)
            found[entry.id] = sorted(candidates.values(), key=lambda e: position[e.id])[:RELATED]
        return found

    def person(self, written: str) -> dict[str, str | None]:
        member = self.members.get(written)
        return {"name": member.nama, "url": member_url(member.id)} if member else {"name": written, "url": None}

    def activity(self, activity_id: str | None) -> dict[str, str] | None:
        activities = self.index.get(Activities)
        if activity_id is None or activities is None or activities.get(activity_id) is None:
            return None
        title = getattr(activities.get(activity_id), "judul", None) or activity_id
        return {"title": title, "url": activities.url(activity_id)}

    def item_view(self, entry: Entry, related: list[Entry]) -> dict[str, Any]:
        r = entry.record
        slug, label = entry.subject
        chips = [JENIS[r.jenis], label, *([r.tema] if r.mapel and r.tema else []), class_label(r)]
        if r.kelas:
            chips += [f"Fase {f}" for f in r.phases]
        chips += [*([SEMESTER[r.semester]] if r.semester else []), KURIKULUM[r.kurikulum][1]]
        one_class = len(r.classes) == 1
        filter_query = {"mapel": slug, **({"kelas": r.classes[0]} if one_class else {})}
        absolute = self.index.site.absolute_url(entry.url)
        return {
            "chips": chips,
            "downloads": [
                {"url": entry.file_url(a), "name": a.name, "kind": a.kind, "size": a.size} for a in entry.attachments
            ],
            "links": [{"judul": t.judul, "url": t.url, "host": urlsplit(t.url).hostname} for t in r.tautan],
            "deskripsi": r.deskripsi,
            "tujuan": r.tujuan,
            "elemen": r.elemen,
            "koordinator": self.person(r.koordinator) if r.koordinator else None,
            "penyusun": [self.person(p) for p in r.penyusun],
            "tanggal": r.tanggal,
            "kegiatan": self.activity(r.kegiatan),
            "lisensi": {"text": r.lisensi, "url": license_url(r.lisensi)},
            "share": share(f"{r.judul}\n{label}, {class_label(r)}", absolute),
            "related": [e.card() for e in related],
            "more": {
                "label": f"Materi {label}{f' kelas {r.classes[0]}' if one_class else ''} lainnya",
                "query": "?" + urlencode(filter_query),
            },
        }

    def learning_resource(self, entry: Entry, description: str) -> dict[str, Any]:
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
        if url := self.index.site.absolute_url(entry.url):
            data["url"] = url
        if r.tanggal:
            data["datePublished"] = r.tanggal.isoformat()
        if r.tujuan:
            data["teaches"] = r.tujuan
        if r.kata_kunci:
            data["keywords"] = ", ".join(r.kata_kunci)
        if r.penyusun:
            data["author"] = [{"@type": "Person", "name": self.person(p)["name"]} for p in r.penyusun]
        if entry.attachments:
            data["associatedMedia"] = [
                {
                    "@type": "MediaObject",
                    "name": a.name,
                    "encodingFormat": mimetypes.guess_type(a.name)[0] or "application/octet-stream",
                    "contentSize": file_size(a.size),
                    **({"contentUrl": u} if (u := self.index.site.absolute_url(entry.file_url(a))) else {}),
                }
                for a in entry.attachments
            ]
        return data

    def item_meta(self, entry: Entry, description: str, card: Card) -> PageMeta:
        r = entry.record
        head = [json_ld(self.learning_resource(entry, description))]
        if r.tanggal:
            head.append(Markup(f'<meta property="article:published_time" content="{r.tanggal.isoformat()}">'))
        classes = [str(k) for k in r.classes]
        return PageMeta(
            og_type="article",
            og_image=card,
            head=Markup("\n").join(head),
            search=SearchMeta(
                kind="Materi",
                filters={
                    "mapel": entry.subject[1],
                    "kelas": classes,
                    "jenis materi": JENIS[r.jenis],
                    "fase": [f"Fase {f}" for f in r.phases],
                    **({"semester": r.semester.capitalize()} if r.semester else {}),
                },
                meta={"mapel": entry.subject[1], "kelas": class_label(r), "jenis": JENIS[r.jenis]},
            ),
        )


CSV_COLUMNS = (
    "id", "judul", "jenis", "mapel", "tema", "kelas", "fase", "semester", "kurikulum", "elemen",
    "koordinator", "penyusun", "tanggal", "kata_kunci", "berkas", "tautan", "lisensi", "url",
)  # fmt: skip


def dataset(index) -> Dataset:
    """The catalog as open data: every published material, newest first, with its files' addresses."""
    catalog = Catalog(index)
    records = []
    for entry in catalog.entries:
        r = entry.record
        activity = catalog.activity(r.kegiatan)
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
                "koordinator": member_reference(index, r.koordinator),
                "penyusun": [member_reference(index, p) or {"nama": p} for p in r.penyusun],
                "tanggal": r.tanggal.isoformat() if r.tanggal else None,
                "deskripsi": r.deskripsi,
                "kata_kunci": r.kata_kunci,
                "berkas": [
                    {"nama": a.name, "jenis": a.kind, "ukuran": a.size, "url": link(index, entry.file_url(a))}
                    for a in entry.attachments
                ],
                "tautan": [{"nama": t.judul, "url": t.url} for t in r.tautan],
                "lisensi": r.lisensi,
                "kegiatan": link(index, activity["url"]) if activity else None,
                "url": link(index, entry.url),
            }
        )
    return Dataset("materi", "Materi ajar", records, csv_columns=CSV_COLUMNS)


def class_groups(entries: list[Entry]) -> list[dict[str, Any]]:
    """Materials of one subject by class ("Kelas 1" … "Kelas 6", then "Semua kelas").

    A material for all classes is listed once, under "Semua kelas", but counted in every
    class (``count``, ``also``), as the catalog's class filter counts it."""
    groups: dict[int, list[Entry]] = defaultdict(list)
    for entry in entries:
        for kelas in () if entry.record.for_all_classes else entry.record.classes:
            groups[kelas].append(entry)
    everyone = [e.card() for e in entries if e.record.for_all_classes]
    classes = range(1, 7) if everyone else sorted(groups)
    found = [
        {"anchor": f"kelas-{k}", "label": f"Kelas {k}", "cards": [e.card() for e in groups[k]],
         "also": len(everyone), "count": len(groups[k]) + len(everyone)}
        for k in classes
    ]  # fmt: skip
    if everyone:
        found.append(
            {"anchor": "semua-kelas", "label": "Semua kelas", "cards": everyone, "also": 0, "count": len(everyone)}
        )
    return found


def pages(index, renderer) -> Iterator[Any]:
    catalog = Catalog(index)
    total = len(catalog.entries)
    yield renderer.page(
        "materi/",
        "Materi",
        "materi/katalog.html",
        description=f"{total} materi ajar untuk kelas 1–6: soal, materi, media, modul ajar dan LKPD, siap diunduh.",
        total=total,
        facets=catalog.facets(),
        directory=catalog.directory(),
        index_url=INDEX_JSON,
        script_url=SCRIPT,
        page_size=PAGE_SIZE,
    )
    yield GeneratedFile(INDEX_JSON, catalog.json_index())
    groups = catalog.by_subject()
    for slug, label in catalog.subjects:
        yield renderer.page(
            f"materi/mapel/{slug}/",
            f"Materi {label}",
            "materi/daftar.html",
            description=f"{len(groups[slug])} materi {label} untuk guru SD, per kelas.",
            groups=class_groups(groups[slug]),
        )
    yield from coordinator_pages(catalog, renderer)
    related = catalog.related()
    for entry in catalog.entries:
        description = " · ".join([*entry.info, KURIKULUM[entry.record.kurikulum][1]])
        card = catalog.index.previews.card(
            "Materi", entry.record.judul, f"{entry.subject[1]} · {class_label(entry.record)}"
        )
        yield renderer.page(
            f"materi/{entry.id}/",
            entry.record.judul,
            "materi/materi.html",
            description=description,
            meta=catalog.item_meta(entry, description, card),
            item=catalog.item_view(entry, related[entry.id]),
        )
        for attachment in entry.attachments:
            yield published(entry.file_path(attachment), attachment.source)


def coordinator_pages(catalog: Catalog, renderer) -> Iterator[Any]:
    """One page per coordinator: the materials they curate, by subject."""
    by_member: dict[str, list[Entry]] = defaultdict(list)
    for entry in catalog.entries:
        if catalog.members.get(entry.record.koordinator):
            by_member[entry.record.koordinator].append(entry)
    for member_id, entries in by_member.items():
        name = catalog.members.get(member_id).nama
        groups = [
            {"anchor": slug, "label": label, "cards": cards, "also": 0, "count": len(cards)}
            for slug, label in catalog.subjects
            for cards in [[e.card() for e in entries if e.subject[0] == slug]]
        ]
        yield renderer.page(
            f"materi/koordinator/{member_id}/",
            f"Materi koordinasi {name}",
            "materi/daftar.html",
            description=f"{len(entries)} materi yang dikoordinasi {name}.",
            groups=[g for g in groups if g["cards"]],
        )


def member_links(index, member_id: str) -> list[tuple[str, str]]:
    """ "Materi Matematika (12)" for each subject whose materials a member coordinates."""
    materials = index.get(Materials)
    if materials is None:
        return []
    counts: dict[tuple[str, str], int] = defaultdict(int)
    for record in materials.by_id.values():
        if record.koordinator == member_id:
            counts[subject_of(record)] += 1
    return [
        (f"Materi {label} ({count})", f"{coordinator_url(member_id)}#{slug}")
        for (slug, label), count in sorted(counts.items())
    ]


def home_section(index, renderer) -> HomeSection | None:
    materials = index.get(Materials)
    if not materials:
        return None
    newest = [Entry(i, r, materials.attachments[i]).card() for i, r in materials.newest_first()[:NEWEST]]
    html = renderer.render("materi/beranda.html", "", cards=newest, catalog_url=CATALOG_URL, total=len(materials))
    return HomeSection("Materi terbaru", html, order=30)
