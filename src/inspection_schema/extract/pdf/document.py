"""Read a PDF document: open it, read each page's pieces of text, and lay the pages out.

Every problem becomes one :class:`~inspection_schema.extract.errors.ExtractionError`:
a file that is not a PDF, is damaged or encrypted (see
:mod:`~inspection_schema.extract.pdf.opening`), has no pages or no text, or takes more
work to read than a report could; and a page that cannot be read, named by its number —
a document with a page missing is refused whole, never read short.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from inspection_schema.extract.errors import (
    DamagedPdf,
    EmptyInput,
    NoTextLayer,
)
from inspection_schema.extract.pdf.assemble import TagOf, assemble
from inspection_schema.extract.pdf.content import read_drawing
from inspection_schema.extract.pdf.fonts import Font
from inspection_schema.extract.pdf.furniture import drop_furniture
from inspection_schema.extract.pdf.lines import Line, drawn_lines, split_line
from inspection_schema.extract.pdf.opening import Warnings, open_pdf, pypdf_warnings
from inspection_schema.extract.pdf.pieces import Budget, Drawing, Piece, TooComplex
from inspection_schema.extract.pdf.rules import Frames
from inspection_schema.extract.pdf.structure import Tag, read_structure

__all__ = ["PdfPages", "read_pdf_pages"]

_BUDGET = 5_000_000
"""Content-stream operations (and ``TJ`` elements) read for a whole document at most."""
_COVERED = 0.9
"""The share of a tagged document's text the structure tree must cover to be used."""


@dataclass(frozen=True, slots=True)
class PdfPages:
    """The text of each page, laid out like the report text files, and whether each page's
    last paragraph carries on to the next page."""

    texts: list[str]
    carried: list[bool] | None


def read_pdf_pages(data: bytes) -> PdfPages:
    """The text of each page; raise an :class:`ExtractionError` for unreadable PDFs."""
    if not data:
        raise EmptyInput()
    if b"%PDF-" not in data[:1024]:
        raise DamagedPdf()
    with pypdf_warnings() as warnings:
        reader, pages = open_pdf(data)
        lines, tags = _read_pages(reader, pages, warnings)
    if not any(not line.blank for page in lines for line in page):
        raise NoTextLayer()
    assembled = assemble(drop_furniture(lines), tags)
    return PdfPages(assembled.texts, assembled.carried)


def _read_pages(
    reader: Any, pages: list[Any], warnings: Warnings
) -> tuple[list[list[Line]], TagOf | None]:
    fonts: dict[int, Font] = {}
    budget = Budget(_BUDGET)
    drawings: list[Drawing] = []
    warnings.damaged()
    for number, page in enumerate(pages, start=1):
        try:
            drawings.append(read_drawing(page, fonts, budget))
        except TooComplex:
            raise DamagedPdf(f"is too complex to read (page {number})") from None
        except Exception as error:  # noqa: BLE001 (pypdf raises many kinds on damaged files)
            if isinstance(error, _pypdf_limit()):
                raise DamagedPdf(f"is too complex to read (page {number})") from None
            raise DamagedPdf(f"is damaged: page {number} cannot be read") from None
        if warnings.damaged():
            raise DamagedPdf(f"is damaged: page {number} cannot be read")
    lookup = _tag_lookup(reader, pages, [drawing.pieces for drawing in drawings])
    lines: list[list[Line]] = []
    for number, drawing in enumerate(drawings, start=1):
        page_lines = drawn_lines([piece for piece in drawing.pieces if not piece.artifact])
        frames = Frames(drawing.rules) if drawing.rules else None
        for line in page_lines:
            line.page, line.rules = number, frames
        if lookup is not None:
            page_lines = [part for line in page_lines for part in split_line(line, lookup[1])]
        lines.append(page_lines)
    return lines, lookup[0] if lookup is not None else None


def _pypdf_limit() -> type[Exception] | tuple[()]:
    """pypdf's error for a stream past its own limits (array sizes, nesting), if it has one."""
    import pypdf.errors

    limit: type[Exception] | None = getattr(pypdf.errors, "LimitReachedError", None)
    return limit if limit is not None else ()


def _tag_lookup(
    reader: Any, pages: list[Any], pieces: list[list[Piece]]
) -> tuple[TagOf, Callable[[Piece, int], int]] | None:
    """Functions giving a line's structure tag and a piece's table cell (on a page), or
    None where the PDF is not tagged or its tree does not cover the text."""
    try:
        tags = read_structure(reader.trailer["/Root"])
    except Exception:  # noqa: BLE001 (a broken structure tree: read by geometry instead)
        return None
    if not tags:
        return None
    numbers = [getattr(page.indirect_reference, "idnum", -1) for page in pages]

    def tag(piece: Piece, page: int) -> Tag | None:
        return tags.get((numbers[page - 1], piece.mcid)) if piece.mcid >= 0 else None

    text = covered = 0
    for page, page_pieces in enumerate(pieces, start=1):
        for piece in page_pieces:
            if piece.artifact or not piece.text.strip():
                continue
            text += len(piece.text)
            covered += len(piece.text) if tag(piece, page) is not None else 0
    if not text or covered < _COVERED * text:
        return None

    def cell_of(piece: Piece, page: int) -> int:
        found = tag(piece, page)
        return found.cell if found is not None else -1

    def tag_of(line: Line) -> Tag | None:
        found = [tag(piece, line.page) for piece in line.pieces if piece.text.strip()]
        return next((one for one in found if one is not None and not one.label), None) or next(
            (one for one in found if one is not None), None
        )

    return tag_of, cell_of
