"""What a data file really holds, and images made safe to publish.

A file's suffix is what an editor wrote; its first bytes are what a reader's device will
open. Attachments, photos and receipts are published only when both agree (a "receipt"
that is really ``anggota.yml`` would publish every member's private data), and images are
re-encoded from their pixels so that no EXIF/XMP block (GPS position, camera, owner's
name) reaches the site. Pillow reads the images; documents and media get a check of their
magic bytes, which is all a browser or office program looks at before opening them.
"""

from __future__ import annotations

import functools
import io
import os
import warnings
from dataclasses import dataclass
from pathlib import Path

import imagesize
from PIL import Image, ImageOps, UnidentifiedImageError

from .page import Asset, GeneratedFile

# Image formats by suffix, as Pillow names them.
IMAGE_FORMATS = {
    ".jpg": "JPEG",
    ".jpeg": "JPEG",
    ".png": "PNG",
    ".webp": "WEBP",
    ".avif": "AVIF",
    ".gif": "GIF",
}
_SUFFIX_OF_FORMAT = {"JPEG": ".jpg", "PNG": ".png", "WEBP": ".webp", "AVIF": ".avif", "GIF": ".gif"}

# A phone camera takes 12–50 megapixels; far larger images are decompression bombs
# (a 107 KB PNG of 30000×30000 pixels needs 3.6 GB to open) that no browser shows.
MAX_SIDE = 12_000
MAX_PIXELS = 60_000_000

_OLE = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"  # .doc, .xls, .ppt (Office 97–2003)
_ZIP = b"PK\x03\x04"  # .docx, .xlsx, .pptx and OpenDocument files are zip archives
_MP4_BOXES = (b"ftyp", b"moov", b"mdat", b"wide", b"free", b"skip")


def _is_mp3(head: bytes) -> bool:
    return head.startswith(b"ID3") or (len(head) > 1 and head[0] == 0xFF and head[1] & 0xE0 == 0xE0)


# Suffix → (what it is called in a message, whether the first bytes fit).
SIGNATURES = {
    ".pdf": ("PDF", lambda head: b"%PDF-" in head),
    ".doc": ("dokumen Word", lambda head: head.startswith(_OLE)),
    ".xls": ("lembar kerja Excel", lambda head: head.startswith(_OLE)),
    ".ppt": ("presentasi PowerPoint", lambda head: head.startswith(_OLE)),
    ".docx": ("dokumen Word", lambda head: head.startswith(_ZIP)),
    ".xlsx": ("lembar kerja Excel", lambda head: head.startswith(_ZIP)),
    ".pptx": ("presentasi PowerPoint", lambda head: head.startswith(_ZIP)),
    ".odt": ("dokumen OpenDocument", lambda head: head.startswith(_ZIP)),
    ".ods": ("lembar kerja OpenDocument", lambda head: head.startswith(_ZIP)),
    ".odp": ("presentasi OpenDocument", lambda head: head.startswith(_ZIP)),
    ".rtf": ("dokumen RTF", lambda head: head.startswith(b"{\\rtf")),
    ".mp3": ("audio MP3", _is_mp3),
    ".m4a": ("audio M4A", lambda head: head[4:8] in _MP4_BOXES),
    ".ogg": ("audio Ogg", lambda head: head.startswith(b"OggS")),
    ".opus": ("audio Opus", lambda head: head.startswith(b"OggS")),
    ".wav": ("audio WAV", lambda head: head.startswith(b"RIFF") and head[8:12] == b"WAVE"),
    ".mp4": ("video MP4", lambda head: head[4:8] in _MP4_BOXES),
    ".mov": ("video MOV", lambda head: head[4:8] in _MP4_BOXES),
    ".3gp": ("video 3GP", lambda head: head[4:8] in _MP4_BOXES),
    ".webm": ("video WebM", lambda head: head.startswith(b"\x1a\x45\xdf\xa3")),
}
_HEAD = 1024  # a PDF header may follow up to 1 KB of other bytes


@dataclass(frozen=True)
class ImageSize:
    width: int  # as shown: a photo taken sideways is turned upright when published
    height: int


class ContentError(ValueError):
    """The file is not what its suffix says, cannot be read, or is too large an image; the
    message (Indonesian) names the file as the editor wrote it."""

    def __init__(self, message: str, suggestion: str | None = None) -> None:
        super().__init__(message)
        self.suggestion = suggestion


def check_content(path: str | os.PathLike[str], written: str) -> ImageSize | None:
    """Raise :class:`ContentError` unless the file ``path`` holds what its suffix claims
    (callers decide whether a symbolic link may lead to it); an image's upright size is
    returned. ``written`` names it in messages."""
    suffix = os.path.splitext(os.fspath(path))[1].lower()
    try:
        with open(path, "rb") as file:
            head = file.read(_HEAD)
    except OSError as error:
        raise ContentError(
            f"berkas '{written}' tidak dapat dibaca ({_reason(error)}); periksa izin berkasnya"
        ) from None
    if suffix in IMAGE_FORMATS:
        return _check_image(path, written, suffix)
    signature = SIGNATURES.get(suffix)
    if signature is not None and not signature[1](head):
        raise ContentError(f"isi berkas '{written}' bukan {signature[0]} seperti akhirannya; {_looks_like(head)}")
    return None


