from __future__ import annotations

from dataclasses import dataclass

from .model import Pengumuman


@dataclass
class Announcements:
    items: list[Pengumuman]  # newest first
