"""A large, realistic portal for measurements: ten school years of a KKG's records.

Deterministic (seeded): the same ``--scale`` and ``--seed`` write byte-identical
files. At scale 1: 8 schools, 300 members, four boards, 600 activities, 500
meetings, 3,000 materials with small attachments, the programme and the treasury,
over the school years 2017/2018 to 2026/2027 (build date 2026-11-28). Only the
content types this checkout knows are written, so the data always validates.

    python benchmarks/make_portal.py /tmp/portal --scale 0.01

The target gets a full project (mkdocs.yml, content/ from this
checkout, and data/); build it there with ``python -m mkdocs build``.
"""

from __future__ import annotations

import argparse
import random
import shutil
import sys
from dataclasses import dataclass, field
from datetime import date, timedelta
from pathlib import Path
from typing import Any

import yaml

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
from kkg_site.fields import slugify
from kkg_site.impor.common import unique_id
from kkg_site.registry import discover
from kkg_site.schoolyear import SchoolYear

TODAY = date(2026, 11, 28)  # the build date the measurements use (KKG_HARI_INI)
FIRST_YEAR = 2017  # school year 2017/2018; ten years up to 2026/2027
YEARS = 10
FULL = {"anggota": 300, "kegiatan": 600, "notulen": 500, "materi": 3000}
MINIMUM = {"anggota": 12, "kegiatan": 3, "notulen": 3, "materi": 6}  # a board and a meeting need people

SCHOOLS = [
    ("SD Negeri 1 Mekarsari", "negeri"),
    ("SD Negeri 2 Mekarsari", "negeri"),
    ("SD Negeri 3 Mekarsari", "negeri"),
    ("SD Negeri Cikadu", "negeri"),
    ("SD Negeri Sindangsari", "negeri"),
    ("SD Negeri Pasirjati", "negeri"),
    ("SD Islam Al-Hikmah", "swasta"),
    ("SD Kristen Harapan", "swasta"),
]
FIRST_NAMES = [
    "Ahmad", "Agus", "Asep", "Budi", "Cecep", "Dadang", "Dedi", "Dewi", "Desi", "Eka", "Euis", "Fajar",
    "Fitri", "Hendra", "Ida", "Iwan", "Lilis", "Made", "Muhammad", "Nani", "Neneng", "Ni Ketut", "Nurul",
    "Popon", "Rahmi", "Rina", "Rizky", "Siti", "Sri", "Tatang", "Tiur", "Ujang", "Wulan", "Yanti", "Yusuf",
    "Annisa", "Bambang", "Citra", "Dian", "Erna", "Gilang", "Hadi", "Indah", "Joko", "Kurnia", "Lina",
]  # fmt: skip
LAST_NAMES = [
    "Kurniawan", "Nurjanah", "Marlina", "Hidayat", "Sumiati", "Supriatna", "Komariah", "Santoso",
    "Wahyuningsih", "Simanjuntak", "Rohaeni", "Setiawan", "Rahayu", "Lestari", "Ridwan", "Hasanah",
    "Nasution", "Suryani", "Sudrajat", "Putra", "Handayani", "Yulianti", "Wirawan", "Aini", "Sutisna",
    "Fauzi", "Rahmawati", "Nugroho", "Ratnasari", "Syafii", "Siregar", "Permana", "Saputra", "Gunawan",
]  # fmt: skip
DEGREES = ["S.Pd.", "S.Pd.SD", "S.Pd.I.", "M.Pd.", "S.Pd., M.Pd.", "S.Ag.", "S.Si."]
SUBJECTS = ["Matematika", "Bahasa Indonesia", "IPAS", "Pendidikan Pancasila", "PJOK", "Pendidikan Agama Islam",
            "Seni Rupa", "Bahasa Inggris", "Bahasa Daerah", "Koding dan Kecerdasan Artifisial"]  # fmt: skip
