"""``kkg-site impor``: a KKG's spreadsheets, Word minutes and material folders into data/.

The fixtures are written here as a KKG would have them: a member list exported from
the school data system (title rows merged above the header, blank rows, a "No"
column, phone numbers typed every which way, NIP with spaces), a semicolon CSV saved
by Excel on Windows, minutes typed in Word, a shared-drive folder of materials.
The imports run through the real CLI into a copy of the demo; the result must pass
``kkg-site periksa`` and build, show the records, and keep private values private.
"""

from __future__ import annotations

import io
import re
import sys
import zipfile
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from pathlib import Path

import docx
import openpyxl
import pytest
import yaml
from support.build import ROOT, Project, copy_project, kkg_site, run, tree_digest
from support.pages import page
from test_privacy import built_texts, searchable

from kkg_site.impor.anggota_columns import find_header
from kkg_site.impor.materi import facts_of
from kkg_site.impor.notulen import read_minutes
from kkg_site.impor.tabel import read_sheets
from kkg_site.impor.templat import HEADERS
from kkg_site.types.organisasi.model import DEFAULT_SUBJECTS

# Private values of imported members: none may reach the built site.
PRIVATE = {
    "euis-kartini": [
        "197005121993032004",
        "4455667788990011",
        "081234567890",
        "rhseuis@rahasia.example",
        "RHSimpor07 Jl. Mawar No. 7",
    ],
    "ratna-sari": ["198805052015042001", "085712345678", "rhsratna@rahasia.example"],
    "andre-wijaya": ["081322223333", "rhsandre@rahasia.example"],
}


def members_xlsx(path: Path) -> None:
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.title = "Data Guru"
    sheet.append(["DAFTAR ANGGOTA KKG GUGUS III"])
    sheet.append(["KECAMATAN SUKAMAJU TAHUN PELAJARAN 2026/2027"])
    sheet.merge_cells("A1:K1")
    sheet.merge_cells("A2:K2")
    sheet.append([])
    sheet.append(
        [
            "No",
            "Nama Lengkap",
            "NIP",
            "NUPTK",
            "L/P",
            "Unit Kerja",
            "NPSN",
            "No. HP/WA",
            "Email",
            "Jabatan",
            "Alamat",
            "Golongan",
        ]
    )
    sheet.append(
        [
            1,
            "Dra. Hj. Euis Kartini, M.Pd.",
            "19700512 199303 2 004",
            "4455667788990011",
            "P",
            "SD Negeri 4 Sukamaju",
            "20201399",
            81234567890,
            "rhseuis@rahasia.example",
            "Guru Kelas 5",
            "RHSimpor07 Jl. Mawar No. 7",
            "IV/a",
        ]
    )
    sheet.append([])
    sheet.append(
        [2, "Asep Gunawan, S.Pd.", None, None, "L", "SDN 1 Sukamaju", None, "+62 813-1111-2222", None, "Guru PJOK"]
    )
    sheet.append(
        [
            3,
            "Ratna Sari, S.Pd.",
            "198805052015042001",
            None,
            "P",
            "SD Negeri 4 Sukamaju",
            "20201399",
            85712345678,
            "rhsratna@rahasia.example",
            "Guru Kelas 1",
        ]
    )
    sheet["H8"].number_format = "000000000000"  # the school data system's format: the zero is shown, not stored
    sheet.append(
        [
            4,
            "Rina Marlina, S.Pd.",
            "198911042014022003",
            None,
            "P",
            "SD Negeri 1 Sukamaju",
            "20201347",
            None,
            None,
            None,
        ]
    )
    sheet.append([])
    sheet.append([])
    book.save(path)


def members_csv(path: Path) -> None:
    """Excel on Windows: semicolons, the Windows code page (é, the en dash)."""
    lines = [
        "No;Nama;NIP;Asal Sekolah;NPSN;No HP;E-mail;Jabatan",
        "1;André Wijaya, S.Pd.;;SD Negeri 4 Sukamaju;20201399;081322223333;rhsandre@rahasia.example;Guru Kelas 2 – Tematik",
        "2;Dra. Hj. Euis Kartini, M.Pd.;197005121993032004;SD Negeri 4 Sukamaju;20201399;0899 0000 1111;;Guru Kelas 5",
    ]
    path.write_bytes("\r\n".join(lines).encode("cp1252"))


