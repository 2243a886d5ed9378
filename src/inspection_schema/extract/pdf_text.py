"""Read a PDF's pages as text laid out like the report text files.

pypdf extracts each page once; a visitor records where each piece of text is
drawn (its position, size and font). From that the page is laid out again:

* lines: pieces at the same height, in left-to-right order; a piece that starts
  well beyond where the text before it can reach (0.62 of the text size per
  character, a generous width) is the next cell of a table row (a tab);
* paragraphs: a blank line where the gap to the next line is clearly larger than
  the line spacing (more than 1.8 times the text size), or where the size or font
  changes (a heading);
* table rows: a piece drawn back up the page and to the right of the text before
  it starts the next cell of the same row (PDF writers draw a table cell by cell).
  A row is written as one line with its cells separated by tabs and, where a cell
  holds several paragraphs, each wrapped in ``<p>…</p>``, as in the text files;
* paragraph marks: a line drawn with nothing but spaces ends a paragraph. A PDF uses
  them when every paragraph break on its pages has one. In such a PDF, a page's last
  paragraph carries on to the next page when no mark follows it, on its page or
  before the next page's first text, whatever its last word; without marks, a page
  break is read by :mod:`inspection_schema.extract.normalise` from the words alone.

Page furniture and the rest are left to :mod:`inspection_schema.extract.normalise`.
pypdf is imported here only, and only when a PDF is read.
"""

from __future__ import annotations

import bisect
import io
import itertools
import logging
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field
from typing import Any

from inspection_schema.extract.errors import (
    DamagedPdf,
    EmptyInput,
    EncryptedPdf,
    NoPages,
    NoTextLayer,
)
from inspection_schema.extract.normalise import is_furniture

__all__ = ["PdfPages", "read_pdf_pages"]

_GAP = 1.8
_WIDTH = 0.62
"""A generous width of one character, in text sizes: a piece further right is a new cell."""
_COLUMN_TOLERANCE = 0.75
"""Points: a piece this close to where a cell began before starts a cell in the same column."""
_LEVEL = 0.4
"""Text sizes: pieces whose baselines differ by less are on the same line."""


@dataclass(frozen=True, slots=True)
class PdfPages:
    """The text of each page and, where the PDF has paragraph marks, whether each page's
    last paragraph carries on to the next page (``None`` without marks)."""

    texts: list[str]
    carried: list[bool] | None


@dataclass(slots=True)
class _Piece:
    x: float
    y: float
    size: float
    font: str
    text: str
    seq: int = 0


@dataclass(slots=True)
class _DrawnLine:
    """A line as drawn: its text and the drawing numbers of its first and last piece."""

    text: str
    y: float
    size: float
    first: int
    last: int


@dataclass(slots=True)
class _PageMarks:
    """Where a page's paragraph marks fall relative to its text (furniture aside)."""

    open_end: bool
    """No mark after the page's last text."""
    marked_start: bool
    """A mark before the page's first text, or no text at all."""
    unmarked_breaks: int
    """Paragraph breaks (gaps) with no mark between them."""


@dataclass(slots=True)
class _Line:
    y: float
    size: float
    font: str
    text: str


@dataclass(slots=True)
class _Group:
    x: float
    top: float
    raised: bool = False
    pieces: list[_Piece] = field(default_factory=list)


def read_pdf_pages(data: bytes) -> PdfPages:
    """The text of each page; raise an :class:`ExtractionError` for unreadable PDFs."""
    if not data:
        raise EmptyInput()
    if b"%PDF-" not in data[:1024]:
        raise DamagedPdf()
    with _quiet_pypdf():
        return _read(data)


@contextmanager
def _quiet_pypdf() -> Iterator[None]:
    """Keep pypdf's warnings about damaged files off standard error: the error says it."""
    logger = logging.getLogger("pypdf")
    level = logger.level
    logger.setLevel(logging.CRITICAL + 1)
    try:
        yield
    finally:
        logger.setLevel(level)


