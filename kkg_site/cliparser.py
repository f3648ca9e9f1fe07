"""argparse speaking Indonesian: the ``kkg-site`` command's own usage errors and help.

argparse writes its messages in English; the teachers who type ``kkg-site perikso`` read
Indonesian. The parser's messages are translated by their shape (argparse offers no other
hook), with a suggestion where one helps; a message of an unknown shape is still shown,
after an Indonesian sentence, so nothing is lost.
"""

from __future__ import annotations

import argparse
import re
import sys
from typing import NoReturn

from .errors import suggest

_INVALID_CHOICE = re.compile(r"argument (\w+): invalid choice: '(.*)' \(choose from (.*)\)$", re.DOTALL)
_UNRECOGNIZED = re.compile(r"unrecognized arguments: (.*)$", re.DOTALL)
_REQUIRED = re.compile(r"the following arguments are required: (.*)$", re.DOTALL)
_EXPECTED_ONE = re.compile(r"argument (\S+): expected one argument$")


class IndonesianParser(argparse.ArgumentParser):
    def __init__(self, *args, **kwargs) -> None:
        kwargs["add_help"] = False
        super().__init__(*args, **kwargs)
        self.add_argument("-h", "--help", action="help", help="tampilkan bantuan ini lalu keluar")

    def format_usage(self) -> str:
        return super().format_usage().replace("usage:", "pemakaian:", 1)

    def format_help(self) -> str:
        text = super().format_help().replace("usage:", "pemakaian:", 1)
        return text.replace("\npositional arguments:", "\nargumen:").replace("\noptions:", "\nopsi:")

    def error(self, message: str) -> NoReturn:
        self.print_usage(sys.stderr)
        self.exit(2, f"{self.prog}: {indonesian(message)}\n")


def indonesian(message: str) -> str:
    """argparse's English ``message`` said in Indonesian."""
    if match := _INVALID_CHOICE.match(message):
        given, choices = match[2], re.findall(r"'([^']*)'", match[3])
        close = suggest(given, choices)
        hint = f" (apakah maksud Anda '{close}'?)" if close else ""
        return f"perintah '{given}' tidak dikenal{hint}; pilihan: {', '.join(choices)}"
    if match := _UNRECOGNIZED.match(message):
        return (
            f"argumen tidak dikenal: {match[1]}; opsi umum seperti --data ditulis sebelum nama perintah, "
            "mis. kkg-site --data data periksa"
        )
    if match := _REQUIRED.match(message):
        return f"argumen wajib belum ditulis: {match[1]}; lihat kkg-site --help"
    if match := _EXPECTED_ONE.match(message):
        return f"opsi {match[1]} perlu satu nilai, mis. {match[1]} data"
    return f"perintah tidak dapat dibaca ({message}); lihat kkg-site --help"