def minutes_docx(path: Path) -> None:
    document = docx.Document()
    document.add_heading("Notulen Rapat", 0)
    document.add_heading("Rapat Rutin KKG: Persiapan Lomba Literasi", 1)
    document.add_paragraph("Sabtu, 21 November 2026")
    document.add_paragraph("Waktu: 08.00 - 11.30 WIB")
    document.add_paragraph("Tempat: Aula SD Negeri 2 Sukamaju")
    document.add_paragraph("Pimpinan rapat: Cecep Supriatna, S.Pd.")
    document.add_paragraph("Notulis: Siti Nurjanah, S.Pd.SD")
    document.add_heading("Daftar Hadir", 2)
    rows = [
        ("No", "Nama", "Jabatan", "Keterangan"),
        ("1", "Dedi Kurniawan, S.Pd., M.Pd.", "Kepala SDN 1", "Hadir"),
        ("2", "Dra. Hj. Euis Kartini, M.Pd.", "Guru SDN 4", "Hadir"),
        ("3", "Budi Santoso", "Guru", "Izin"),
        ("4", "Drs. H. Asep Saepudin, M.M.Pd.", "Pengawas Sekolah", "Hadir"),
    ]
    _table(document, rows)
    document.add_heading("Agenda", 2)
    document.add_paragraph("Persiapan lomba literasi", style="List Number")
    document.add_paragraph("Laporan kas", style="List Number")
    document.add_heading("Pembahasan", 2)
    document.add_paragraph("Ketua membuka rapat dan menyampaikan jadwal lomba literasi tingkat gugus.")
    document.add_heading("Keputusan", 2)
    document.add_paragraph("Lomba literasi diadakan pada 9 Januari 2027.", style="List Number")
    document.add_paragraph("Setiap sekolah mengirim dua peserta.", style="List Number")
    document.add_heading("Tindak Lanjut", 2)
    _table(
        document,
        [
            ("Tugas", "Penanggung Jawab", "Tenggat"),
            ("Menyusun petunjuk teknis lomba", "Rina Marlina", "28 November 2026"),
            ("Menyiapkan hadiah", "Pak Camat", ""),
        ],
    )
    document.save(path)


def _table(document: object, rows: list[tuple[str, ...]]) -> None:
    table = document.add_table(rows=0, cols=len(rows[0]))
    for values in rows:
        for cell, value in zip(table.add_row().cells, values, strict=True):
            cell.text = value


def pdf(text: str) -> bytes:
    return f"%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\n% {text}\ntrailer << /Root 1 0 R >>\n%%EOF\n".encode()


def pptx(text: str) -> bytes:
    stream = io.BytesIO()
    with zipfile.ZipFile(stream, "w") as archive:
        archive.writestr("[Content_Types].xml", '<?xml version="1.0"?><Types/>')
        archive.writestr("ppt/presentation.xml", f"<p:presentation><!-- {text} --></p:presentation>")
    return stream.getvalue()


def materials_folder(folder: Path) -> None:
    files = {
        "Kelas 4/Matematika/Soal Pecahan.pdf": pdf("soal pecahan"),
        "Kelas 4/Matematika/LKPD_Pecahan Senilai.pdf": pdf("lkpd"),
        "Kelas 4/B. Indo/Modul Puisi/Slide Puisi.pptx": pptx("puisi"),
        "fase B/MTK/Bangun Datar Semester 2.pptx": pptx("bangun datar"),
        "Kelas 4/IPA/Soal Latihan.pdf": pdf("soal ipas"),
        "Kelas 4/MTK/Soal Latihan.pdf": pdf("soal matematika"),
        "Lain-lain/Catatan rapat.pdf": pdf("catatan"),
        "Lain-lain/desktop.ini": b"[.ShellClassInfo]",
        "Lain-lain/foto.heic": b"\0\0\0\x18ftypheic",
    }
    for relative, content in files.items():
        (folder / relative).parent.mkdir(parents=True, exist_ok=True)
        (folder / relative).write_bytes(content)
    module = docx.Document()
    module.add_paragraph("Modul ajar menulis puisi")
    module.save(folder / "Kelas 4/B. Indo/Modul Puisi/Modul Ajar Puisi.docx")


@dataclass
class Imported:
    project: Project
    inputs: Path
    demo_members: str
    outputs: dict[str, str]  # import → stdout
    minutes: str  # the minutes file as imported (a draft)