def _read(data: bytes) -> PdfPages:
    from pypdf import PdfReader

    try:
        reader = PdfReader(io.BytesIO(data), strict=False)
        if reader.is_encrypted:
            try:
                unlocked = reader.decrypt("")
            except Exception:
                unlocked = 0
            if not unlocked:
                raise EncryptedPdf()
        pages = reader.pages
        count = len(pages)
    except EncryptedPdf:
        raise
    except Exception:
        raise DamagedPdf() from None
    if count == 0:
        raise NoPages()
    texts: list[str] = []
    marks: list[_PageMarks] = []
    columns: set[float] = set()
    for page in pages:
        pieces: list[_Piece] = []
        blanks: list[_Piece] = []
        try:
            page.extract_text(visitor_text=_visitor(pieces, blanks))
        except Exception:
            raise DamagedPdf() from None
        texts.append(_layout(pieces, columns))
        marks.append(_page_marks(pieces, blanks))
    if not any(text.strip() for text in texts):
        raise NoTextLayer()
    return PdfPages(texts, _carried(marks))


def _visitor(pieces: list[_Piece], blanks: list[_Piece]) -> Any:
    """Record text pieces in ``pieces`` and pieces of spaces alone in ``blanks``."""
    seq = itertools.count()

    def visit(text: str, cm: Sequence[float], tm: Sequence[float], font: Any, size: float) -> None:
        if not text or not text.strip("\n"):
            return
        x = tm[4] * cm[0] + tm[5] * cm[2] + cm[4]
        y = tm[4] * cm[1] + tm[5] * cm[3] + cm[5]
        scale = abs(cm[3] * tm[3]) or 1.0
        name = font.get("/BaseFont", "") if isinstance(font, dict) else ""
        height = (size or 10.0) * scale
        for offset, part in enumerate(text.split("\n")):
            if part:
                target = pieces if part.strip() else blanks
                target.append(_Piece(x, y - offset * height * 1.2, height, str(name), part, next(seq)))

    return visit


def _level(piece: _Piece, other: _Piece) -> bool:
    """Whether two pieces stand on the same line."""
    return abs(piece.y - other.y) < _LEVEL * max(piece.size, other.size)


def _page_marks(pieces: list[_Piece], blanks: list[_Piece]) -> _PageMarks:
    """Where the page's marks (lines of spaces alone) fall among its lines of text."""
    marks = _mark_numbers(pieces, blanks)
    body = [line for line in _drawn_lines(pieces) if not is_furniture(line.text)]
    if not body:
        return _PageMarks(open_end=False, marked_start=True, unmarked_breaks=0)
    unmarked = 0
    for above, below in itertools.pairwise(body):
        gap = above.y - below.y
        if gap > _GAP * max(above.size, below.size) and not any(above.last < mark < below.first for mark in marks):
            unmarked += 1
    return _PageMarks(
        open_end=not any(mark > body[-1].last for mark in marks),
        marked_start=any(mark < body[0].first for mark in marks),
        unmarked_breaks=unmarked,
    )


def _mark_numbers(pieces: list[_Piece], blanks: list[_Piece]) -> list[int]:
    """The drawing numbers of the blanks that are marks: a blank level with the text drawn
    just before or just after it is a space within a line, not a line of its own."""
    numbers = [piece.seq for piece in pieces]
    marks: list[int] = []
    for blank in blanks:
        index = bisect.bisect_left(numbers, blank.seq)
        neighbours = pieces[max(index - 1, 0) : index + 1]
        if not any(_level(piece, blank) for piece in neighbours):
            marks.append(blank.seq)
    return marks


def _drawn_lines(pieces: list[_Piece]) -> list[_DrawnLine]:
    """Lines as drawn: runs of consecutive pieces level with the run's first piece."""
    runs: list[list[_Piece]] = []
    for piece in pieces:
        if runs and _level(runs[-1][0], piece):
            runs[-1].append(piece)
        else:
            runs.append([piece])
    return [
        _DrawnLine(
            text=" ".join(piece.text for piece in sorted(run, key=lambda piece: piece.x)),
            y=run[0].y,
            size=max(piece.size for piece in run),
            first=run[0].seq,
            last=run[-1].seq,
        )
        for run in runs
    ]


def _carried(marks: list[_PageMarks]) -> list[bool] | None:
    """Whether each page's last paragraph carries on, or ``None`` for a PDF without marks."""
    if not any(page.marked_start or not page.open_end for page in marks) or any(
        page.unmarked_breaks for page in marks
    ):
        return None
    return [
        page.open_end and not following.marked_start
        for page, following in itertools.pairwise(marks)
    ] + [False]


