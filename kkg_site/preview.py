"""Link-preview cards (Open Graph images, 1200×630) and the site's icons, drawn at build time.

A link pasted into a WhatsApp group shows the page's card: the KKG's name and logo, and for an
activity or a material its title and date or subject and class. Drawing and compressing a card
takes about 20 ms of CPU and a ten-year portal has 3,600, so every image is cached by
content: its file name is a hash of everything drawn (texts, font files, logo bytes,
``DRAWING``), in a cache folder outside the site (``<project>/.cache/kkg-site/``, gitignored;
``KKG_CACHE`` chooses another). A build only draws the cards whose text changed.

Fonts: DejaVu Sans (regular and bold), subset to Latin, with their licence in ``assets/``.
"""

from __future__ import annotations

import hashlib
import os
import tempfile
from dataclasses import dataclass
from functools import cached_property
from pathlib import Path

from PIL import Image, ImageDraw, ImageFont

from .page import Asset

CACHE_VARIABLE = "KKG_CACHE"
DRAWING = "2"  # raise when the drawing changes, so cached cards are redrawn
CARD_SIZE = (1200, 630)
# Cards are published under their cache name: identical cards are one file, a changed card gets
# a new address (link previews are cached by image address), and no attachment can take its name.
CARDS = "assets/kartu/"
ICON_FILES = {"favicon": ("assets/ikon/favicon.png", 48), "apple": ("assets/ikon/apple-touch-icon.png", 180),
              "192": ("assets/ikon/ikon-192.png", 192), "512": ("assets/ikon/ikon-512.png", 512)}  # fmt: skip
# The logo as pages show it (header 24 px, Beranda 72 px), transparent: a few KB on every first
# view instead of the editor's file (often hundreds of KB).
LOGO = ("assets/logo.png", 144)
THEME_COLOR = "#00695c"  # --md-primary-fg-color in assets/kkg.css

_ASSETS = Path(__file__).parent / "assets"
_BOLD = _ASSETS / "DejaVuSans-Bold.ttf"
_REGULAR = _ASSETS / "DejaVuSans.ttf"
_BACKGROUND = (0, 77, 64)  # --md-primary-fg-color--dark
_BAND = (0, 105, 92)  # --md-primary-fg-color
_WHITE = (255, 255, 255)
_PALE = (224, 242, 241)
_AMBER = (255, 202, 40)
_MARGIN = 64


@dataclass(frozen=True)
class Card:
    """A page's preview image: where it is published, and its text alternative."""

    url: str  # site URL of the PNG
    alt: str

    def meta(self) -> dict[str, str]:
        """The page meta key ``og_image`` (overrides/main.html)."""
        return {"url": self.url, "alt": self.alt, "width": str(CARD_SIZE[0]), "height": str(CARD_SIZE[1])}