@pytest.fixture(scope="module")
def imported(tmp_path_factory: pytest.TempPathFactory) -> Imported:
    """The demo with every kind imported, the minutes approved as the secretary would, built."""
    root = tmp_path_factory.mktemp("impor")
    project = copy_project(root / "proyek")
    inputs = root / "masukan"
    inputs.mkdir()
    members_xlsx(inputs / "anggota.xlsx")
    members_csv(inputs / "anggota-sekolah-4.csv")
    minutes_docx(inputs / "notulen.docx")
    materials_folder(inputs / "Materi KKG")
    outputs = {}
    for name, kind, source in (
        ("xlsx", "anggota", "anggota.xlsx"),
        ("csv", "anggota", "anggota-sekolah-4.csv"),
        ("notulen", "notulen", "notulen.docx"),
        ("materi", "materi", "Materi KKG"),
    ):
        result = kkg_site("impor", kind, str(inputs / source), cwd=project.root)
        assert result.returncode == 0, result.stdout + result.stderr
        outputs[name] = result.stdout
    (minutes_file,) = project.data.glob("notulen/2026-11-21-*.md")
    minutes = minutes_file.read_text(encoding="utf-8")
    minutes_file.write_text(minutes.replace("status: draf", "status: disahkan"), encoding="utf-8")
    checked = project.periksa()
    assert checked.returncode == 0 and not checked.stderr, checked.stderr
    built = project.build()
    assert built.returncode == 0, built.stderr
    return Imported(project, inputs, (ROOT / "data/anggota.yml").read_text(encoding="utf-8"), outputs, minutes)


def members(project: Project) -> dict[str, dict]:
    return {
        member["id"]: member for member in yaml.safe_load((project.data / "anggota.yml").read_text(encoding="utf-8"))
    }


def test_members_are_read_from_below_the_title_rows_with_numbers_kept_as_text(imported: Imported) -> None:
    found = members(imported.project)
    euis, ratna, asep = found["euis-kartini"], found["ratna-sari"], found["asep-gunawan"]
    assert euis["nama"] == "Dra. Hj. Euis Kartini, M.Pd."
    assert euis["nip"] == "197005121993032004"  # written with spaces, normalised as the model does
    assert euis["telepon"] == "081234567890"  # a number cell: the leading zero restored
    assert ratna["telepon"] == "085712345678"  # shown by the cell's zero-padded format
    assert asep["telepon"] == "+62 813-1111-2222"  # text stays as typed
    assert euis["tugas"] == "Guru Kelas 5" and euis["alamat"] == "RHSimpor07 Jl. Mawar No. 7"
    assert "anggota.xlsx: kolom yang tidak dipakai: Golongan." in imported.outputs["xlsx"]
    assert "3 anggota baru, 0 diperbarui, 1 sudah ada dan sama." in imported.outputs["xlsx"]


def test_schools_are_matched_by_npsn_and_by_name_or_created(imported: Imported) -> None:
    found = members(imported.project)
    schools = {s["id"]: s for s in yaml.safe_load((imported.project.data / "sekolah.yml").read_text(encoding="utf-8"))}
    assert found["asep-gunawan"]["sekolah"] == "sdn-1-sukamaju"  # "SDN 1 Sukamaju" by name
    assert schools["sdn-4-sukamaju"] == {
        "id": "sdn-4-sukamaju",
        "nama": "SD Negeri 4 Sukamaju",
        "npsn": "20201399",
        "status": "negeri",
    }
    assert found["euis-kartini"]["sekolah"] == found["andre-wijaya"]["sekolah"] == "sdn-4-sukamaju"  # then by NPSN
    assert sum(1 for s in schools.values() if s.get("npsn") == "20201399") == 1


def test_existing_files_keep_their_lines_and_gain_the_records_at_the_end(imported: Imported) -> None:
    text = (imported.project.data / "anggota.yml").read_text(encoding="utf-8")
    assert text.startswith(imported.demo_members.rstrip("\n"))
    assert text.splitlines()[0] == "# yaml-language-server: $schema=../schemas/anggota.json"
    assert re.search(r"^# --- diimpor dari anggota\.xlsx, \d{4}-\d\d-\d\d ---$", text, re.MULTILINE)
    assert '  nip: "197005121993032004"' in text  # quoted, as the guides ask


