"""The demo activities as the tests read them: straight from the YAML files, with PyYAML."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, datetime, time
from pathlib import Path
from zoneinfo import ZoneInfo

import yaml

from support.build import ROOT, TODAY
from support.data import demo_yaml

FOLDER = ROOT / "data" / "kegiatan"
JAKARTA = ZoneInfo("Asia/Jakarta")


@dataclass
class Activity:
    id: str
    raw: dict

    @property
    def first_day(self) -> date:
        return self.raw.get("tanggal") or self.raw["mulai"]

    @property
    def last_day(self) -> date:
        return self.raw.get("tanggal") or self.raw.get("selesai") or self.raw["mulai"]

    @property
    def hours(self) -> tuple[time, time | None] | None:
        """(start, end) from ``jam``; the demo writes "HH.MM-HH.MM" or "HH.MM-selesai"."""
        if "jam" not in self.raw:
            return None
        match = re.fullmatch(r"(\d\d)\.(\d\d)-(?:(\d\d)\.(\d\d)|selesai)", self.raw["jam"])
        assert match, self.raw["jam"]
        start = time(int(match[1]), int(match[2]))
        return start, time(int(match[3]), int(match[4])) if match[3] else None

    @property
    def start(self) -> datetime | date:
        hours = self.hours
        return datetime.combine(self.first_day, hours[0], tzinfo=JAKARTA) if hours else self.first_day

    @property
    def cancelled(self) -> bool:
        return bool(self.raw.get("dibatalkan"))

    @property
    def upcoming(self) -> bool:
        return self.last_day >= TODAY

    @property
    def url(self) -> str:
        return f"kegiatan/{self.id}/"


def activities(folder: Path = FOLDER) -> list[Activity]:
    found = [Activity(p.stem, yaml.safe_load(p.read_text(encoding="utf-8"))) for p in sorted(folder.glob("*.yml"))]
    return sorted(found, key=lambda a: (a.first_day, a.id))


def members() -> dict[str, dict]:
    return {m["id"]: m for m in demo_yaml("anggota.yml")}