class Previews:
    """Draws (or finds in the cache) the cards and icons of one site."""

    def __init__(self, kkg_name: str, region: str, logo: Path | None, cache: Path) -> None:
        self.kkg_name = kkg_name
        self.region = region
        self.logo = logo
        self.cache = cache
        self.drawn = 0  # images drawn in this run (the rest came from the cache)
        self._cards: dict[str, Path] = {}  # site URL → cached file, of the cards handed out

    @staticmethod
    def cache_folder(project: Path) -> Path:
        return Path(os.environ.get(CACHE_VARIABLE) or project / ".cache" / "kkg-site")

    @cached_property
    def _fingerprint(self) -> bytes:
        """What every image depends on besides its own text."""
        digest = hashlib.sha256(DRAWING.encode())
        for path in (_BOLD, _REGULAR, *([self.logo] if self.logo else [])):
            digest.update(path.read_bytes())
        digest.update(self.kkg_name.encode())
        return digest.digest()

    def card(self, kind: str, title: str, detail: str) -> Card:
        """The card of an item page (``kind``: "Kegiatan", "Materi"); published by :meth:`assets`."""
        path = self._cached(("card", kind, title, detail), lambda: self._draw_card(kind, title, detail))
        return self._published(path, f"{kind}: {title}. {detail}. {self.kkg_name}")

    def default_card(self) -> Card:
        """The card of every page without its own: the KKG's name, region and logo."""
        return self._published(
            self._cached(("default", self.region), self._draw_default), f"Logo dan nama {self.kkg_name}"
        )

    def _published(self, path: Path, alt: str) -> Card:
        url = CARDS + path.name
        self._cards[url] = path
        return Card(url, alt)

    def assets(self) -> list[Asset]:
        """The cards handed out so far, the icons (favicon, Apple touch icon, the web manifest's:
        from the logo or the KKG's initials) and the logo for pages (``LOGO``) when there is one."""
        icons = [
            Asset(url, self._cached(("icon", str(size)), lambda size=size: self._draw_icon(size)))
            for url, size in ICON_FILES.values()
        ]
        if self.logo is not None:
            url, size = LOGO
            icons.append(Asset(url, self._cached(("logo", str(size)), lambda: _compact(self._logo_image(size)))))
        return icons + [Asset(url, path) for url, path in self._cards.items()]

    # --- cache ---------------------------------------------------------------------------------

    def _cached(self, key: tuple[str, ...], draw) -> Path:
        digest = hashlib.sha256(self._fingerprint)
        for part in key:
            digest.update(part.encode() + b"\0")
        path = self.cache / f"{digest.hexdigest()[:32]}.png"
        if not path.is_file():
            self.cache.mkdir(parents=True, exist_ok=True)
            image = draw()
            # Written under another name, then renamed: two builds at once never read half a file.
            with tempfile.NamedTemporaryFile(dir=self.cache, suffix=".tmp", delete=False) as file:
                # Level 6: 21 KB in 5 ms; level 9 saves 2.5 KB for 40 ms more per card.
                image.save(file, "PNG", compress_level=6)
            os.replace(file.name, path)
            self.drawn += 1
        return path

    # --- drawing -------------------------------------------------------------------------------

    def _logo_image(self, size: int) -> Image.Image:
        """The logo fitted in a ``size`` square (transparent around it), or the KKG's initials."""
        if self.logo is not None:
            with Image.open(self.logo) as logo:
                image = logo.convert("RGBA")
            image.thumbnail((size, size), Image.Resampling.LANCZOS)
            square = Image.new("RGBA", (size, size), (0, 0, 0, 0))
            square.paste(image, ((size - image.width) // 2, (size - image.height) // 2), image)
            return square
        square = Image.new("RGBA", (size, size), (0, 0, 0, 0))
        draw = ImageDraw.Draw(square)
        draw.rounded_rectangle((0, 0, size - 1, size - 1), radius=size // 6, fill=_BAND)
        letters = "".join(w[0] for w in self.kkg_name.split() if w[:1].isalnum())[:3].upper() or "KKG"
        font = _font(_BOLD, size // (len(letters) + 1) * 2)
        draw.text((size / 2, size / 2), letters, font=font, fill=_WHITE, anchor="mm")
        return square

    def _draw_icon(self, size: int) -> Image.Image:
        icon = Image.new("RGBA", (size, size), (*_WHITE, 255))  # opaque: iOS fills transparency with black
        margin = size // 16
        logo = self._logo_image(size - 2 * margin)
        icon.paste(logo, (margin, margin), logo)
        return icon.convert("RGB").quantize(64, method=Image.Quantize.FASTOCTREE)

    def _canvas(self) -> tuple[Image.Image, ImageDraw.ImageDraw]:
        image = Image.new("RGB", CARD_SIZE, _BACKGROUND)
        draw = ImageDraw.Draw(image)
        draw.rectangle((0, CARD_SIZE[1] - 24, CARD_SIZE[0], CARD_SIZE[1]), fill=_AMBER)
        return image, draw

    def _draw_card(self, kind: str, title: str, detail: str) -> Image.Image:
        image, draw = self._canvas()
        width = CARD_SIZE[0] - 2 * _MARGIN
        logo = self._logo_image(96)
        image.paste(logo, (_MARGIN, 48), logo)
        name_font = _font(_BOLD, 34)
        name = _wrap(self.kkg_name, name_font, width - 120, 2)
        draw.multiline_text(
            (_MARGIN + 120, 96),
            "\n".join(name),
            font=name_font,
            fill=_PALE,
            anchor="lm" if len(name) == 1 else "ld",
            spacing=8,
        )
        y = 190
        draw.text((_MARGIN, y), kind.upper(), font=_font(_BOLD, 30), fill=_AMBER)
        y += 52
        title_font = _font(_BOLD, 60)
        for line in _wrap(title, title_font, width, 3):
            draw.text((_MARGIN, y), line, font=title_font, fill=_WHITE)
            y += 74
        detail_font = _font(_REGULAR, 34)
        for line in _wrap(detail, detail_font, width, 2):
            draw.text((_MARGIN, y + 12), line, font=detail_font, fill=_PALE)
            y += 46
        return _compact(image)

    def _draw_default(self) -> Image.Image:
        image, draw = self._canvas()
        logo = self._logo_image(260)
        image.paste(logo, (_MARGIN, (CARD_SIZE[1] - 260) // 2 - 12), logo)
        left = _MARGIN + 300
        width = CARD_SIZE[0] - left - _MARGIN
        name_font = _font(_BOLD, 60)
        lines = _wrap(self.kkg_name, name_font, width, 4)
        region = _wrap(self.region, _font(_REGULAR, 32), width, 3) if self.region else []
        y = (CARD_SIZE[1] - 24 - 76 * len(lines) - 44 * len(region) - 20) // 2
        for line in lines:
            draw.text((left, y), line, font=name_font, fill=_WHITE)
            y += 76
        y += 20
        for line in region:
            draw.text((left, y), line, font=_font(_REGULAR, 32), fill=_PALE)
            y += 44
        return _compact(image)


_FONTS: dict[tuple[Path, int], ImageFont.FreeTypeFont] = {}


def _font(path: Path, size: int) -> ImageFont.FreeTypeFont:
    if (path, size) not in _FONTS:
        _FONTS[path, size] = ImageFont.truetype(str(path), size)
    return _FONTS[path, size]


def _wrap(text: str, font: ImageFont.FreeTypeFont, width: int, max_lines: int) -> list[str]:
    """``text`` in lines no wider than ``width``; beyond ``max_lines`` the last line ends in "…"."""
    lines: list[str] = []
    for word in text.split():
        while font.getlength(word) > width:  # a word longer than a line is cut
            cut = max(1, int(len(word) * width / font.getlength(word)) - 1)
            lines.append(word[:cut])
            word = word[cut:]
        if lines and font.getlength(f"{lines[-1]} {word}") <= width:
            lines[-1] = f"{lines[-1]} {word}"
        else:
            lines.append(word)
    if len(lines) > max_lines:
        last = lines[max_lines - 1]
        while last and font.getlength(last + " …") > width:
            last = last.rsplit(" ", 1)[0] if " " in last else last[:-1]
        lines = [*lines[: max_lines - 1], last + " …"]
    return lines


def _compact(image: Image.Image) -> Image.Image:
    """A 64-colour palette (transparency kept): flat colours and anti-aliased text stay sharp at a
    fraction of the bytes."""
    return image.quantize(64, method=Image.Quantize.FASTOCTREE)
