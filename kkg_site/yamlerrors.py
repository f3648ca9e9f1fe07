"""Why a YAML data file cannot be read, in Indonesian, with the line and a suggestion.

The parser's own messages (PyYAML's) are English and name the symptom ("mapping values are not
allowed here"); an editor needs the cause on their line: a colon in a value, an unclosed quote,
a tab, a look-alike space, a file saved as UTF-16. :mod:`kkg_site.yamlio` reads the files and
asks here when the parser fails.
"""

from __future__ import annotations

import codecs
import re

import yaml

from .errors import ErrorLog

MAX_DEPTH = 40  # nesting levels of a data file (yamlio refuses deeper ones while composing)

_PROBLEM_HINTS = {
    "mapping values are not allowed": "titik dua (:) di tempat yang salah; jika nilainya memuat ': ', apit dengan tanda kutip",
    "could not find expected ':'": "tanda titik dua (:) setelah nama kunci tidak ditemukan",
    "did not find expected key": "indentasi tidak rata; pastikan kunci sejajar dengan kunci di atasnya",
    "did not find expected '-' indicator": "indentasi daftar tidak rata; pastikan tanda '-' sejajar",
    "found unexpected end of stream": "tanda kutip atau kurung tidak ditutup",
    "found unknown escape character": "karakter escape tidak dikenal dalam teks berkutip ganda; gunakan kutip tunggal",
    "expected <block end>, but found '-'": "indentasi daftar tidak rata; pastikan tanda '-' sejajar",
    "but found another document": "berkas hanya boleh berisi satu dokumen; hapus baris '---' di tengah berkas",
    "could not determine a constructor": "tanda '!' (tag YAML) tidak didukung; hapus tag itu atau apit nilainya dengan tanda kutip",
    "found duplicate anchor": "alias YAML (*nama) tidak didukung; tulis nilainya langsung",
}


# Whitespace that looks like a space in the web editor but is not one for YAML.
_LOOKALIKE_SPACES = {
    "\t": "karakter Tab tidak boleh dipakai; gunakan spasi untuk indentasi",
    "\u00a0": "ada spasi tak-putus (biasanya terbawa saat menyalin dari web atau dokumen); ketik ulang spasinya",
}


_INVALID = "penulisan YAML tidak sah"
_MAX_KEY_LENGTH = 1024

# "key: value" (optionally a list item), the value starting with a quote.
_QUOTED_VALUE = re.compile(r"""^\s*(?:-\s+)*(?:[^\s"'#-][^:#]*:\s+)?(["'])(.*)$""")
# "key: value" where the value itself holds ": " (or ends with ":").
_COLON_IN_VALUE = re.compile(r"^(\s*(?:-\s+)?)([^\s:#\"'][^:#]*):\s+([^\"'\s].*(?::\s|:$).*)$")


