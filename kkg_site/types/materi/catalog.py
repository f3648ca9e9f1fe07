"""The catalog: every material newest first, its facets, its JSON index and its list pages' groups.

The catalog page ``materi/`` filters the JSON index in the browser (``static/katalog.js``);
the class and facts labels below are written by that script too: change both.
"""

from __future__ import annotations

import json
from collections import Counter, defaultdict
from dataclasses import dataclass
from urllib.parse import quote

from ...fields import slugify
from ...index import SiteIndex
from ...render import file_size
from ..organisasi.collection import Organisasi
from .berkas import Attachment
from .collection import Materials
from .model import FASE_KELAS, JENIS, SEMESTER, Materi
from .views import Card, CardGroup, ClassLink, Facet, FacetOption, SubjectLinks

CATALOG_URL = "materi/"
INDEX_JSON = "materi/index.json"
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
TEMATIK = ("tematik", "Tematik")  # the "subject" of thematic (K13) material without mapel
KURIKULUM = {"Merdeka": ("merdeka", "Kurikulum Merdeka"), "K13": ("k13", "Kurikulum 2013")}


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
    if not record.kelas:
        return phase_label(record.fase) if record.fase else "Semua kelas"
    classes = record.classes
    if len(classes) == 1:
        return f"Kelas {classes[0]}"
    if classes == tuple(range(classes[0], classes[-1] + 1)):
        return f"Kelas {classes[0]}–{classes[-1]}"
    return "Kelas " + ", ".join(str(k) for k in classes)


def subject_of(record: Materi) -> tuple[str, str]:
    """(slug, label): the mapel, or "Tematik" for thematic material without one."""
    return (slugify(record.mapel), record.mapel) if record.mapel else TEMATIK


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


@dataclass(frozen=True)
class Entry:
    """One material with its published files."""

    record: Materi
    attachments: list[Attachment]
    url: str  # its page

    @property
    def id(self) -> str:
        return self.record.id

    @property
    def subject(self) -> tuple[str, str]:
        return subject_of(self.record)

    def file_path(self, attachment: Attachment) -> str:
        """Where an attachment goes in the site: beside the material's page."""
        return self.url + attachment.name

    def file_url(self, attachment: Attachment) -> str:
        return self.url + quote(attachment.name)

    @property
    def facts(self) -> tuple[str, ...]:
        """Short facts for lists: "Soal", "Matematika", "Kelas 2", "Semester ganjil".

        katalog.js writes the same line from the catalog index (``facts``): change both."""
        r = self.record
        return (JENIS[r.jenis], self.subject[1], class_label(r), *([SEMESTER[r.semester]] if r.semester else []))

    def card(self) -> Card:
        return Card(self.url, self.record.judul, self.facts, tuple(sorted({a.kind for a in self.attachments})))


def entries(materials: Materials) -> list[Entry]:
    """The materials, newest first, with their files."""
    return [Entry(r, materials.attachments[r.id], materials.url(r.id)) for r in materials.items]


