"""The demo materials as written in data/materi/, read with plain PyYAML for the tests."""

from __future__ import annotations

import re

import yaml

from support.build import ROOT

MATERI = ROOT / "data" / "materi"
FASE = {1: "A", 2: "A", 3: "B", 4: "B", 5: "C", 6: "C"}


def load_items() -> dict[str, dict]:
    items = {}
    for path in sorted(MATERI.rglob("*.yml")):
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
        data["_path"] = path
        items[path.stem] = data
    return items


ITEMS = load_items()


def classes(item: dict) -> set[int]:
    kelas = item.get("kelas")
    if kelas is not None:
        return set(kelas if isinstance(kelas, list) else [kelas])
    if "fase" in item:
        return {k for k, f in FASE.items() if f == item["fase"]}
    return set(range(1, 7))


def slug(text: str) -> str:
    return "-".join(re.findall(r"[a-z0-9]+", text.lower()))
