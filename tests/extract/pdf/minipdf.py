"""A minimal PDF writer for tests: pages from raw content streams, chosen fonts, an
optional structure tree, form XObjects, and streams that can be made undecodable.

Writing the bytes here, rather than with a PDF library, lets a test say exactly which
operators a page draws, including hostile ones.
"""

from __future__ import annotations

import zlib
from dataclasses import dataclass, field

__all__ = ["FONTS", "Element", "build"]

HELVETICA = b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>"
TIMES = b"<< /Type /Font /Subtype /Type1 /BaseFont /Times-Roman /Encoding /WinAnsiEncoding >>"
SYMBOLS = (
    b"<< /Type /Font /Subtype /TrueType /BaseFont /Wingdings-Regular /FirstChar 167"
    b" /LastChar 167 /Widths [ 800 ] /FontDescriptor << /Type /FontDescriptor"
    b" /FontName /Wingdings-Regular /Flags 4 >> >>"
)
FONTS = {"F1": HELVETICA, "F2": TIMES, "F4": SYMBOLS}
"""Helvetica and Times (standard fonts, no widths given) and a Wingdings-like symbol font."""

QUOTES = "\u2019\u2018\u201c\u201d\u2014 "
"""The characters of the Type0 font ``F3``: codes 1, 2, … in this order, 333 wide each,
the space (code 6) 250 wide."""


@dataclass
class Element:
    """A structure element: its type, the page it is on (index), and its children:
    marked-content identifiers or other elements."""

    kind: str
    page: int = 0
    children: list[int | Element] = field(default_factory=list)


class _Objects:
    def __init__(self) -> None:
        self.bodies: list[bytes] = []

    def reserve(self) -> int:
        self.bodies.append(b"null")
        return len(self.bodies)

    def set(self, number: int, body: bytes) -> int:
        self.bodies[number - 1] = body
        return number

    def add(self, body: bytes) -> int:
        return self.set(self.reserve(), body)

    def stream(self, data: bytes, extra: bytes = b"", *, damaged: bool = False) -> int:
        if damaged:
            data = b"x\x9c this is not deflate data at all"
            extra += b" /Filter /FlateDecode"
        elif len(data) > 64:
            data = zlib.compress(data)
            extra += b" /Filter /FlateDecode"
        head = b"<< /Length %d%s >>\nstream\n" % (len(data), extra)
        return self.add(head + data + b"\nendstream")

    def write(self, root: int) -> bytes:
        out = bytearray(b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n")
        offsets = []
        for number, body in enumerate(self.bodies, start=1):
            offsets.append(len(out))
            out += b"%d 0 obj\n%s\nendobj\n" % (number, body)
        start = len(out)
        out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(self.bodies) + 1)
        out += b"".join(b"%010d 00000 n \n" % offset for offset in offsets)
        out += b"trailer\n<< /Size %d /Root %d 0 R >>\n" % (len(self.bodies) + 1, root)
        out += b"startxref\n%d\n%%%%EOF\n" % start
        return bytes(out)


def _type0(objects: _Objects) -> bytes:
    lines = [b"/CIDInit /ProcSet findresource begin 12 dict begin begincmap"]
    lines.append(b"1 begincodespacerange <0000> <FFFF> endcodespacerange")
    lines.append(b"%d beginbfchar" % len(QUOTES))
    for code, character in enumerate(QUOTES, start=1):
        lines.append(b"<%04X> <%04X>" % (code, ord(character)))
    lines.append(b"endbfchar endcmap CMapName currentdict /CMap defineresource pop end end")
    cmap = objects.stream(b"\n".join(lines))
    widths = b" ".join([b"333"] * (len(QUOTES) - 1) + [b"250"])
    descendant = objects.add(
        b"<< /Type /Font /Subtype /CIDFontType2 /BaseFont /Quotes /DW 1000 /W [ 1 [ %s ] ] "
        b"/CIDSystemInfo << /Registry (Adobe) /Ordering (Identity) /Supplement 0 >> >>" % widths
    )
    return (
        b"<< /Type /Font /Subtype /Type0 /BaseFont /Quotes /Encoding /Identity-H "
        b"/DescendantFonts [ %d 0 R ] /ToUnicode %d 0 R >>" % (descendant, cmap)
    )


def build(
    pages: list[bytes],
    *,
    structure: list[Element] | None = None,
    forms: dict[str, bytes] | None = None,
    damaged: set[int] | None = None,
) -> bytes:
    """A PDF of A4 pages drawing these content streams.

    Fonts ``F1`` (Helvetica), ``F2`` (Times), ``F3`` (a Type0 font of curly quotes, a dash
    and a space) and ``F4`` (Wingdings-like) are available to every page; ``forms`` are
    form XObjects by name (each may draw the others: its resources are the page's).
    ``structure`` makes the PDF tagged with these top-level elements; ``damaged`` names the
    pages (indexes) whose content stream cannot be decompressed.
    """
    objects = _Objects()
    catalog, tree_root, page_tree = objects.reserve(), objects.reserve(), objects.reserve()
    fonts = {name: objects.add(body) for name, body in FONTS.items()}
    fonts["F3"] = objects.add(_type0(objects))
    font_entries = b" ".join(b"/%s %d 0 R" % (name.encode(), ref) for name, ref in fonts.items())
    form_numbers = {name: objects.reserve() for name in forms or {}}
    xobjects = b" ".join(b"/%s %d 0 R" % (name.encode(), ref) for name, ref in form_numbers.items())
    resources = b"<< /Font << %s >> /XObject << %s >> >>" % (font_entries, xobjects)
    for name, number in form_numbers.items():
        body = (forms or {})[name]
        head = b"<< /Type /XObject /Subtype /Form /BBox [0 0 595 842] /Resources %s /Length %d >>"
        objects.set(number, head % (resources, len(body)) + b"\nstream\n" + body + b"\nendstream")
    page_numbers = []
    for index, content in enumerate(pages):
        stream = objects.stream(content, damaged=index in (damaged or set()))
        page_numbers.append(
            objects.add(
                b"<< /Type /Page /Parent %d 0 R /MediaBox [0 0 595 842] /Resources %s "
                b"/Contents %d 0 R /StructParents %d >>" % (page_tree, resources, stream, index)
            )
        )
    kids = b" ".join(b"%d 0 R" % number for number in page_numbers)
    objects.set(page_tree, b"<< /Type /Pages /Kids [ %s ] /Count %d >>" % (kids, len(pages)))
    if structure is None:
        objects.set(catalog, b"<< /Type /Catalog /Pages %d 0 R >>" % page_tree)
    else:
        tops = [_element(objects, element, tree_root, page_numbers) for element in structure]
        top_refs = b" ".join(b"%d 0 R" % number for number in tops)
        objects.set(tree_root, b"<< /Type /StructTreeRoot /K [ %s ] >>" % top_refs)
        objects.set(
            catalog,
            b"<< /Type /Catalog /Pages %d 0 R /MarkInfo << /Marked true >> "
            b"/StructTreeRoot %d 0 R >>" % (page_tree, tree_root),
        )
    return objects.write(catalog)


def _element(objects: _Objects, element: Element, parent: int, pages: list[int]) -> int:
    number = objects.reserve()
    kids = []
    for child in element.children:
        if isinstance(child, int):
            kids.append(b"%d" % child)
        else:
            kids.append(b"%d 0 R" % _element(objects, child, number, pages))
    objects.set(
        number,
        b"<< /Type /StructElem /S /%s /P %d 0 R /Pg %d 0 R /K [ %s ] >>"
        % (element.kind.encode(), parent, pages[element.page], b" ".join(kids)),
    )
    return number