def test_a_windows_csv_with_overlapping_members_reports_the_overlap(imported: Imported) -> None:
    found = members(imported.project)
    assert found["andre-wijaya"]["nama"] == "André Wijaya, S.Pd."
    assert found["andre-wijaya"]["tugas"] == "Guru Kelas 2 – Tematik"
    assert found["euis-kartini"]["telepon"] == "081234567890"  # not overwritten
    assert [member["id"] for member in found.values() if "Euis Kartini" in member["nama"]] == ["euis-kartini"]
    assert (
        "anggota-sekolah-4.csv baris 3: Dra. Hj. Euis Kartini, M.Pd. sudah ada sebagai euis-kartini (NIP sama); "
        "berbeda: telepon. Tidak diubah; jalankan lagi dengan --perbarui untuk memperbarui."
    ) in imported.outputs["csv"]


def test_minutes_from_word_are_a_draft_with_what_the_document_says(imported: Imported) -> None:
    front = yaml.safe_load(imported.minutes.split("---\n")[1])
    body = imported.minutes.split("---\n", 2)[2]
    assert front["status"] == "draf"
    assert front["judul"] == "Rapat Rutin KKG: Persiapan Lomba Literasi"
    assert str(front["tanggal"]) == "2026-11-21" and front["jam"] == "08.00–11.30"
    assert front["tempat"] == "Aula SD Negeri 2 Sukamaju" and front["jenis"] == "rapat rutin"
    assert front["pimpinan"] == "cecep-supriatna" and front["notulis"] == "siti-nurjanah"
    assert front["hadir"] == ["dedi-kurniawan", "euis-kartini", "cecep-supriatna", "siti-nurjanah"]
    assert front["izin"] == ["budi-santoso"]
    assert front["tamu"] == ["Drs. H. Asep Saepudin, M.M.Pd. (Pengawas Sekolah)"]
    assert front["agenda"] == ["Persiapan lomba literasi", "Laporan kas"]
    assert front["keputusan"] == [
        "Lomba literasi diadakan pada 9 Januari 2027.",
        "Setiap sekolah mengirim dua peserta.",
    ]
    assert front["tindak_lanjut"] == [
        {
            "tugas": "Menyusun petunjuk teknis lomba",
            "pj": "rina-marlina",
            "tenggat": date(2026, 11, 28),
            "selesai": False,
        }
    ]
    assert "Ketua membuka rapat" in body and "Pak Camat" in body
    output = imported.outputs["notulen"]
    assert "(status: draf)" in output
    assert "perlu diperiksa: tindak lanjut 'Menyiapkan hadiah': penanggung jawab 'Pak Camat' bukan anggota" in output


def test_the_built_site_shows_the_imported_records(imported: Imported) -> None:
    site = imported.project.site
    member = page(site, "anggota/euis-kartini/")
    assert "Euis Kartini" in member.get_text() and "SD Negeri 4 Sukamaju" in member.get_text()
    (minutes_file,) = imported.project.data.glob("notulen/2026-11-21-*.md")
    meeting = page(site, f"notulen/{minutes_file.stem}/").get_text()
    assert "Lomba literasi diadakan pada 9 Januari 2027." in meeting and "Euis Kartini" in meeting
    material = page(site, "materi/soal-pecahan-kelas-4/")
    assert "Soal Pecahan" in material.get_text() and material.find("a", href=re.compile(r"soal-pecahan\.pdf$"))
    assert (site / "materi/soal-pecahan-kelas-4/soal-pecahan.pdf").read_bytes() == pdf("soal pecahan")
    assert page(site, "materi/modul-puisi-kelas-4/").find("a", href=re.compile(r"slide-puisi\.pptx$"))


def test_imported_private_values_stay_private(imported: Imported) -> None:
    texts = built_texts(imported.project.site)
    assert any("euis kartini" in text for text in texts.values())
    leaks = [
        (member, value, name)
        for member, values in PRIVATE.items()
        for value in values
        for needle in searchable(value)
        for name, text in texts.items()
        if needle in text
    ]
    assert not leaks


