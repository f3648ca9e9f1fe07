"""Data errors: what went wrong, where (file, line, field), and a suggestion.

Editors of ``data/`` are teachers, so every message is Indonesian and names the
file and line they must open. Errors are collected, never raised one at a time,
so a single run reports all of them.
"""

from __future__ import annotations

import difflib
import re
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Literal

Severity = Literal["error", "warning"]


@dataclass(frozen=True)
class DataError:
    file: str  # path relative to the repository root, e.g. "data/anggota.yml"
    line: int | None
    field: str  # e.g. "anggota[3].sekolah"; empty for whole-file problems
    message: str
    suggestion: str | None = None
    severity: Severity = "error"

    def __str__(self) -> str:
        where = f"{self.file}:{self.line}" if self.line else self.file
        field = f" {self.field}:" if self.field else ""
        label = " peringatan:" if self.severity == "warning" else ""
        return f"{where}:{label}{field} {self.text}"

    @property
    def text(self) -> str:
        """The message with its suggestion, without the location."""
        if self.suggestion is None:
            return self.message
        return f"{self.message} (apakah maksud Anda '{self.suggestion}'?)"

    def annotation(self) -> str:
        """The GitHub Actions workflow command that marks the file and line."""
        props = [f"file={_escape_property(self.file)}"]
        if self.line:
            props.append(f"line={self.line}")
        title = f"Data KKG: {self.field}" if self.field else "Data KKG"
        props.append(f"title={_escape_property(title)}")
        command = "warning" if self.severity == "warning" else "error"
        return f"::{command} {','.join(props)}::{_escape_data(self.text)}"


def _escape_data(value: str) -> str:
    return value.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")


def _escape_property(value: str) -> str:
    return _escape_data(value).replace(":", "%3A").replace(",", "%2C")


class DataErrors(Exception):
    """Raised once, at the end of validation, carrying every error found."""

    def __init__(self, errors: Iterable[DataError]):
        self.errors = sorted(errors, key=_sort_key)
        super().__init__(self.report())

    def report(self) -> str:
        count = len(self.errors)
        lines = [str(error) for error in self.errors]
        lines.append(f"Ditemukan {count} kesalahan pada data. Situs tidak dibangun.")
        return "\n".join(lines)


def _sort_key(error: DataError) -> tuple[str, int, str]:
    return (error.file, error.line or 0, error.field)


class ErrorLog:
    """Collects errors and warnings of one run."""

    def __init__(self) -> None:
        self.entries: list[DataError] = []

    def add(
        self,
        file: str,
        line: int | None,
        field: str,
        message: str,
        suggestion: str | None = None,
        severity: Severity = "error",
    ) -> None:
        self.entries.append(DataError(file, line, field, message, suggestion, severity))

    @property
    def errors(self) -> list[DataError]:
        return [e for e in self.entries if e.severity == "error"]

    @property
    def warnings(self) -> list[DataError]:
        return [e for e in self.entries if e.severity == "warning"]

    def raise_if_errors(self) -> None:
        if self.errors:
            raise DataErrors(self.errors)


def suggest(value: object, choices: Iterable[str]) -> str | None:
    """The choice closest to ``value``, if one is close enough to be a likely typo."""
    text, choices = str(value), list(choices)
    # 'sdn-3' is not a typo of 'sdn-2' (nor 'Tema 3' of 'Tema 2'): numbers must agree.
    options = [option for option in choices if _numbers(option) == _numbers(text)]
    folded = {option.casefold(): option for option in options}
    if text.casefold() in folded:
        return folded[text.casefold()]
    matches = difflib.get_close_matches(text.casefold(), list(folded), n=3, cutoff=0.6)
    if matches:
        # difflib scores two swapped letters ("WBI") like a wrong one ("WIT"); prefer the swap.
        swapped = [match for match in matches if sorted(match) == sorted(text.casefold())]
        return folded[(swapped or matches)[0]]
    # Abbreviations ("MTK", "PJOK") and prefixes ("mat") are common too, and so is an id
    # written without its year or number ("soal-bersama" for "soal-bersama-2027").
    prefixed = options if _numbers(text) else choices
    prefix = [o for o in prefixed if o.casefold().startswith(text.casefold()) and len(text) >= 3]
    return prefix[0] if len(prefix) == 1 else None


def _numbers(text: str) -> list[int]:
    return [int(number) for number in re.findall(r"\d+", text)]