def _check_image(path: str | os.PathLike[str], written: str, suffix: str) -> ImageSize:
    expected = IMAGE_FORMATS[suffix]
    width, height = imagesize.get(path)  # the header alone: a bomb is refused before it is opened
    _check_dimensions(written, width, height)
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("error", Image.DecompressionBombWarning)
            with Image.open(path) as image:
                found = image.format
                if found != expected:
                    right_suffix = _SUFFIX_OF_FORMAT.get(found) if found else None
                    raise ContentError(
                        f"isi berkas '{written}' adalah gambar {found}, bukan {expected}; ganti akhirannya",
                        os.path.splitext(written)[0] + right_suffix if right_suffix else None,
                    )
                _check_dimensions(written, *image.size)
                image.load()  # a truncated or damaged file fails here, not in the build
                return ImageSize(*_upright(image))
    except ContentError:
        raise
    except (Image.DecompressionBombError, Image.DecompressionBombWarning):
        raise ContentError(
            f"gambar '{written}' terlalu besar untuk dibuka (lebih dari {MAX_PIXELS // 1_000_000} megapiksel)"
        ) from None
    except (UnidentifiedImageError, OSError, SyntaxError, ValueError, EOFError):
        with open(path, "rb") as file:
            head = file.read(_HEAD)
        raise ContentError(
            f"berkas '{written}' bukan gambar yang dapat dibaca; {_looks_like(head, _REMEDY_IMAGE)}"
        ) from None


def _check_dimensions(written: str, width: int, height: int) -> None:
    if max(width, height) > MAX_SIDE or width * height > MAX_PIXELS:
        raise ContentError(
            f"gambar '{written}' berukuran {width}×{height} piksel; batasnya {MAX_SIDE} piksel per sisi dan "
            f"{MAX_PIXELS // 1_000_000} megapiksel: perkecil gambarnya"
        )


def image_size(path: str | os.PathLike[str]) -> ImageSize:
    """The upright size of an image that :func:`check_content` accepted."""
    with Image.open(path) as image:
        return ImageSize(*_upright(image))


def _upright(image: Image.Image) -> tuple[int, int]:
    width, height = image.size
    turned = image.getexif().get(0x0112) in (5, 6, 7, 8)  # EXIF orientation: taken sideways
    return (height, width) if turned else (width, height)


def _looks_like(head: bytes, remedy: str = "simpan ulang berkasnya dari aplikasi aslinya") -> str:
    """What the file seems to be and what to do, for the message."""
    start = head.lstrip()[:300].lower()
    if b"<svg" in start:
        return "isinya gambar SVG (bisa memuat skrip); simpan ulang sebagai PNG atau JPG"
    if start.startswith(b"<"):
        return f"isinya halaman web; {remedy}"
    for magic, name, suffix in _KNOWN:
        if head.startswith(magic):
            return f"isinya {name}; ganti akhirannya menjadi {suffix}"
    try:
        text = head.decode("utf-8")
    except UnicodeDecodeError:
        return remedy
    if not text.isprintable() and any(c not in "\n\r\t" for c in text if not c.isprintable()):
        return remedy
    return f"isinya teks biasa; {remedy}"


_REMEDY_IMAGE = "simpan ulang sebagai JPG atau PNG"
_KNOWN = (
    (b"%PDF-", "PDF", ".pdf"),
    (b"\x89PNG\r\n\x1a\n", "gambar PNG", ".png"),
    (b"\xff\xd8\xff", "gambar JPEG", ".jpg"),
)


def _reason(error: OSError) -> str:
    return "izin ditolak" if isinstance(error, PermissionError) else (error.strerror or type(error).__name__)


_KEPT_INFO = ("icc_profile", "transparency", "duration", "loop", "background")


def clean_image(path: str | os.PathLike[str]) -> bytes:
    """The image at ``path`` re-encoded from its pixels, turned upright, without EXIF, XMP,
    comments or text chunks. The colour profile, transparency and animation are kept."""
    status = os.stat(path)
    return _clean_image(os.fspath(path), status.st_mtime_ns, status.st_size)


# One encoding for the size shown on a page and the file published; the key has the file's
# time and size, so `mkdocs serve` publishes a photo changed while it runs.
@functools.lru_cache(maxsize=512)
def _clean_image(path: str, modified: int, size: int) -> bytes:
    with Image.open(path) as original:
        image_format = original.format
        kept = {key: original.info[key] for key in _KEPT_INFO if key in original.info}
        options = {"format": image_format, **kept}
        image: Image.Image = original
        if getattr(original, "is_animated", False):
            options["save_all"] = True
        elif original.getexif().get(0x0112, 1) != 1:
            image = ImageOps.exif_transpose(original)
        if image_format == "JPEG":
            # The original's quantisation tables: re-encoding an unturned photo loses nothing visible.
            options["quality"] = "keep" if image is original else 90
        elif image_format in ("WEBP", "AVIF"):
            options["quality"] = 90
        # Encoders copy some metadata from info: only what is kept may go. (A new dict of info's
        # own key type, which also allows tuples: `dict(kept)` would be a dict of text keys only.)
        image.info = {key: value for key, value in kept.items()}
        out = io.BytesIO()
        image.save(out, **options)
        return out.getvalue()


def published_size(source: Path, size: int) -> int:
    """The size in bytes of ``source`` (``size`` on disk) as :func:`published` publishes it."""
    return len(clean_image(source)) if source.suffix.lower() in IMAGE_FORMATS else size


def published(path: str, source: Path) -> Asset | GeneratedFile:
    """The file ``source`` as the site publishes it at ``path``: an image re-encoded without
    its metadata (see :func:`clean_image`), any other file copied as it is."""
    if source.suffix.lower() in IMAGE_FORMATS:
        return GeneratedFile(path, clean_image(source))
    return Asset(path, source)
