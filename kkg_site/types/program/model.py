"""Model of ``data/program.yml``: the items of the programme (program kerja), by school year."""

from __future__ import annotations

from typing import Annotated, Any, Literal

from pydantic import BeforeValidator, ConfigDict, Field, WithJsonSchema

from ...fields import Rupiah, Slug
from ...record import Record
from ...schoolyear import TahunAjaran

JANGKA_LABELS = {"pendek": "Jangka pendek", "panjang": "Jangka panjang"}


def _months_as_text(value: Any) -> Any:
    """``waktu`` is free text; a list of months (``[Agustus, September]``) is joined."""
    if isinstance(value, list):
        return ", ".join(str(v).strip() for v in value if v is not None)
    return value


# The canonical shape is the list (kkg_site.migrate): a form keeps it; one text still reads.
_TEXT_OR_MONTHS = {
    "anyOf": [{"type": "array", "items": {"type": ["string", "number"]}}, {"type": ["string", "number", "null"]}]
}


class Program(Record):
    model_config = ConfigDict(title="Butir program kerja")

    id: Slug = Field(
        title="ID",
        description="Nama pendek yang unik, mis. pertemuan-rutin-2026-2027; kegiatan merujuknya dengan program: <id>.",
    )
    nama: str = Field(min_length=1, description="Nama program.")
    jangka: Literal["pendek", "panjang"] = Field(
        description="pendek (selesai dalam tahun ajaran itu) atau panjang (berlanjut)."
    )
    tahun_ajaran: TahunAjaran = Field(
        title="Tahun ajaran", description='Tahun ajaran, dengan tanda kutip, mis. "2026/2027".'
    )
    tujuan: str | None = Field(None, description="Tujuan program.")
    sasaran: str | None = Field(None, description="Sasaran program, mis. seluruh guru kelas anggota KKG.")
    waktu: Annotated[str | None, BeforeValidator(_months_as_text), WithJsonSchema(_TEXT_OR_MONTHS)] = Field(
        None, description="Waktu pelaksanaan, ditulis bebas, mis. September 2025, atau daftar bulan."
    )
    penanggung_jawab: Slug = Field(
        title="Penanggung jawab", description="Penanggung jawab: id anggota di data/anggota.yml."
    )
    anggaran: Rupiah | None = Field(
        default=None, ge=0, description="Anggaran dalam rupiah, bilangan bulat tanpa titik, mis. 1500000."
    )