def _groups(pieces: list[_Piece]) -> list[_Group]:
    """Runs of pieces in drawing order.

    A jump back up the page starts a run (the next cell of a table row); so does a
    move to the left of a run that started that way (back to the first column).
    """
    groups: list[_Group] = []
    current: _Group | None = None
    previous: _Piece | None = None
    for piece in pieces:
        raised = previous is not None and piece.y > previous.y + 0.5 * piece.size
        if (
            current is None
            or raised
            or (current.raised and piece.x < current.x - piece.size)
        ):
            current = _Group(piece.x, piece.y, raised)
            groups.append(current)
        current.pieces.append(piece)
        previous = piece
    return groups


def _lines(group: _Group, columns: set[float]) -> list[_Line]:
    """The group's lines, with table cells on one line separated by tabs.

    A piece starts a new cell when it begins clearly past where the text before it ends
    (estimated from its length), or exactly where a cell began before in this document:
    a long first cell can reach close to the next column, which the estimate cannot tell.
    """
    rows: list[list[_Piece]] = []
    for piece in group.pieces:
        if rows and _level(rows[-1][0], piece):
            rows[-1].append(piece)
        else:
            rows.append([piece])
    lines: list[_Line] = []
    for row in rows:
        row.sort(key=lambda piece: piece.x)
        cells: list[str] = []
        reach = 0.0
        for piece in row:
            part = " ".join(piece.text.split())
            at_column = any(abs(piece.x - column) < _COLUMN_TOLERANCE for column in columns)
            if cells and (piece.x > reach + piece.size or at_column):
                columns.add(piece.x)
                cells.append(part)
            elif cells:
                cells[-1] = f"{cells[-1]} {part}"
            else:
                cells.append(part)
            reach = max(reach, piece.x + _WIDTH * piece.size * len(piece.text))
        first = row[0]
        lines.append(_Line(first.y, max(p.size for p in row), first.font, "\t".join(cells)))
    return lines


def _paragraphs(lines: list[_Line]) -> list[list[str]]:
    """Lines grouped into paragraphs: a gap clearly larger than the line spacing, or a
    change of size or font (a heading), starts a new one."""
    if not lines:
        return []
    paragraphs: list[list[str]] = [[lines[0].text]]
    for previous, line in itertools.pairwise(lines):
        gap = previous.y - line.y
        if (
            gap > _GAP * max(previous.size, line.size)
            or gap < 0
            or abs(previous.size - line.size) > 0.5
            or previous.font != line.font
        ):
            paragraphs.append([line.text])
        else:
            paragraphs[-1].append(line.text)
    return paragraphs


def _cell(lines: list[_Line]) -> str:
    paragraphs = [" ".join(paragraph) for paragraph in _paragraphs(lines)]
    if len(paragraphs) > 1:
        return " ".join(f"<p>{paragraph}</p>" for paragraph in paragraphs)
    return paragraphs[0] if paragraphs else ""


def _is_next_cell(group: _Group, previous: _Group) -> bool:
    """Whether ``group`` is the next cell of the row that ``previous`` ends with.

    The next cell is drawn back up and to the right, level with a line of the text before
    it (cells share the baseline of their first line). Text that jumps up to no such line,
    such as the page's body after its running footer, is not a cell.
    """
    size = group.pieces[0].size
    level = any(abs(piece.y - group.top) < 0.5 * size for piece in previous.pieces)
    return group.raised and group.x > previous.x + size and level


def _layout(pieces: list[_Piece], columns: set[float]) -> str:
    out: list[str] = []
    groups = _groups(pieces)
    index = 0
    while index < len(groups):
        group = groups[index]
        lines = _lines(group, columns)
        index += 1
        if index < len(groups) and _is_next_cell(groups[index], group):
            # The row starts at the line level with the top of its next cell.
            top = groups[index].top + 0.5 * groups[index].pieces[0].size
            split = next(
                (number for number, line in enumerate(lines) if line.y <= top), len(lines) - 1
            )
            flow, lines = lines[:split], lines[split:]
            _emit(flow, out)
            cells = [_cell(lines)]
            previous = group
            while index < len(groups) and _is_next_cell(groups[index], previous):
                previous = groups[index]
                cells.append(_cell(_lines(previous, columns)))
                index += 1
            out.append("\t".join(cells))
            out.append("")
            continue
        _emit(lines, out)
    return "\n".join(out)


def _emit(lines: list[_Line], out: list[str]) -> None:
    for paragraph in _paragraphs(lines):
        out.extend(paragraph)
        out.append("")
