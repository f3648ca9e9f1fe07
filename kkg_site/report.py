"""Printing data errors for people and for GitHub Actions."""

from __future__ import annotations

import os
import sys
from collections.abc import Iterable
from typing import TextIO

from .errors import DataError


def in_github_actions() -> bool:
    return os.environ.get("GITHUB_ACTIONS") == "true"


def print_annotations(entries: Iterable[DataError], stream: TextIO = sys.stdout) -> None:
    """Workflow commands that mark each file and line in GitHub's UI (only under Actions)."""
    if not in_github_actions():
        return
    for entry in entries:
        print(entry.annotation(), file=stream)
    stream.flush()
