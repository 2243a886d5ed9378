"""Render a report as an A4 PDF with reportlab's platypus (see the package's layout contract).

reportlab is a development dependency: this module is imported only to render a PDF.
Text is set in DejaVu Sans when a Debian-style font folder has it (it covers far more of
Unicode than the built-in fonts), otherwise in Helvetica, whose encoding still keeps
'—', '©' and curly quotes.
"""

from __future__ import annotations

import io
import os
import re
from functools import cache
from pathlib import Path
from typing import IO, Any
from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFError, TTFont
from reportlab.platypus import Flowable, Paragraph, SimpleDocTemplate, Table, TableStyle

from inspection_schema.model import Report
from inspection_schema.testing.rendering.layout import (
    REQUIREMENT_HEADER,
    Element,
    Heading,
    Lines,
    Para,
    Requirements,
    Rows,
    layout,
)

PAGE_WIDTH, PAGE_HEIGHT = A4
MARGIN = 20 * mm
TOP_MARGIN = 25 * mm
FRAME_WIDTH = PAGE_WIDTH - 2 * MARGIN
FRAME_HEIGHT = PAGE_HEIGHT - TOP_MARGIN - MARGIN
CHUNK_HEIGHT = FRAME_HEIGHT / 3
"""A table paragraph taller than this is cut into continuation rows."""
PADDING = 4
BODY_SIZE = 10
LEADING = 13

_FONT_DIRS = (
    "/usr/share/fonts/truetype/dejavu",
    "/usr/share/fonts/dejavu",
    "/usr/share/fonts/TTF",
    "/usr/local/share/fonts",
)
_HYPHEN_SPACE = re.compile(r"(?<=[^\W\d_]-) ")


@cache
def fonts() -> tuple[str, str]:
    """The regular and bold font names: DejaVu Sans if found on disk, else Helvetica."""
    for folder in _FONT_DIRS:
        regular = Path(folder) / "DejaVuSans.ttf"
        bold = Path(folder) / "DejaVuSans-Bold.ttf"
        if regular.is_file() and bold.is_file():
            try:
                pdfmetrics.registerFont(TTFont("ReportSans", str(regular)))
                pdfmetrics.registerFont(TTFont("ReportSans-Bold", str(bold)))
            except (OSError, TTFError):  # an unreadable font file: fall back to the built-in font
                continue
            return "ReportSans", "ReportSans-Bold"
    return "Helvetica", "Helvetica-Bold"


@cache
def styles() -> dict[str, ParagraphStyle]:
    """Paragraph styles by name."""
    regular, bold = fonts()
    body = ParagraphStyle(
        "body", fontName=regular, fontSize=BODY_SIZE, leading=LEADING, bulletFontName=regular
    )
    return {
        "body": body,
        "large": ParagraphStyle("large", body, fontName=bold, fontSize=14, leading=18),
        "bullet": ParagraphStyle("bullet", body, leftIndent=14, bulletIndent=2),
        "cell_head": ParagraphStyle("cell_head", body, fontName=bold),
        "h1": ParagraphStyle("h1", body, fontName=bold, fontSize=20, leading=26),
        "h2": ParagraphStyle("h2", body, fontName=bold, fontSize=14, leading=18),
        "h3": ParagraphStyle("h3", body, fontName=bold, fontSize=11.5, leading=15),
    }


class Blank(Flowable):
    """An empty line that still holds a space character, so text extraction sees a blank line.

    Word-made PDFs end paragraphs the same way; it is what separates blocks for a reader
    that has no positions.
    """

    def __init__(self, *, keep_with_next: bool = False) -> None:
        super().__init__()
        self.keepWithNext = keep_with_next

    def wrap(self, width: float, _height: float) -> tuple[float, float]:
        return width, LEADING * 0.7

    def draw(self) -> None:
        self.canv.setFont(fonts()[0], BODY_SIZE)
        self.canv.drawString(0, 2, " ")


def _markup(text: str) -> str:
    """Escape for reportlab's mini-markup; no line may end in a letter and a hyphen."""
    return escape(_HYPHEN_SPACE.sub("\u00a0", text))


def _paragraph(text: str, style: str = "body", **kwargs: Any) -> Paragraph:
    return Paragraph(_markup(text), styles()[style], **kwargs)


def _cell(text: str, style: str = "body") -> list[Flowable] | str:
    return [_paragraph(text, style), Blank()] if text else ""


def _flowables(element: Element) -> list[Flowable]:
    if isinstance(element, Heading):
        return [_paragraph(element.text, f"h{element.level}"), Blank(keep_with_next=True)]
    if isinstance(element, Para):
        if element.bullet:
            return [_paragraph(element.text, "bullet", bulletText="\u2022"), Blank()]
        return [_paragraph(element.text, "large" if element.large else "body"), Blank()]
    if isinstance(element, Rows):
        return [_rows_table(element), Blank()]
    if isinstance(element, Requirements):
        return [_requirements_table(element), Blank()]
    if isinstance(element, Lines):
        return [flowable for line in element.lines for flowable in (_paragraph(line), Blank())]
    raise TypeError(f"unknown layout element {element!r}")