def test_materials_get_subject_class_and_kind_from_the_folder_names(imported: Imported) -> None:
    def material(relative: str) -> dict:
        return yaml.safe_load((imported.project.data / "materi" / relative).read_text(encoding="utf-8"))

    assert material("matematika/soal-pecahan-kelas-4.yml") == {
        "judul": "Soal Pecahan",
        "jenis": "soal",
        "mapel": "Matematika",
        "kelas": [4],
        "berkas": ["soal-pecahan.pdf"],
    }
    assert material("matematika/lkpd-pecahan-senilai-kelas-4.yml")["jenis"] == "lkpd"
    assert material("matematika/bangun-datar-semester-2.yml") | {"berkas": None} == {
        "judul": "Bangun Datar Semester 2",
        "jenis": "media",
        "mapel": "Matematika",
        "fase": "B",
        "semester": "genap",
        "berkas": None,
    }
    puisi = material("bahasa-indonesia/modul-puisi-kelas-4.yml")
    assert puisi["jenis"] == "modul-ajar" and puisi["berkas"] == ["modul-ajar-puisi.docx", "slide-puisi.pptx"]
    first = (
        (imported.project.data / "materi/matematika/soal-pecahan-kelas-4.yml")
        .read_text(encoding="utf-8")
        .splitlines()[0]
    )
    assert first == "# yaml-language-server: $schema=../../../schemas/materi.json"
    # Materials of one name in two subjects: ids are unique across data/materi/.
    assert material("ipas/soal-latihan-kelas-4.yml")["mapel"] == "IPAS"
    assert material("matematika/soal-latihan-kelas-4-2.yml")["berkas"] == ["soal-latihan.pdf"]
    output = imported.outputs["materi"]
    assert "Perlu keputusan: Lain-lain/Catatan rapat.pdf: mata pelajaran tidak dikenali" in output
    assert "Dilewati (jenis berkas tidak didukung): Lain-lain/foto.heic." in output
    assert "desktop.ini" not in output


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("Kelas 4", {"kelas": {4}}),
        ("KELAS IV", {"kelas": {4}}),
        ("Kelas 1-2", {"kelas": {1, 2}}),
        ("MTK", {"mapel": {"Matematika"}}),
        ("B. Indo", {"mapel": {"Bahasa Indonesia"}}),
        ("fase B", {"fase": "B"}),
        ("Soal PPKn Smt 2", {"mapel": {"Pendidikan Pancasila"}, "semester": "genap"}),
        ("Pendidikan Pancasila", {"mapel": {"Pendidikan Pancasila"}}),
        ("Soal Pecahan", {}),
    ],
)
def test_folder_and_file_names_are_read_as_facts(name: str, expected: dict) -> None:
    facts = facts_of(name, DEFAULT_SUBJECTS)
    assert {key: value for key, value in vars(facts).items() if value} == expected


def test_importing_again_changes_nothing(imported: Imported, tmp_path: Path) -> None:
    project = copy_project(tmp_path / "lagi", data=imported.project.data)
    before = tree_digest(project.data)
    for kind, source in (("anggota", "anggota.xlsx"), ("anggota", "anggota-sekolah-4.csv"), ("materi", "Materi KKG")):
        result = kkg_site("impor", kind, str(imported.inputs / source), cwd=project.root)
        assert result.returncode == 0, result.stderr
        assert "Tidak ada perubahan" in result.stdout
    # The approved minutes differ from a fresh import: kept, and said so.
    result = kkg_site("impor", "notulen", str(imported.inputs / "notulen.docx"), cwd=project.root)
    assert result.returncode == 0 and "sudah ada dan berbeda; tidak ditimpa" in result.stdout
    assert tree_digest(project.data) == before


def test_a_trial_shows_the_records_and_writes_nothing(project: Project, tmp_path: Path) -> None:
    members_xlsx(tmp_path / "anggota.xlsx")
    before = tree_digest(project.data)
    result = kkg_site("impor", "anggota", str(tmp_path / "anggota.xlsx"), "--coba", cwd=project.root)
    assert result.returncode == 0, result.stderr
    assert "baru: data/" not in result.stdout and "ubah: data/anggota.yml" in result.stdout
    assert "    +- id: euis-kartini" in result.stdout and "Coba saja (--coba): tidak ada yang ditulis." in result.stdout
    assert tree_digest(project.data) == before


def test_namesakes_with_different_numbers_are_two_members(project: Project, tmp_path: Path) -> None:
    path = tmp_path / "anggota.csv"
    path.write_text(
        "Nama,NIP\nAgus Setiawan,197001012000031001\nAgus Setiawan S.Pd.,198502022010011002\n", encoding="utf-8"
    )
    result = kkg_site("impor", "anggota", str(path), cwd=project.root)
    assert result.returncode == 0, result.stderr
    added = {m["id"]: m.get("nip") for m in members(project).values() if m["nama"].startswith("Agus Setiawan")}
    # The demo already has an agus-setiawan with another NIP.
    assert added == {
        "agus-setiawan": added["agus-setiawan"],
        "agus-setiawan-2": "197001012000031001",
        "agus-setiawan-3": "198502022010011002",
    }
    assert "anggota.csv baris 2: nama sama dengan anggota lain, diberi id agus-setiawan-2." in result.stdout