class Catalog:
    """All materials, newest first, and the groupings the catalog's pages share."""

    def __init__(self, index: SiteIndex) -> None:
        self.entries = entries(index[Materials])
        kkg = index[Organisasi].kkg
        order = {slugify(name): position for position, name in enumerate(kkg.mapel_list if kkg else [])}
        present = {e.subject for e in self.entries}
        self.subjects = sorted(present, key=lambda s: (order.get(s[0], len(order)), s[1]))

    def by_subject(self) -> dict[str, list[Entry]]:
        groups: dict[str, list[Entry]] = defaultdict(list)
        for entry in self.entries:
            groups[entry.subject[0]].append(entry)
        return groups

    def facets(self) -> tuple[Facet, ...]:
        # Each option's count before any filter, as katalog.js counts it (its valuesOf):
        # the page shows these before the script has loaded the index.
        counts: dict[str, Counter[str]] = defaultdict(Counter)
        for entry in self.entries:
            r = entry.record
            counts["mapel"][entry.subject[0]] += 1
            counts["kelas"].update(str(k) for k in r.classes)
            counts["fase"].update(f.lower() for f, classes in FASE_KELAS.items() if set(classes) & set(r.classes))
            counts["jenis"][r.jenis] += 1
            if r.semester:
                counts["semester"][r.semester] += 1
            counts["kurikulum"][KURIKULUM[r.kurikulum][0]] += 1

        def facet(name: str, label: str, options: dict[str, str], present_only: bool = True) -> Facet:
            return Facet(
                name,
                label,
                tuple(
                    FacetOption(value, text, counts[name][value])
                    for value, text in options.items()
                    if not present_only or counts[name][value]
                ),
            )

        return (
            facet("mapel", "Mata pelajaran", dict(self.subjects)),
            facet("kelas", "Kelas", {str(k): f"Kelas {k}" for k in range(1, 7)}, present_only=False),
            facet("fase", "Fase", {f.lower(): phase_label(f) for f in FASE_KELAS}, present_only=False),
            facet("jenis", "Jenis", JENIS),
            facet("semester", "Semester", {key: key.capitalize() for key in SEMESTER}),
            facet("kurikulum", "Kurikulum", dict(KURIKULUM.values())),
        )

    def directory(self) -> tuple[SubjectLinks, ...]:
        """For each subject: its page and, per class, an anchor on it (the catalog without JavaScript)."""
        groups = self.by_subject()
        return tuple(
            SubjectLinks(
                label,
                subject_url(slug),
                len(groups[slug]),
                tuple(
                    ClassLink(g.label, f"{subject_url(slug)}#{g.anchor}", g.count) for g in class_groups(groups[slug])
                ),
            )
            for slug, label in self.subjects
        )

    def json_index(self) -> str:
        """What ``katalog.js`` filters, newest first, small for phones (3,000 materials: 45–55 KB gzip)::

            {"label": {"mapel" | "jenis" | "semester" | "fase": {value: text}},
             "fase_kelas": {"a": [1, 2], …}, "kolom": INDEX_COLUMNS, "materi": [[value, …], …]}

        No text that the facets give is repeated per material: the script's ``decode`` builds
        each result's facts line ("Soal · Matematika · Kelas 2 · Semester ganjil") from "label"."""
        rows = []
        for entry in self.entries:
            r = entry.record
            facts = " · ".join(entry.facts)
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

    def subject_groups(self, entries: list[Entry]) -> tuple[CardGroup, ...]:
        """Materials by subject, in the catalog's order of subjects (a coordinator's page)."""
        groups = (
            (slug, label, tuple(e.card() for e in entries if e.subject[0] == slug)) for slug, label in self.subjects
        )
        return tuple(CardGroup(slug, label, cards, len(cards)) for slug, label, cards in groups if cards)


def class_groups(entries: list[Entry]) -> tuple[CardGroup, ...]:
    """Materials of one subject by class ("Kelas 1" … "Kelas 6", then "Semua kelas").

    A material for all classes is listed once, under "Semua kelas", but counted in every
    class (``count``, ``also``), as the catalog's class filter counts it."""
    groups: dict[int, list[Entry]] = defaultdict(list)
    for entry in entries:
        for kelas in () if entry.record.for_all_classes else entry.record.classes:
            groups[kelas].append(entry)
    everyone = tuple(e.card() for e in entries if e.record.for_all_classes)
    classes = range(1, 7) if everyone else sorted(groups)
    found = [
        CardGroup(f"kelas-{k}", f"Kelas {k}", tuple(e.card() for e in groups[k]), len(groups[k]) + len(everyone),
                  also=len(everyone))
        for k in classes
    ]  # fmt: skip
    if everyone:
        found.append(CardGroup("semua-kelas", "Semua kelas", everyone, len(everyone)))
    return tuple(found)