def describe_yaml_error(error: yaml.YAMLError, text: str) -> tuple[int | None, str, str | None]:
    """(line, Indonesian message, suggestion) for a parser error, naming the likely cause.

    The parser reports where it got stuck, which is often a line after the
    mistake (an unclosed quote swallows the next key), so the source text is
    consulted to point at the line the editor must change.
    """
    if isinstance(error, yaml.reader.ReaderError):  # a character YAML does not allow anywhere
        return (
            text.count("\n", 0, error.position) + 1,
            (
                f"berkas memuat karakter kontrol tak terlihat (U+{error.character:04X}), biasanya terbawa saat "
                "menyalin dari dokumen lain; hapus karakter itu"
            ),
            None,
        )
    mark = getattr(error, "problem_mark", None)
    line = mark.line + 1 if mark is not None else None
    context_mark = getattr(error, "context_mark", None)
    problem = getattr(error, "problem", None) or str(error)
    if "maximum nesting depth" in problem:  # PyYAML >= 6.0.4 stops deep documents in its parser
        return line, f"struktur bersarang lebih dari {MAX_DEPTH} tingkat", None
    source_lines = text.splitlines()
    first = context_mark.line + 1 if context_mark is not None else line
    for candidate in (line, first):
        if candidate and candidate <= len(source_lines):
            for character, message in _LOOKALIKE_SPACES.items():
                if character in source_lines[candidate - 1]:
                    return candidate, f"{_INVALID}: {message}", None
    if line and first and (quoted := _unclosed_quote(source_lines, first, line)):
        quote_line, closed = quoted
        return quote_line, f"{_INVALID}: tanda kutip yang dibuka di baris ini tidak ditutup", closed
    if "mapping values are not allowed" in problem and line and line <= len(source_lines):
        if match := _COLON_IN_VALUE.match(source_lines[line - 1]):
            _indent, key, value = match.groups()
            quote = "'" if '"' in value else '"'
            return (
                line,
                f"{_INVALID}: nilai {key.strip()} memuat titik dua (:); apit nilainya dengan tanda kutip",
                f"{key.strip()}: {quote}{value.rstrip()}{quote}",
            )
        return line, f"{_INVALID}: indentasi tidak rata; pastikan kunci sejajar dengan kunci di atasnya", None
    if "cannot start any token" in problem and mark is not None and mark.line < len(source_lines):
        character = source_lines[mark.line][mark.column : mark.column + 1]
        return (
            line,
            (
                f"{_INVALID}: nilai tidak boleh diawali karakter {character}; "
                f'apit nilainya dengan tanda kutip, misalnya "{character}..."'
            ),
            None,
        )
    if "could not find expected ':'" in problem and context_mark is not None and context_mark.line < len(source_lines):
        # PyYAML looks for a key's colon within 1024 characters (YAML 1.2 allows no longer implicit key)
        key_length = len(source_lines[context_mark.line].partition(":")[0].strip())
        if key_length > _MAX_KEY_LENGTH:
            return (
                first,
                f"{_INVALID}: nama kunci terlalu panjang ({key_length} karakter, paling banyak {_MAX_KEY_LENGTH})",
                None,
            )
    for english, indonesian in _PROBLEM_HINTS.items():
        if english in problem:
            return line, f"{_INVALID}: {indonesian}", None
    return line, f"{_INVALID} ({problem})", None


def _unclosed_quote(lines: list[str], first: int, last: int) -> tuple[int, str] | None:
    """The last line in ``first..last`` (1-based) whose quoted value is not closed,
    with that line closed as a suggestion."""
    for number in range(min(last, len(lines)), first - 1, -1):
        match = _QUOTED_VALUE.match(lines[number - 1])
        if not match:
            continue
        quote, rest = match.groups()
        closing = r'(?<!\\)"' if quote == '"' else r"'(?!')"
        if not re.search(closing, rest.replace("''", "") if quote == "'" else rest):
            return number, lines[number - 1].strip() + quote
    return None


def _looks_utf16(raw: bytes) -> bool:
    """UTF-16 without a byte-order mark: mostly Latin text, so every other byte is NUL."""
    halves = len(raw) // 2
    fewer, more = sorted((raw[0::2].count(0), raw[1::2].count(0)))  # NULs at even and at odd offsets
    return halves > 0 and more >= halves * 0.8 and fewer <= halves * 0.05


def decode_utf8(raw: bytes, file: str, log: ErrorLog) -> str | None:
    """Text of a data file; non-UTF-8 bytes are an error with their line."""
    if raw.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)) or (b"\x00" in raw and _looks_utf16(raw)):
        log.add(
            file, None, "", 'berkas tersimpan sebagai UTF-16 ("Unicode" di Notepad); simpan ulang dengan encoding UTF-8'
        )
        return None
    try:
        text = raw.decode("utf-8-sig")  # a byte-order mark (Notepad's "UTF-8 with BOM") is fine
    except UnicodeDecodeError as error:
        line = raw.count(b"\n", 0, error.start) + 1
        byte = raw[error.start : error.start + 1].hex().upper()
        log.add(
            file,
            line,
            "",
            f"berkas tidak tersimpan sebagai UTF-8 (byte 0x{byte}); simpan ulang dengan encoding UTF-8",
        )
        return None
    if "\x00" in text:
        log.add(
            file,
            raw.count(b"\n", 0, raw.index(b"\x00")) + 1,
            "",
            "berkas memuat karakter NUL; apakah ini berkas biner?",
        )
        return None
    return text