def test_every_sheet_with_a_header_is_read(project: Project, tmp_path: Path) -> None:
    book = openpyxl.Workbook()
    book.active.title = "Keterangan"
    book.active.append(["Data anggota per sekolah, diisi operator sekolah."])
    for school, name, nip in (
        ("SDN 2", "Lina Marlina", "19800101 200501 2 001"),
        ("SDN 3", "Lina Marlina", "198001012005012001"),
    ):
        sheet = book.create_sheet(school)
        sheet.append(["Nama", "NIP", "Unit Kerja"])
        sheet.append([name, nip, f"SD Negeri {school[-1]} Sukamaju"])
    book.save(tmp_path / "anggota.xlsx")
    result = kkg_site("impor", "anggota", str(tmp_path / "anggota.xlsx"), cwd=project.root)
    assert result.returncode == 1
    assert result.stderr.startswith(
        "anggota.xlsx, lembar SDN 3 baris 2: anggota yang sama dengan anggota.xlsx, lembar SDN 2 baris 2 (NIP sama)"
    )


def test_a_windows_file_keeps_its_line_ends_and_byte_order_mark(project: Project, tmp_path: Path) -> None:
    members_file = project.data / "anggota.yml"
    original = b"\xef\xbb\xbf" + members_file.read_bytes().replace(b"\n", b"\r\n")
    members_file.write_bytes(original)
    path = tmp_path / "anggota.csv"
    path.write_text("Nama,Jabatan\nSiti Aminah,Guru Kelas 3\n", encoding="utf-8")
    result = kkg_site("impor", "anggota", str(path), cwd=project.root)
    assert result.returncode == 0, result.stderr
    written = members_file.read_bytes()
    assert written.startswith(original)
    assert written[len(original) :].endswith(b"- id: siti-aminah\r\n  nama: Siti Aminah\r\n  tugas: Guru Kelas 3\r\n")
    assert b"\n" not in written.replace(b"\r\n", b"")


def test_minutes_without_heading_styles_with_attendance_as_a_list(tmp_path: Path) -> None:
    members = {"siti-nurjanah": "siti-nurjanah", "rina-marlina": "rina-marlina", "dedi-kurniawan": "dedi-kurniawan"}
    document = docx.Document()
    document.add_paragraph().add_run("NOTULA RAPAT PENGURUS").bold = True
    document.add_paragraph("Hari/Tanggal: Jumat, 13/11/2026, pukul 13.00 s.d. selesai")
    document.add_paragraph("Peserta:")
    document.add_paragraph("Siti Nurjanah", style="List Bullet")
    document.add_paragraph("Rina Marlina (izin)", style="List Bullet")
    document.add_paragraph("Kepala UPTD Pendidikan", style="List Bullet")
    document.add_paragraph("Kesimpulan:")
    document.add_paragraph("1. Iuran dinaikkan mulai Januari.")
    document.add_paragraph("2. Rapat berikutnya di SDN 2.")
    path = tmp_path / "rapat.docx"
    document.save(path)
    minutes = read_minutes(path, members)
    assert minutes.judul == "NOTULA RAPAT PENGURUS" and minutes.jenis == "rapat pengurus"
    assert minutes.tanggal == date(2026, 11, 13) and minutes.jam == "13.00–selesai"
    assert minutes.hadir == ["siti-nurjanah"] and minutes.izin == ["rina-marlina"]
    assert minutes.tamu == ["Kepala UPTD Pendidikan"]
    assert minutes.keputusan == ["Iuran dinaikkan mulai Januari.", "Rapat berikutnya di SDN 2."]


def test_update_changes_only_the_differing_lines(project: Project, tmp_path: Path) -> None:
    path = tmp_path / "perubahan.csv"
    path.write_text(
        "Nama;NIP;No. HP/WA\nDedi Kurniawan, S.Pd., M.Pd.;197804112003121005;0812-9999-0000\n", encoding="utf-8"
    )
    before = (project.data / "anggota.yml").read_text(encoding="utf-8").splitlines()
    result = kkg_site("impor", "anggota", str(path), "--perbarui", cwd=project.root)
    assert result.returncode == 0, result.stderr
    assert "perubahan.csv baris 2: dedi-kurniawan diperbarui (telepon)." in result.stdout
    after = (project.data / "anggota.yml").read_text(encoding="utf-8").splitlines()
    changed = [(old, new) for old, new in zip(before, after, strict=True) if old != new]
    assert changed == [('  telepon: "0812-2145-7731"', '  telepon: "0812-9999-0000"')]