TOPICS = [
    "asesmen formatif", "modul ajar", "pembelajaran berdiferensiasi", "projek penguatan profil pelajar Pancasila",
    "literasi membaca", "numerasi dasar", "media pembelajaran digital", "kokurikuler", "asesmen sumatif",
    "pembelajaran mendalam", "koding dan kecerdasan artifisial", "penilaian rapor", "kelas inklusif",
    "pembelajaran berbasis masalah", "lingkungan belajar yang aman", "praktik baik mengajar",
]  # fmt: skip
MEETING_KINDS = ["rapat rutin"] * 6 + ["rapat pengurus"] * 3 + ["rapat pleno"]
ACTIVITY_KINDS = ["lokakarya", "seminar", "pelatihan", "rapat", "lainnya"]
MATERIAL_KINDS = {"soal": "Soal", "materi": "Materi", "media": "Media", "modul-ajar": "Modul Ajar", "lkpd": "LKPD"}
INSTITUTIONS = ["Dinas Pendidikan Kabupaten", "Balai Guru Penggerak", "Universitas Pendidikan Indonesia",
                "LPMP Provinsi", "Pusat Kurikulum dan Pembelajaran", "PGRI Kabupaten"]  # fmt: skip
# Text: a third of the sentences from a small grammar (readable), two thirds drawn
# from a vocabulary of Indonesian word forms with Zipf weights, so that it
# compresses like the demo's hand-written minutes (about 4:1 with gzip; the
# grammar alone compresses 9:1 and would flatter every page-weight figure).
ACTORS = ["guru kelas", "koordinator bidang", "peserta", "pengurus", "narasumber", "kepala sekolah", "tim penyusun",
          "wali kelas", "guru pendamping", "pengawas", "anggota baru", "kelompok diskusi", "perwakilan sekolah"]  # fmt: skip
VERBS = ["menyusun", "membahas", "mengevaluasi", "menyepakati", "mencoba", "menyiapkan", "melaporkan", "merevisi",
         "mengumpulkan", "membagikan", "memaparkan", "merancang", "menguji", "mendokumentasikan", "mengusulkan"]  # fmt: skip
THINGS = ["rancangan asesmen", "modul ajar", "lembar kerja murid", "kisi-kisi soal", "jadwal pertemuan", "rubrik penilaian",
          "alur tujuan pembelajaran", "media pembelajaran", "laporan hasil belajar", "bank soal", "instrumen observasi",
          "portofolio murid", "rencana tindak lanjut", "anggaran kegiatan", "video contoh"]  # fmt: skip
LESSONS = ["pecahan", "bilangan cacah", "pengukuran panjang", "bangun datar", "teks narasi", "puisi anak", "ekosistem sawah",
           "energi bunyi", "keragaman budaya", "gotong royong", "aksara Sunda", "perkalian", "membaca permulaan",
           "data dan diagram", "siklus air", "hak dan kewajiban", "permainan tradisional", "gizi seimbang"]  # fmt: skip
SETTINGS = ["di kelas rendah", "di kelas tinggi", "di sekolah masing-masing", "pada pertemuan berikutnya",
            "sebelum akhir bulan", "selama dua pekan", "bersama orang tua murid", "dalam kelompok kecil",
            "secara bergiliran", "agar murid lebih aktif", "sesuai masukan pengawas", "untuk memudahkan penilaian"]  # fmt: skip
ROOTS = (  # noqa: SIM905 (as a list literal, 93 words fill a page)
    "ajar baca tulis hitung ukur nilai susun bahas kerja latih ambil bagi catat cari coba dengar "
    "gambar jelas kumpul lapor main pakai pilih rancang rencana siap simpan tanya tentu tunjuk ubah "
    "ulang urut bentuk bimbing capai dampak gerak guna hasil jawab kenal lihat minta olah pikir putus "
    "rasa sebut tampil temu terap tindak uji wujud atur beda cermat dorong ganti hubung ikut kembang "
    "lengkap mudah nyata padu rangkum sambung sesuai tanggap tiru tugas usul warna bangun besar dalam "
    "luas tinggi rendah baik benar cepat lambat sama pasti tetap segar sehat kuat akrab adil"
).split()
AFFIXES = ["{}", "me{}", "di{}", "pe{}an", "ke{}an", "me{}kan", "di{}kan", "ber{}", "ter{}", "{}nya", "memper{}kan"]
LINKS = ["yang", "dan", "di", "ke", "dari", "untuk", "dengan", "pada", "dalam", "agar", "oleh", "karena", "serta",
         "atau", "juga", "sudah", "belum", "akan", "masih", "perlu"]  # fmt: skip


def scaled(kind: str, scale: float) -> int:
    return max(MINIMUM[kind], round(FULL[kind] * scale))


def dump(data: Any) -> str:
    return yaml.safe_dump(data, allow_unicode=True, sort_keys=False, width=100)


