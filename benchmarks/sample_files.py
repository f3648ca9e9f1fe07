"""Small but valid attachment files made with the standard library only.

Used to make demo and benchmark materials: a one-page PDF, a Word document,
a PowerPoint presentation, an Excel workbook, a PNG image and a WAV sound,
each a few kilobytes. The text is Latin-1 (PDF's standard fonts); other
characters are replaced.
"""

from __future__ import annotations

import io
import math
import struct
import wave
import zipfile
import zlib
from xml.sax.saxutils import escape

# --- PDF -------------------------------------------------------------------------


def pdf(title: str, lines: list[str]) -> bytes:
    """A one-page A4 PDF with a title and lines of text (Helvetica)."""

    def text(value: str) -> str:
        value = value.replace("–", "-").replace("—", "-").encode("latin-1", "replace").decode("latin-1")
        return value.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")

    content = [f"BT /F1 16 Tf 56 780 Td ({text(title)}) Tj /F1 11 Tf 0 -30 Td"]
    content += [f"({text(line)}) Tj 0 -17 Td" for line in lines]
    content.append("ET")
    stream = "\n".join(content).encode("latin-1")
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 4 0 R >> >> /Contents 5 0 R >>",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>",
        b"<< /Length %d >>\nstream\n" % len(stream) + stream + b"\nendstream",
        b"<< /Title (%s) /Producer (Portal KKG) >>" % text(title).encode("latin-1"),
    ]
    out = bytearray(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
    offsets = []
    for number, body in enumerate(objects, start=1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % number + body + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    out += b"".join(b"%010d 00000 n \n" % offset for offset in offsets)
    out += b"trailer\n<< /Size %d /Root 1 0 R /Info 6 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objects) + 1, xref)
    return bytes(out)


# --- Office Open XML (docx, pptx, xlsx) ------------------------------------------------

_XML = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
_REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
_PKG_REL = "http://schemas.openxmlformats.org/package/2006/relationships"
_DRAWING = "http://schemas.openxmlformats.org/drawingml/2006/main"
_PRESENTATION = "http://schemas.openxmlformats.org/presentationml/2006/main"


def _zip(parts: dict[str, str]) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, text in parts.items():
            # A fixed date keeps the files byte-identical from run to run.
            info = zipfile.ZipInfo(name, date_time=(2026, 1, 1, 0, 0, 0))
            info.compress_type = zipfile.ZIP_DEFLATED
            archive.writestr(info, text)
    return buffer.getvalue()


def _types(defaults: dict[str, str], overrides: dict[str, str]) -> str:
    items = [f'<Default Extension="{e}" ContentType="{t}"/>' for e, t in defaults.items()]
    items += [f'<Override PartName="{p}" ContentType="{t}"/>' for p, t in overrides.items()]
    return (
        _XML
        + '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
        + "".join(items)
        + "</Types>"
    )


def _rels(targets: list[tuple[str, str]]) -> str:
    items = [
        f'<Relationship Id="rId{n}" Type="{_REL}/{kind}" Target="{target}"/>'
        for n, (kind, target) in enumerate(targets, start=1)
    ]
    return _XML + f'<Relationships xmlns="{_PKG_REL}">' + "".join(items) + "</Relationships>"


_BASIC_TYPES = {"rels": "application/vnd.openxmlformats-package.relationships+xml", "xml": "application/xml"}
_OFFICE = "application/vnd.openxmlformats-officedocument"


def docx(title: str, paragraphs: list[str]) -> bytes:
    """A Word document: a bold title and paragraphs."""

    def paragraph(text: str, bold: bool = False) -> str:
        props = '<w:rPr><w:b/><w:sz w:val="32"/></w:rPr>' if bold else ""
        return f'<w:p><w:r>{props}<w:t xml:space="preserve">{escape(text)}</w:t></w:r></w:p>'

    body = paragraph(title, bold=True) + "".join(paragraph(p) for p in paragraphs)
    document = (
        _XML + '<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">'
        f'<w:body>{body}<w:sectPr><w:pgSz w:w="11906" w:h="16838"/>'
        '<w:pgMar w:top="1440" w:right="1440" w:bottom="1440" w:left="1440" w:header="708" w:footer="708" w:gutter="0"/>'
        "</w:sectPr></w:body></w:document>"
    )
    return _zip({
        "[Content_Types].xml": _types(_BASIC_TYPES, {"/word/document.xml": f"{_OFFICE}.wordprocessingml.document.main+xml"}),
        "_rels/.rels": _rels([("officeDocument", "word/document.xml")]),
        "word/document.xml": document,
    })  # fmt: skip


def xlsx(sheet_name: str, rows: list[list[str | int]]) -> bytes:
    """An Excel workbook with one sheet; strings are stored inline."""

    def cell(column: int, row: int, value: str | int) -> str:
        ref = f"{chr(ord('A') + column)}{row}"
        if isinstance(value, int):
            return f'<c r="{ref}"><v>{value}</v></c>'
        return f'<c r="{ref}" t="inlineStr"><is><t>{escape(value)}</t></is></c>'

    data = "".join(
        f'<row r="{r}">' + "".join(cell(c, r, v) for c, v in enumerate(values)) + "</row>"
        for r, values in enumerate(rows, start=1)
    )
    main = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
    return _zip({
        "[Content_Types].xml": _types(_BASIC_TYPES, {
            "/xl/workbook.xml": f"{_OFFICE}.spreadsheetml.sheet.main+xml",
            "/xl/worksheets/sheet1.xml": f"{_OFFICE}.spreadsheetml.worksheet+xml",
        }),
        "_rels/.rels": _rels([("officeDocument", "xl/workbook.xml")]),
        "xl/workbook.xml": _XML + f'<workbook xmlns="{main}" xmlns:r="{_REL}"><sheets>'
        f'<sheet name="{escape(sheet_name[:31])}" sheetId="1" r:id="rId1"/></sheets></workbook>',
        "xl/_rels/workbook.xml.rels": _rels([("worksheet", "worksheets/sheet1.xml")]),
        "xl/worksheets/sheet1.xml": _XML + f'<worksheet xmlns="{main}"><sheetData>{data}</sheetData></worksheet>',
    })  # fmt: skip


def _text_shape(shape_id: int, name: str, y: int, height: int, paragraphs: list[str], size: int) -> str:
    runs = "".join(
        f'<a:p><a:r><a:rPr lang="id-ID" sz="{size}"/><a:t>{escape(text)}</a:t></a:r></a:p>' for text in paragraphs
    )
    return (
        f'<p:sp><p:nvSpPr><p:cNvPr id="{shape_id}" name="{name}"/><p:cNvSpPr txBox="1"/><p:nvPr/></p:nvSpPr>'
        f'<p:spPr><a:xfrm><a:off x="457200" y="{y}"/><a:ext cx="8229600" cy="{height}"/></a:xfrm>'
        '<a:prstGeom prst="rect"><a:avLst/></a:prstGeom></p:spPr>'
        f'<p:txBody><a:bodyPr wrap="square"/><a:lstStyle/>{runs}</p:txBody></p:sp>'
    )


def _shape_tree(shapes: str) -> str:
    return (
        '<p:cSld><p:spTree><p:nvGrpSpPr><p:cNvPr id="1" name=""/><p:cNvGrpSpPr/><p:nvPr/></p:nvGrpSpPr>'
        '<p:grpSpPr><a:xfrm><a:off x="0" y="0"/><a:ext cx="0" cy="0"/><a:chOff x="0" y="0"/><a:chExt cx="0" cy="0"/></a:xfrm></p:grpSpPr>'
        f"{shapes}</p:spTree></p:cSld>"
    )


_NAMESPACES = f'xmlns:a="{_DRAWING}" xmlns:r="{_REL}" xmlns:p="{_PRESENTATION}"'
_COLOR_MAP = (
    '<p:clrMap bg1="lt1" tx1="dk1" bg2="lt2" tx2="dk2" accent1="accent1" accent2="accent2" accent3="accent3" '
    'accent4="accent4" accent5="accent5" accent6="accent6" hlink="hlink" folHlink="folHlink"/>'
)


def _theme() -> str:
    colors = {
        "dk1": '<a:srgbClr val="000000"/>', "lt1": '<a:srgbClr val="FFFFFF"/>',
        "dk2": '<a:srgbClr val="1F3A3D"/>', "lt2": '<a:srgbClr val="E7F2F1"/>',
        "accent1": '<a:srgbClr val="00897B"/>', "accent2": '<a:srgbClr val="FFB300"/>',
        "accent3": '<a:srgbClr val="5C6BC0"/>', "accent4": '<a:srgbClr val="E53935"/>',
        "accent5": '<a:srgbClr val="43A047"/>', "accent6": '<a:srgbClr val="8E24AA"/>',
        "hlink": '<a:srgbClr val="0563C1"/>', "folHlink": '<a:srgbClr val="954F72"/>',
    }  # fmt: skip
    scheme = "".join(f"<a:{name}>{value}</a:{name}>" for name, value in colors.items())
    fonts = '<a:latin typeface="Calibri"/><a:ea typeface=""/><a:cs typeface=""/>'
    fill = '<a:solidFill><a:schemeClr val="phClr"/></a:solidFill>'
    line = f'<a:ln w="9525">{fill}</a:ln>'
    return (
        _XML + f'<a:theme xmlns:a="{_DRAWING}" name="Portal KKG"><a:themeElements>'
        f'<a:clrScheme name="Portal KKG">{scheme}</a:clrScheme>'
        f'<a:fontScheme name="Portal KKG"><a:majorFont>{fonts}</a:majorFont><a:minorFont>{fonts}</a:minorFont></a:fontScheme>'
        f'<a:fmtScheme name="Portal KKG"><a:fillStyleLst>{fill * 3}</a:fillStyleLst><a:lnStyleLst>{line * 3}</a:lnStyleLst>'
        f"<a:effectStyleLst>{'<a:effectStyle><a:effectLst/></a:effectStyle>' * 3}</a:effectStyleLst>"
        f"<a:bgFillStyleLst>{fill * 3}</a:bgFillStyleLst></a:fmtScheme>"
        "</a:themeElements></a:theme>"
    )


def pptx(title: str, slides: list[list[str]]) -> bytes:
    """A PowerPoint presentation: a title slide, then one slide per list of points."""
    pages = [[title], *slides]
    slide_type = f"{_OFFICE}.presentationml.slide+xml"
    parts = {
        "[Content_Types].xml": _types(_BASIC_TYPES, {
            "/ppt/presentation.xml": f"{_OFFICE}.presentationml.presentation.main+xml",
            "/ppt/slideMasters/slideMaster1.xml": f"{_OFFICE}.presentationml.slideMaster+xml",
            "/ppt/slideLayouts/slideLayout1.xml": f"{_OFFICE}.presentationml.slideLayout+xml",
            "/ppt/theme/theme1.xml": f"{_OFFICE}.theme+xml",
            **{f"/ppt/slides/slide{n}.xml": slide_type for n in range(1, len(pages) + 1)},
        }),
        "_rels/.rels": _rels([("officeDocument", "ppt/presentation.xml")]),
        "ppt/presentation.xml": _XML + f"<p:presentation {_NAMESPACES}>"
        '<p:sldMasterIdLst><p:sldMasterId id="2147483648" r:id="rId1"/></p:sldMasterIdLst>'
        "<p:sldIdLst>" + "".join(f'<p:sldId id="{255 + n}" r:id="rId{n + 2}"/>' for n in range(1, len(pages) + 1))
        + '</p:sldIdLst><p:sldSz cx="9144000" cy="6858000" type="screen4x3"/><p:notesSz cx="6858000" cy="9144000"/>'
        "</p:presentation>",
        "ppt/_rels/presentation.xml.rels": _rels([
            ("slideMaster", "slideMasters/slideMaster1.xml"),
            ("theme", "theme/theme1.xml"),
            *(("slide", f"slides/slide{n}.xml") for n in range(1, len(pages) + 1)),
        ]),
        "ppt/slideMasters/slideMaster1.xml": _XML + f"<p:sldMaster {_NAMESPACES}>{_shape_tree('')}{_COLOR_MAP}"
        '<p:sldLayoutIdLst><p:sldLayoutId id="2147483649" r:id="rId1"/></p:sldLayoutIdLst></p:sldMaster>',
        "ppt/slideMasters/_rels/slideMaster1.xml.rels": _rels([
            ("slideLayout", "../slideLayouts/slideLayout1.xml"), ("theme", "../theme/theme1.xml"),
        ]),
        "ppt/slideLayouts/slideLayout1.xml": _XML + f'<p:sldLayout {_NAMESPACES} type="blank">{_shape_tree("")}'
        "<p:clrMapOvr><a:masterClrMapping/></p:clrMapOvr></p:sldLayout>",
        "ppt/slideLayouts/_rels/slideLayout1.xml.rels": _rels([("slideMaster", "../slideMasters/slideMaster1.xml")]),
        "ppt/theme/theme1.xml": _theme(),
    }  # fmt: skip
    for n, points in enumerate(pages, start=1):
        heading, body = (points[0], points[1:]) if n == 1 else (f"{title} ({n - 1})", points)
        shapes = _text_shape(2, "Judul", 457200, 1143000, [heading], 3200)
        if body:
            shapes += _text_shape(3, "Isi", 1828800, 4114800, body, 2000)
        parts[f"ppt/slides/slide{n}.xml"] = (
            _XML + f"<p:sld {_NAMESPACES}>{_shape_tree(shapes)}<p:clrMapOvr><a:masterClrMapping/></p:clrMapOvr></p:sld>"
        )
        parts[f"ppt/slides/_rels/slide{n}.xml.rels"] = _rels([("slideLayout", "../slideLayouts/slideLayout1.xml")])
    return _zip(parts)


# --- PNG and WAV ---------------------------------------------------------------------


def png(width: int, height: int, colors: list[tuple[int, int, int]]) -> bytes:
    """An RGB image of horizontal bands in ``colors`` with a light grid (a poster placeholder)."""

    def chunk(kind: bytes, data: bytes) -> bytes:
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data) & 0xFFFFFFFF)

    rows = bytearray()
    band = max(1, height // len(colors))
    for y in range(height):
        rows.append(0)  # filter: none
        red, green, blue = colors[min(y // band, len(colors) - 1)]
        for x in range(width):
            light = 40 if x % 40 == 0 or y % 40 == 0 else 0
            rows += bytes((min(255, red + light), min(255, green + light), min(255, blue + light)))
    header = struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0)
    return (
        b"\x89PNG\r\n\x1a\n"
        + chunk(b"IHDR", header)
        + chunk(b"IDAT", zlib.compress(bytes(rows), 9))
        + chunk(b"IEND", b"")
    )


def wav(notes: list[float], seconds_each: float = 0.25, rate: int = 8000) -> bytes:
    """A mono 8-bit sound playing ``notes`` (frequencies in Hz) one after another."""
    frames = bytearray()
    for frequency in notes:
        for n in range(int(rate * seconds_each)):
            frames.append(int(128 + 60 * math.sin(2 * math.pi * frequency * n / rate)))
    buffer = io.BytesIO()
    with wave.open(buffer, "wb") as sound:
        sound.setnchannels(1)
        sound.setsampwidth(1)
        sound.setframerate(rate)
        sound.writeframes(bytes(frames))
    return buffer.getvalue()