def encrypted(write: Callable[[Path], None]) -> Callable[[Path, Path], None]:
    """A writer of the same file protected by a password, as Word and Excel save it."""

    def write_encrypted(path: Path, tmp_path: Path) -> None:
        from msoffcrypto.format.ooxml import OOXMLFile

        plain = tmp_path / f"polos{path.suffix}"
        write(plain)
        with plain.open("rb") as source, path.open("wb") as target:
            OOXMLFile(source).encrypt("rahasia", target)

    return write_encrypted


def no_name_column(path: Path) -> None:
    book = openpyxl.Workbook()
    book.active.append(["No", "NIP", "Unit Kerja", "No. HP/WA"])
    book.active.append([1, "197005121993032004", "SD Negeri 1 Sukamaju", "0812"])
    book.save(path)


def digits_lost(path: Path) -> None:
    book = openpyxl.Workbook()
    book.active.append(["Nama", "NIP", "Unit Kerja"])
    book.active.append(["Siti Aminah", "197005121993032005", "SD Negeri 1 Sukamaju"])
    book.active.append(["Yayah Rokayah", 197005121993032004, "SD Negeri 1 Sukamaju"])  # typed as a number
    book.active.append(["Nining", "1970 0512", "SD Negeri 1 Sukamaju"])
    book.save(path)


def zip_of_guides(path: Path) -> None:
    """A zip archive that is no Word document, as a renamed download would be."""
    with zipfile.ZipFile(path, "w") as archive:
        archive.write(ROOT / "content/panduan/pengelola.md", "pengelola.md")


BAD_INPUTS = {
    "bukan-excel": (
        "anggota",
        "anggota.xlsx",
        lambda path, _: path.write_text("Nama,NIP\nSiti,1\n"),
        ["anggota.xlsx tidak dapat dibaca sebagai lembar kerja Excel"],
    ),
    "pdf": (
        "anggota",
        "daftar-hadir.pdf",
        lambda path, _: path.write_bytes(pdf("x")),
        ["daftar-hadir.pdf bukan lembar kerja: impor anggota membaca berkas .xlsx"],
    ),
    "xls-lama": (
        "anggota",
        "anggota.xls",
        lambda path, _: path.write_bytes(b"\xd0\xcf\x11\xe0"),
        ["anggota.xls: format .xls belum dapat dibaca. Buka berkas itu di Excel"],
    ),
    "tanpa-kolom-nama": (
        "anggota",
        "anggota.xlsx",
        lambda path, _: no_name_column(path),
        ["anggota.xlsx: kolom nama tidak ditemukan (kolom yang ada: No, NIP, Unit Kerja, No. HP/WA)."],
    ),
    "angka-hilang": (
        "anggota",
        "anggota.xlsx",
        lambda path, _: digits_lost(path),
        [
            "anggota.xlsx baris 3, kolom NIP: NIP tersimpan sebagai angka, sehingga angka terakhirnya hilang (197005121993032000); "
            "ubah format kolom menjadi Teks lalu ketik ulang nomornya",
            "anggota.xlsx baris 4, kolom NIP: NIP harus 18 angka, tertulis 8 angka",
            "2 masalah; tidak ada yang ditulis.",
        ],
    ),
    "baris-ganda": (
        "anggota",
        "anggota.csv",
        lambda path, _: path.write_text(
            "Nama,NIP,ID\nSiti Aminah,197005121993032005,\nSiti Aminah S.Pd.,197005121993032005,\nYayah,,Yayah Rokayah\n"
        ),
        [
            "anggota.csv baris 3: anggota yang sama dengan anggota.csv baris 2 (NIP sama); hapus salah satunya",
            "anggota.csv baris 4, kolom ID: id hanya boleh memuat huruf kecil, angka dan tanda hubung, tanpa spasi",
        ],
    ),
    "csv-angka-hilang": (
        "anggota",
        "anggota.csv",
        lambda path, _: path.write_text("Nama;NUPTK\nSiti Aminah;1,23457E+15\n"),
        [
            "anggota.csv baris 2, kolom NUPTK: NUPTK tersimpan sebagai angka, sehingga angka terakhirnya hilang (1,23457E+15)"
        ],
    ),
    "berkata-sandi": ("notulen", "notulen.docx", encrypted(minutes_docx), ["notulen.docx dilindungi kata sandi"]),
    "excel-berkata-sandi": (
        "anggota",
        "anggota.xlsx",
        encrypted(members_xlsx),
        ["anggota.xlsx dilindungi kata sandi, jadi isinya tidak dapat dibaca. Buka di Excel, hapus kata sandinya"],
    ),
    "bukan-word": (
        "notulen",
        "notulen.docx",
        lambda path, _: path.write_text("notulen"),
        ["notulen.docx bukan dokumen Word (.docx)."],
    ),
    "zip-bukan-word": (
        "notulen",
        "notulen.docx",
        lambda path, _: zip_of_guides(path),
        ["notulen.docx tidak dapat dibaca sebagai dokumen Word"],
    ),
    "tanpa-tanggal": (
        "notulen",
        "rapat.docx",
        lambda path, _: docx.Document().save(path),
        ["rapat.docx: tanggal rapat tidak ditemukan"],
    ),
    "materi-bukan-folder": (
        "materi",
        "soal.pdf",
        lambda path, _: path.write_bytes(pdf("x")),
        ["soal.pdf bukan folder."],
    ),
}


