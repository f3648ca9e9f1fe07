"""Active content in data: scripts, embeds, event handlers, script URLs and images, never shown as written.

Safety does not depend on this module: templates escape every plain-text field
and Markdown goes through the sanitiser (``render.markdown_to_html``). It tells
the editor instead, with a warning (the build goes on), that what they pasted
will not appear as written: removed from Markdown, shown as text elsewhere.
Every text of every validated record is checked (``record.validate_record``); a
content type that reads free text outside a record (a Markdown body) calls
:func:`report`.
"""

from __future__ import annotations

import html
import re

from .errors import ErrorLog

_PATTERNS = (
    (re.compile(r"<\s*(script|style|iframe|object|embed|form|link|meta|base|svg|math)\b", re.IGNORECASE), "<{}>"),
    (re.compile(r"<[a-z][^>]*?\s(on[a-z]+)\s*=", re.IGNORECASE), "atribut {}"),
    # "JavaScript: dasar" is a title, "javascript:alert(1)" is a URL
    (re.compile(r"\b((?:java|vb)script):(?!\s)", re.IGNORECASE), "tautan {}:"),
    (re.compile(r"\b(data):[a-z]+/[\w.+-]+", re.IGNORECASE), "tautan {}:"),
    (re.compile(r"(<img\b|!\[[^\]]*\]\()", re.IGNORECASE), "gambar"),  # not shown: see render._ALLOWED_TAGS
)


def found_in(text: str) -> list[str]:
    """What active content ``text`` holds, e.g. ``["<script>", "atribut onerror"]``."""
    if "<" not in text and ":" not in text and "![" not in text:  # every pattern needs one: most texts end here
        return []
    if "&" in text:  # &#106;avascript: is what a browser reads as javascript:
        text = html.unescape(text)
    found: dict[str, None] = {}
    for pattern, label in _PATTERNS:
        for match in pattern.finditer(text):
            found[label.format(match.group(1).lower())] = None
    return list(found)


def report(log: ErrorLog, file: str, line: int | None, field: str, text: str) -> None:
    if found := found_in(text):
        log.add(
            file,
            line,
            field,
            f"memuat kode yang tidak dijalankan di situs ({', '.join(found)}); kode itu dibuang atau "
            "ditampilkan sebagai teks biasa, hapus dari data",
            severity="warning",
        )
