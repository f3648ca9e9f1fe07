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
        file = shown(self.file)
        where = f"{file}:{self.line}" if self.line else file
        field = f" {shown(self.field)}:" if self.field else ""
        label = " peringatan:" if self.severity == "warning" else ""
        return f"{where}:{label}{field} {self.text}"

    @property
    def text(self) -> str:
        """The message with its suggestion, without the location; invisible characters shown escaped."""
        if self.suggestion is None:
            return shown(self.message)
        return shown(f"{self.message} (apakah maksud Anda '{self.suggestion}'?)")

    def annotation(self) -> str:
        """The GitHub Actions workflow command that marks the file and line."""
        props = [f"file={_escape_property(self.file)}"]
        if self.line:
            props.append(f"line={self.line}")
        title = f"Data KKG: {self.field}" if self.field else "Data KKG"
        props.append(f"title={_escape_property(title)}")
        command = "warning" if self.severity == "warning" else "error"
        return f"::{command} {','.join(props)}::{_escape_data(self.text)}"


# Control characters, line and paragraph separators, and the invisible format characters
# (zero-width, bidirectional overrides): printed raw, a data value could start a new line
# in a CI log (``::error``, ``::add-mask::``), recolour a terminal, or reorder what is read.
_INVISIBLE = re.compile(r"[\x00-\x1f\x7f-\x9f\u00ad\u061c\u200b-\u200f\u2028-\u202e\u2060-\u2064\u2066-\u206f\ufeff]")
_NAMED = {"\n": "\\n", "\r": "\\r", "\t": "\\t"}


def shown(text: str) -> str:
    """``text`` with every invisible or control character written as an escape (``\\n``, ``\\x1b``, ``\\u202e``)."""
    return _INVISIBLE.sub(_escape_char, text) if _INVISIBLE.search(text) else text


def _escape_char(match: re.Match[str]) -> str:
    char = match.group()
    return _NAMED.get(char) or (f"\\x{ord(char):02x}" if ord(char) < 0x100 else f"\\u{ord(char):04x}")


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
        self._seen: set[DataError] = set()  # two checks may find one mistake (a text's check and a file name's)

    def add(
        self,
        file: str,
        line: int | None,
        field: str,
        message: str,
        suggestion: str | None = None,
        severity: Severity = "error",
    ) -> None:
        entry = DataError(file, line, field, message, suggestion, severity)
        if entry not in self._seen:
            self._seen.add(entry)
            self.entries.append(entry)

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
