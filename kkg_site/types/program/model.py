"""Model of ``data/program.yml``: the items of the programme (program kerja), by school year."""

from __future__ import annotations

from typing import Annotated, Any, Literal

from pydantic import BeforeValidator, Field

from ...model import Record, Rupiah, Slug
from ...schoolyear import TahunAjaran

JANGKA_LABELS = {"pendek": "Jangka pendek", "panjang": "Jangka panjang"}


def _months_as_text(value: Any) -> Any:
    """``waktu`` is free text; a list of months (``[Agustus, September]``) is joined."""
    if isinstance(value, list):
        return ", ".join(str(v).strip() for v in value if v is not None)
    return value


class Program(Record):
    id: Slug
    nama: str = Field(min_length=1)
    jangka: Literal["pendek", "panjang"]
    tahun_ajaran: TahunAjaran
    tujuan: str | None = None
    sasaran: str | None = None
    waktu: Annotated[str | None, BeforeValidator(_months_as_text)] = None
    penanggung_jawab: Slug
    anggaran: Rupiah | None = Field(default=None, ge=0)