def _table_style(*, header: bool) -> list[tuple[Any, ...]]:
    commands: list[tuple[Any, ...]] = [
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LEFTPADDING", (0, 0), (-1, -1), PADDING),
        ("RIGHTPADDING", (0, 0), (-1, -1), PADDING),
        ("TOPPADDING", (0, 0), (-1, -1), PADDING),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 0),
        ("GRID", (0, 0), (-1, -1), 0.5, colors.grey),
    ]
    if header:
        commands.append(("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#e6e6e6")))
    return commands


def _rows_table(element: Rows) -> Table:
    if element.kind == "judgements":
        widths = [FRAME_WIDTH * 0.6, FRAME_WIDTH * 0.4]
    else:
        widths = [FRAME_WIDTH * 0.2, FRAME_WIDTH * 0.3, FRAME_WIDTH * 0.5]
    data: list[list[Any]] = []
    if element.header is not None:
        data.append([_cell(text, "cell_head") for text in element.header])
    data.extend([_cell(text) for text in row] for row in element.rows)
    return Table(
        data,
        colWidths=widths,
        style=TableStyle(_table_style(header=element.header is not None)),
        hAlign="LEFT",
    )


def _chunks(text: str, width: float) -> list[Flowable]:
    """The paragraph, cut between lines into pieces no taller than CHUNK_HEIGHT."""
    pieces: list[Flowable] = []
    rest: Flowable = _paragraph(text)
    while True:
        _, height = rest.wrap(width, FRAME_HEIGHT * 100)
        if height <= CHUNK_HEIGHT:
            pieces.append(rest)
            return pieces
        parts = rest.split(width, CHUNK_HEIGHT)
        if len(parts) < 2:
            pieces.append(rest)
            return pieces
        pieces.append(parts[0])
        rest = parts[1]


def _requirements_table(element: Requirements) -> Table:
    widths = [FRAME_WIDTH * 0.75, FRAME_WIDTH * 0.25]
    inner = widths[0] - 2 * PADDING
    data: list[list[Any]] = [[_cell(text, "cell_head") for text in REQUIREMENT_HEADER]]
    commands = _table_style(header=True)
    commands.remove(("GRID", (0, 0), (-1, -1), 0.5, colors.grey))
    commands += [
        ("BOX", (0, 0), (-1, -1), 0.5, colors.grey),
        ("LINEAFTER", (0, 0), (0, -1), 0.5, colors.grey),
        ("LINEBELOW", (0, 0), (-1, 0), 0.5, colors.grey),
    ]
    for item in element.items:
        commands.append(("LINEABOVE", (0, len(data)), (-1, len(data)), 0.5, colors.grey))
        last_paragraph = len(item.paragraphs) - 1
        for index, text in enumerate(item.paragraphs):
            pieces = _chunks(text, inner)
            for number, piece in enumerate(pieces):
                cell: list[Flowable] = [piece]
                due: list[Flowable] | str = ""
                if number == len(pieces) - 1:
                    cell.append(Blank())
                    if index == last_paragraph:
                        cell.append(Blank())
                    if index == 0:
                        due = _cell(item.due)
                data.append([cell, due])
    return Table(
        data,
        colWidths=widths,
        style=TableStyle(commands),
        hAlign="LEFT",
        splitByRow=1,
        splitInRow=0,
    )


def _furniture(urn: str) -> Any:
    regular = fonts()[0]

    def draw(canvas: Any, doc: Any) -> None:
        canvas.saveState()
        canvas.setFont(regular, 9)
        canvas.drawString(
            MARGIN, PAGE_HEIGHT - 12 * mm, f"Inspection report for children's home: {urn}"
        )
        canvas.drawRightString(PAGE_WIDTH - MARGIN, 10 * mm, str(doc.page))
        canvas.restoreState()

    return draw


def render_pdf(report: Report, path_or_file: str | os.PathLike[str] | IO[bytes]) -> None:
    """Write the report as an A4 PDF to a path or a binary file object."""
    target = os.fspath(path_or_file) if isinstance(path_or_file, os.PathLike) else path_or_file
    title = f"Inspection report for children's home: {report.urn}"
    doc = SimpleDocTemplate(
        target,
        pagesize=A4,
        leftMargin=MARGIN,
        rightMargin=MARGIN,
        topMargin=TOP_MARGIN,
        bottomMargin=MARGIN,
        title=title,
        author="Ofsted",
        subject=report.report_kind,
    )
    story = [flowable for element in layout(report) for flowable in _flowables(element)]
    furniture = _furniture(report.urn)
    doc.build(story, onFirstPage=furniture, onLaterPages=furniture)


def render_pdf_bytes(report: Report) -> bytes:
    """The report as the bytes of an A4 PDF."""
    buffer = io.BytesIO()
    render_pdf(report, buffer)
    return buffer.getvalue()