@pytest.mark.parametrize("case", sorted(BAD_INPUTS))
def test_bad_inputs_get_an_indonesian_message_and_nothing_is_written(
    case: str, project: Project, tmp_path: Path
) -> None:
    kind, name, write, messages = BAD_INPUTS[case]
    write(tmp_path / name, tmp_path)
    before = tree_digest(project.data)
    result = kkg_site("impor", kind, str(tmp_path / name), cwd=project.root)
    assert result.returncode == 1, result.stdout
    assert "Traceback" not in result.stderr
    for message in messages:
        assert message in result.stderr
    assert "tidak ada yang ditulis" in result.stderr.casefold()
    assert tree_digest(project.data) == before


def test_without_the_optional_libraries_the_command_says_what_to_install(project: Project, tmp_path: Path) -> None:
    members_xlsx(tmp_path / "anggota.xlsx")
    hide = "import sys; sys.modules['openpyxl'] = None; from kkg_site.cli import main; sys.exit(main())"
    result = run([sys.executable, "-c", hide, "impor", "anggota", str(tmp_path / "anggota.xlsx")], project.root)
    assert result.returncode == 2
    assert (
        result.stderr
        == 'Impor anggota memerlukan pustaka tambahan (openpyxl). Pasang dengan:\n    pip install "kkg-site[impor]"\n'
    )


def test_the_guides_template_has_headers_the_importer_reads(tmp_path: Path) -> None:
    template = ROOT / "content/panduan/templat-anggota.xlsx"
    (sheet, notes) = read_sheets(template)
    header = find_header(sheet)
    assert header is not None and header.row == 1 and not header.unknown
    assert [cell.text for cell in sheet.rows[0][1]] == HEADERS
    assert set(header.columns) == {"nama", "nip", "nuptk", "sekolah", "npsn", "telepon", "surel", "tugas", "alamat"}
    assert find_header(notes) is None
    # Filled in as a secretary would, the template imports.
    book = openpyxl.load_workbook(template)
    book["Anggota"].append(
        [
            1,
            "Siti Aminah, S.Pd.",
            "198001012005012001",
            None,
            "P",
            "SD Negeri 1 Sukamaju",
            "20201347",
            "0812-1111-2222",
            None,
            "Guru Kelas 3",
        ]
    )
    book.save(tmp_path / "isi.xlsx")
    project = copy_project(tmp_path / "proyek")
    result = kkg_site("impor", "anggota", str(tmp_path / "isi.xlsx"), cwd=project.root)
    assert result.returncode == 0, result.stderr
    assert "1 anggota baru" in result.stdout


def test_the_guide_offers_the_template(imported: Imported) -> None:
    guide = page(imported.project.site, "panduan/pengelola/")
    link = guide.find("a", href=re.compile(r"templat-anggota\.xlsx$"))
    assert link is not None and "Memindahkan data lama" in guide.get_text()
    assert (imported.project.site / "panduan/templat-anggota.xlsx").is_file()