@dataclass
class Portal:
    """What was written: the project folder and the ids of every item with its own page."""

    root: Path
    ids: dict[str, list[str]] = field(default_factory=dict)  # content type -> item ids

    @property
    def data(self) -> Path:
        return self.root / "data"


class PortalWriter:
    def __init__(self, target: Path, scale: float, seed: int) -> None:
        self.portal = Portal(target)
        self.random = random.Random(seed)
        self.scale = scale
        self.types = {t.name for t in discover()}
        self.schools: list[str] = []
        self.members: list[str] = []
        self.boards: list[dict[str, Any]] = []
        self.programme: dict[str, list[str]] = {}  # school year -> programme ids
        self.vocabulary = [affix.format(root) for root in ROOTS for affix in AFFIXES]
        self.random.shuffle(self.vocabulary)
        self.weights = [1 / rank for rank in range(1, len(self.vocabulary) + 1)]

    # --- helpers ---------------------------------------------------------------------

    def sentence(self) -> str:
        pick = self.random.choice
        if self.random.random() < 1 / 3:
            return f"{pick(ACTORS).capitalize()} {pick(VERBS)} {pick(THINGS)} tentang {pick(LESSONS)} {pick(SETTINGS)}."
        words = self.random.choices(self.vocabulary, self.weights, k=self.random.randrange(6, 14))
        words[1::3] = [pick(LINKS) for _ in words[1::3]]
        words.insert(self.random.randrange(len(words)), pick(LESSONS))
        return " ".join(words).capitalize() + "."

    def paragraphs(self, count: int, sentences: int = 3) -> str:
        return "\n\n".join(" ".join(self.sentence() for _ in range(sentences)) for _ in range(count))

    def days(self, count: int, first: date, last: date, weekday: int = 5) -> list[date]:
        """``count`` dates between ``first`` and ``last``, on ``weekday`` (Saturday) where possible, sorted."""
        span = (last - first).days
        found = []
        for _ in range(count):
            day = first + timedelta(days=self.random.randrange(span + 1))
            shifted = day + timedelta(days=(weekday - day.weekday()) % 7)
            found.append(shifted if shifted <= last else day)
        return sorted(found)

    def board_on(self, day: date) -> dict[str, Any]:
        return next(b for b in self.boards if b["mulai"] <= day <= b["selesai"])

    def write(self, relative: str, content: str | bytes) -> None:
        path = self.portal.data / relative
        path.parent.mkdir(parents=True, exist_ok=True)
        (path.write_bytes if isinstance(content, bytes) else path.write_text)(content)

    # --- the project ---------------------------------------------------------------------

    def project(self) -> Portal:
        root = self.portal.root
        root.mkdir(parents=True, exist_ok=True)
        shutil.copy2(ROOT / "mkdocs.yml", root / "mkdocs.yml")
        shutil.copytree(ROOT / "content", root / "content", dirs_exist_ok=True)
        if self.portal.data.exists():
            shutil.rmtree(self.portal.data)
        self.organisation()
        self.people()
        self.boards_file()
        if "program" in self.types:
            self.programme_file()
        if "materi" in self.types:
            self.materials()
        if "kegiatan" in self.types:
            self.activities()
        if "notulen" in self.types:
            self.minutes()
        if "keuangan" in self.types:
            self.treasury()
        return self.portal

    def organisation(self) -> None:
        self.schools = [slugify(name) for name, _ in SCHOOLS]
        self.write("foto/logo.png", (ROOT / "data" / "foto" / "logo.png").read_bytes())
        self.write(
            "kkg.yml",
            dump(
                {
                    "nama": "KKG Gugus II Kecamatan Mekarsari",
                    "singkatan": "KKG Gugus II Mekarsari",
                    "gugus": "Gugus II",
                    "kecamatan": "Mekarsari",
                    "kabupaten": "Kabupaten Cianjur",
                    "provinsi": "Jawa Barat",
                    "alamat": "Jl. Raya Mekarsari No. 3, Kecamatan Mekarsari, Kabupaten Cianjur 43253",
                    "surel": "kkggugus2mekarsari@contoh.sch.id",
                    "whatsapp": "https://chat.whatsapp.com/Mk2sRi7uXc4pLq9ZbN3vTy",
                    "logo": "foto/logo.png",  # the demo's: link-preview cards and icons drawn with a logo
                    "sekretariat": self.schools[0],
                    "dinas": "Dinas Pendidikan Kabupaten Cianjur",
                    "pengawas": "Dra. Hj. Enok Rukmini, M.Pd.",
                    "zona_waktu": "WIB",
                    "deskripsi": self.paragraphs(2),
                    "visi": "Guru sekolah dasar yang profesional, kolaboratif, dan berpihak pada murid.",
                    "misi": [self.sentence().rstrip(".") for _ in range(5)],
                    "sk": "421.2/044/Disdik/2017",
                    "mapel_list": SUBJECTS,
                }
            ),
        )
        schools = [
            {
                "id": school_id,
                "nama": name,
                "npsn": f"2020{1300 + number:04d}",
                "status": status,
                "alamat": f"Jl. Pendidikan No. {number + 1}, Kecamatan Mekarsari, Kabupaten Cianjur",
                "kepala_sekolah": f"{self.random.choice(FIRST_NAMES)} {self.random.choice(LAST_NAMES)}, S.Pd.",
            }
            for number, (school_id, (name, status)) in enumerate(zip(self.schools, SCHOOLS))
        ]
        self.write("sekolah.yml", dump(schools))

    def people(self) -> None:
        taken: set[str] = set()
        records = []
        for number in range(scaled("anggota", self.scale)):
            name = f"{self.random.choice(FIRST_NAMES)} {self.random.choice(LAST_NAMES)}"
            member_id = unique_id(slugify(name), taken)
            record = {
                "id": member_id,
                "nama": f"{name}, {self.random.choice(DEGREES)}",
                "sekolah": self.schools[number % len(self.schools)],
                "tugas": f"Guru Kelas {number % 6 + 1}" if number % 9 else "Kepala Sekolah",
                "nip": f"19{self.random.randrange(10**15, 10**16)}",
                "nuptk": f"{self.random.randrange(10**15, 10**16)}",
                "telepon": f"08{self.random.randrange(10**9, 10**10)}",
                "surel": f"{member_id}@contoh.sch.id",
            }
            if number % 7 == 0:
                record["publik"] = ["surel"]
            if number % 8 == 7:
                record["aktif"] = False
            records.append(record)
        self.members = [r["id"] for r in records]
        self.portal.ids["anggota"] = list(self.members)
        self.write("anggota.yml", dump(records))

    def boards_file(self) -> None:
        people = self.random.sample(self.members, 12)
        for number, start in enumerate(range(2016, 2028, 3)):
            ketua, sekretaris, bendahara = people[number], people[(number + 4) % 12], people[(number + 8) % 12]
            coordinators = self.random.sample([m for m in self.members if m not in (ketua, sekretaris, bendahara)], 6)
            self.boards.append(
                {
                    "periode": f"{start}–{start + 3}",
                    "mulai": date(start, 7, 1),
                    "selesai": date(start + 3, 6, 30),
                    "sk": f"421.2/{1400 + number}/Disdik/{start}",
                    "ketua": ketua,
                    "sekretaris": sekretaris,
                    "bendahara": bendahara,
                    "koordinator": [{"anggota": m, "bidang": s} for m, s in zip(coordinators, SUBJECTS)],
                }
            )
        self.write("pengurus.yml", dump(self.boards))

    def programme_file(self) -> None:
        items = []
        for start in range(FIRST_YEAR, FIRST_YEAR + YEARS):
            year = f"{start}/{start + 1}"
            board = self.board_on(date(start, 7, 1))
            for topic in self.random.sample(TOPICS, 6):
                item_id = slugify(f"{topic} {start} {start + 1}")
                items.append(
                    {
                        "id": item_id,
                        "nama": f"Penguatan {topic} bagi guru kelas",
                        "jangka": self.random.choice(["pendek", "panjang"]),
                        "tahun_ajaran": year,
                        "tujuan": self.sentence(),
                        "sasaran": "Seluruh guru kelas anggota KKG",
                        "waktu": [self.random.choice(["Semester ganjil", "Semester genap", "Sepanjang tahun ajaran"])],
                        "penanggung_jawab": board["ketua"],
                        "anggaran": self.random.randrange(5, 40) * 100_000,
                    }
                )
                self.programme.setdefault(year, []).append(item_id)
        self.write("program.yml", dump(items))

    def materials(self) -> None:
        import sample_files  # the materials type's attachment maker (benchmarks/sample_files.py)

        taken: set[str] = set()
        ids = []
        for number in range(scaled("materi", self.scale)):
            subject = SUBJECTS[number % len(SUBJECTS)]
            kelas = self.random.randrange(1, 7)
            kind = self.random.choice(list(MATERIAL_KINDS))
            topic = self.random.choice(TOPICS)
            semester = self.random.choice(["ganjil", "genap"])
            title = f"{MATERIAL_KINDS[kind]} {subject} Kelas {kelas}: {topic.capitalize()}"
            item_id = unique_id(slugify(f"{title} {semester}"), taken)
            folder = slugify(subject)
            day = self.days(1, date(FIRST_YEAR, 7, 1), TODAY)[0]
            board = self.board_on(day)
            attachment = f"{item_id}.pdf"
            record: dict[str, Any] = {
                "judul": title,
                "jenis": kind,
                "mapel": subject,
                "kelas": [kelas],
                "semester": semester,
                "elemen": topic.capitalize(),
                "tujuan": [f"Murid memahami {topic} melalui kegiatan konkret.", "Murid menjelaskan hasil kerjanya."],
                "koordinator": board["koordinator"][number % len(board["koordinator"])]["anggota"],
                "penyusun": self.random.sample(self.members, 2),
                "tanggal": day,
                "deskripsi": self.paragraphs(1),
                "kata_kunci": [topic, kind, f"kelas {kelas}"],
                "berkas": [attachment],
            }
            if number % 5 == 0:
                record["tautan"] = [
                    {"judul": "Video pembelajaran", "url": f"https://www.youtube.com/watch?v=kkg{number:06d}"}
                ]
            self.write(f"materi/{folder}/{item_id}.yml", dump(record))
            lines = [f"{n}. {self.sentence()}" for n in range(1, 9)]
            self.write(f"materi/{folder}/{attachment}", sample_files.pdf(title, lines))
            ids.append(item_id)
        self.portal.ids["materi"] = ids

    def activities(self) -> None:
        taken: set[str] = set()
        ids = []
        count = scaled("kegiatan", self.scale)
        last = date(FIRST_YEAR + YEARS, 6, 30)
        materials = self.portal.ids.get("materi", [])
        for number, day in enumerate(self.days(count, date(FIRST_YEAR, 7, 1), last)):
            kind = ACTIVITY_KINDS[number % len(ACTIVITY_KINDS)]
            topic = self.random.choice(TOPICS)
            activity_id = unique_id(f"{day.isoformat()}-{slugify(f'{kind} {topic}')}", taken)
            board = self.board_on(day)
            record: dict[str, Any] = {"judul": f"{kind.capitalize()} {topic}", "jenis": kind}
            if kind == "pelatihan":
                record |= {"mulai": day, "selesai": day + timedelta(days=1)}
            else:
                record["tanggal"] = day
            record |= {
                "jam": "08.00-12.00" if number % 4 else "13.00-selesai",
                "tempat": f"Aula {SCHOOLS[number % len(SCHOOLS)][0]}",
                "bidang": self.random.choice(["pedagogik", "profesional"]),
                "narasumber": [
                    {"anggota": self.random.choice(self.members)},
                    {
                        "nama": f"{self.random.choice(FIRST_NAMES)} {self.random.choice(LAST_NAMES)}, M.Pd.",
                        "lembaga": self.random.choice(INSTITUTIONS),
                    },
                ][: 1 + number % 2],
                "penanggung_jawab": board["ketua"],
                "sasaran": "Guru kelas 1–6",
                "deskripsi": self.paragraphs(2),
            }
            if self.programme.get(SchoolYear.of(day).label):
                record["program"] = self.random.choice(self.programme[SchoolYear.of(day).label])
            if materials and number % 3 == 0:
                record["materi"] = self.random.sample(materials, 2)
            if number % 50 == 49:
                record |= {"dibatalkan": True, "alasan": "Bertepatan dengan kegiatan dinas kabupaten."}
            elif day < TODAY:
                record |= {"jumlah_peserta": self.random.randrange(15, 60), "laporan": self.paragraphs(2)}
            self.write(f"kegiatan/{activity_id}.yml", dump(record))
            ids.append(activity_id)
        self.portal.ids["kegiatan"] = ids

    def minutes(self) -> None:
        taken: set[str] = set()
        ids = []
        count = scaled("notulen", self.scale)
        activities = [a for a in self.portal.ids.get("kegiatan", []) if a < TODAY.isoformat()]
        for number, day in enumerate(self.days(count, date(FIRST_YEAR, 7, 1), TODAY - timedelta(days=1))):
            kind = self.random.choice(MEETING_KINDS)
            topic = self.random.choice(TOPICS)
            meeting_id = unique_id(f"{day.isoformat()}-{slugify(f'{kind} {topic}')}", taken)
            board = self.board_on(day)
            leaders = [board["ketua"], board["sekretaris"]]
            others = self.random.sample([m for m in self.members if m not in leaders], min(len(self.members) - 2, 40))
            present = leaders + others[: self.random.randrange(min(15, len(others)), min(35, len(others)) + 1)]
            excused = others[len(present) - 2 :][:3]
            record: dict[str, Any] = {
                "judul": f"{kind.capitalize()}: {topic}",
                "tanggal": day,
                "jam": "08.00–11.30",
                "tempat": f"Aula {SCHOOLS[number % len(SCHOOLS)][0]}",
                "jenis": kind,
                "pimpinan": board["ketua"],
                "notulis": board["sekretaris"],
                "hadir": present,
                "izin": excused,
                "agenda": [f"Pembahasan {topic}", "Laporan koordinator bidang", "Lain-lain"],
                "keputusan": [self.sentence() for _ in range(self.random.randrange(2, 5))],
                "tindak_lanjut": [
                    {
                        "tugas": f"Menyusun laporan {topic}",
                        "pj": self.random.choice(present),
                        "tenggat": day + timedelta(days=14),
                        "selesai": day + timedelta(days=10) if day + timedelta(days=30) < TODAY else False,
                    }
                ],
            }
            if activities and number % 4 == 0:
                record["kegiatan"] = self.random.choice(activities)
            body = "\n\n".join(
                f"### {n}. {title}\n\n{self.paragraphs(1)}" for n, title in enumerate(record["agenda"], 1)
            )
            self.write(f"notulen/{meeting_id}.md", f"---\n{dump(record)}---\n\n{body}\n")
            ids.append(meeting_id)
        self.portal.ids["notulen"] = ids

    def treasury(self) -> None:
        entries = []
        month = date(FIRST_YEAR, 7, 1)
        while month < TODAY.replace(day=1):
            dues_day = month + timedelta(days=self.random.randrange(5, 20))
            people = self.random.randrange(25, 40)
            entries.append(
                {
                    "tanggal": dues_day,
                    "uraian": f"Iuran anggota bulan {month.month:02d}/{month.year}",
                    "jenis": "iuran",
                    "jumlah": people * 20_000,
                    "sumber": f"Rekap iuran {people} anggota",
                }
            )
            for _ in range(self.random.randrange(1, 4)):
                entries.append(
                    {
                        "tanggal": dues_day + timedelta(days=self.random.randrange(0, 8)),
                        "uraian": self.random.choice(
                            ["Konsumsi rapat rutin", "Alat tulis kantor", "Fotokopi modul", "Transport narasumber"]
                        ),
                        "jenis": "pengeluaran",
                        "jumlah": self.random.randrange(5, 25) * 10_000,
                        "keperluan": self.sentence(),
                    }
                )
            if month.month == 9:
                entries.append(
                    {
                        "tanggal": month + timedelta(days=20),
                        "uraian": "Bantuan operasional KKG",
                        "jenis": "hibah",
                        "jumlah": 2_500_000,
                        "sumber": "Dinas Pendidikan Kabupaten Cianjur",
                    }
                )
            month = (month + timedelta(days=32)).replace(day=1)
        ledger = {
            "saldo_awal": [{"tahun_ajaran": f"{FIRST_YEAR}/{FIRST_YEAR + 1}", "jumlah": 1_000_000}],
            "entri": entries,
        }
        self.write("kas.yml", dump(ledger))


def make_portal(target: Path, scale: float = 1.0, seed: int = 2026) -> Portal:
    """Write the project into ``target`` (its data/ is replaced) and say what it holds."""
    return PortalWriter(target, scale, seed).project()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("target", type=Path, help="project folder to write")
    parser.add_argument("--scale", type=float, default=1.0, help="1 = ten years of a large KKG (default)")
    parser.add_argument("--seed", type=int, default=2026)
    args = parser.parse_args()
    portal = make_portal(args.target, args.scale, args.seed)
    print(", ".join(f"{len(ids)} {name}" for name, ids in portal.ids.items()), "→", portal.root)


if __name__ == "__main__":
    main()
