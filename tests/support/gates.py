"""What the safety gates checked in this run; ``conftest.py`` prints it at the end (CI output shows the numbers)."""

from __future__ import annotations

from collections import Counter

GATE_COUNTS: Counter[str] = Counter()


def count_checked(what: str, number: int = 1) -> None:
    """Record ``number`` more items checked by a gate; call it after the test's assertions passed."""
    GATE_COUNTS[what] += number
