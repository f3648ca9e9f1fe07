"""Markdown that Python-Markdown cannot render in reasonable time, refused with a reason."""

from __future__ import annotations

import re

# Python-Markdown recurses once per level of nested lists and quotes (a few hundred levels
# raise RecursionError) and slows down quadratically on long runs of unclosed brackets
# in three shapes, each unclosed mark or split line searching or copying the rest of its
# paragraph: "[" left open (40,000 take over a minute; 100 before 95,000 characters of one
# paragraph, 2.3 s), HTML tags left open (13,000 "<p" take 13 s) and headings or rules, which
# split their paragraph (25,000 lines "***" take 35 s). Real text needs none of these. Measured
# by hand with timers over 40,000 and 100,000 characters of runs of every Markdown mark:
# "*", "_", "`", "!", "(", "&", "\\", closed links, tables and lists stay linear.
MAX_MARKDOWN_DEPTH = 12
MAX_BRACKETS = 500
_QUADRATIC_BRACKETS = "[<"
MAX_BRACKET_SCAN = 4_000_000  # "[" in a paragraph × its length: about a second
MAX_SPLIT_LINES = 500
_SPLIT_LINE = re.compile(r"^ {0,3}(?:#|(?:=+|(?:[-*_][ \t]*){3,})[ \t]*$)", re.MULTILINE)
_PARAGRAPH_BREAK = re.compile(r"\n[ \t]*\n")
_NESTING = re.compile(r"^(?:[ \t]*(?:[-*+>]|\d{1,9}[.)])(?=[ \t]|$))+", re.MULTILINE)
_MARKER = re.compile(r"[-*+>]|\d{1,9}[.)]")


def markdown_problem(text: str) -> str | None:
    """Why ``text`` cannot be rendered as Markdown in reasonable time, or None."""
    depth = 0
    for match in _NESTING.finditer(text):
        indent = len(match.group().expandtabs(4)) - len(match.group().lstrip(" \t").expandtabs(4))
        depth = max(depth, indent // 4 + len(_MARKER.findall(match.group())))
    if depth > MAX_MARKDOWN_DEPTH:
        return (
            f"daftar atau kutipan bersarang terlalu dalam ({depth} tingkat); paling banyak {MAX_MARKDOWN_DEPTH} tingkat"
        )
    for bracket in _QUADRATIC_BRACKETS:
        if (count := text.count(bracket)) > MAX_BRACKETS:
            return f"terlalu banyak tanda {bracket} ({count}); paling banyak {MAX_BRACKETS}"
    if text.count("[") * len(text) > MAX_BRACKET_SCAN:  # rarely true: then paragraph by paragraph
        for paragraph in _PARAGRAPH_BREAK.split(text):
            if (count := paragraph.count("[")) * len(paragraph) > MAX_BRACKET_SCAN:
                return (
                    f"paragraf terlalu panjang untuk {count} tanda [ ({len(paragraph)} karakter); "
                    "pisahkan paragrafnya dengan baris kosong"
                )
    if (count := len(_SPLIT_LINE.findall(text))) > MAX_SPLIT_LINES:
        return f"terlalu banyak baris judul atau garis ({count}); paling banyak {MAX_SPLIT_LINES}"
    return None
