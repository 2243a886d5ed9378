"""Pieces of text to lines: level pieces in drawing order, joined by their measured gaps.

A line is a run of consecutive pieces (in drawing order) standing on one baseline. Its
text joins the pieces left to right by the gap measured between them: nothing where the
glyphs touch (a word cut into two runs, an apostrophe in another font), a space where a
space was drawn or the gap is at least half a space wide, a tab where the gap is wide
enough to start a table column. A line's dominant font and size are those of most of its
characters, so a quote or a bullet in another font does not decide them.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass

from inspection_schema.extract.pdf.pieces import Piece
from inspection_schema.extract.pdf.rules import Frames

__all__ = ["Line", "cells_of", "drawn_lines", "first_word_width", "frame", "split_line"]

_LEVEL = 0.4
"""Text sizes: pieces whose baselines differ by less stand on the same line."""
_SPACE = 0.5
"""Space widths: a gap at least this wide between two pieces is a space between words."""
_CELL = 4.0
"""Space widths: a gap at least this wide (and a text size) starts the next table cell."""
_BULLETS = "\u2022\u25aa\u25cf\u25e6\u25fc\u25a0\u2023\u2043\u00b7"
"""Bullet characters; Word's Symbol and Wingdings bullets are private-use U+F000–U+F0FF."""
_LABEL = re.compile(
    rf"^(?:[{_BULLETS}\u2013-]|[\uf000-\uf0ff]|\(?(?:[0-9]{{1,2}}|[a-z]|[ivx]{{1,4}})[.)])$"
)


@dataclass(slots=True)
class Line:
    """A line as drawn, with its measured extent."""

    pieces: list[Piece]
    text: str
    y: float
    x0: float
    x1: float
    """The end of the last visible glyph."""
    end: float
    """Where the line's drawing ends, spaces drawn at its end included."""
    size: float
    font: str
    measure: float = 0.0
    """How far the visible text of the lines of its run reaches (set in layout)."""
    reach: float = 0.0
    """How far the drawing of the lines of its run reaches, line-end spaces included."""
    rules: Frames | None = None
    """The vertical rules drawn on the line's page (table borders), to find its frame."""
    label: str = ""
    """A list label drawn before the text ("- " for a bullet, "" for none or a number)."""
    page: int = 0

    @property
    def blank(self) -> bool:
        return not self.text.strip() and not self.label

    @property
    def space(self) -> float:
        return max((piece.space for piece in self.pieces), default=self.size / 4)


def _level(piece: Piece, other: Piece) -> bool:
    return abs(piece.y - other.y) < _LEVEL * max(piece.size, other.size, 1e-3)


def drawn_lines(pieces: list[Piece]) -> list[Line]:
    """The lines of a page in drawing order: runs of pieces level with the run's first."""
    runs: list[list[Piece]] = []
    for piece in pieces:
        if runs and _level(runs[-1][0], piece) and piece.x0 > runs[-1][-1].x0 - piece.size:
            runs[-1].append(piece)
        else:
            runs.append([piece])
    return [_line(run) for run in runs]


def split_line(line: Line, key: Callable[[Piece, int], int]) -> list[Line]:
    """The line cut where its pieces' ``key(piece, page)`` changes (pieces keyed -1 go with
    any), as a tagged PDF may draw two table cells along one line."""
    runs: list[list[Piece]] = [[]]
    current = -1
    for piece in line.pieces:
        found = key(piece, line.page)
        if found >= 0 and current >= 0 and found != current and runs[-1]:
            runs.append([])
        if found >= 0:
            current = found
        runs[-1].append(piece)
    if len(runs) == 1:
        return [line]
    parts = [_line(run) for run in runs]
    for part in parts:
        part.page, part.rules = line.page, line.rules
    return parts


def _dominant(run: list[Piece]) -> tuple[float, str]:
    """The size and font of most of the run's letters and digits; the font is "" for a run
    with none (a dash or a quote alone tells nothing of the line's style)."""
    sizes: Counter[float] = Counter()
    fonts: Counter[str] = Counter()
    for piece in run:
        weight = sum(character.isalnum() for character in piece.text)
        sizes[round(piece.size * 2) / 2] += weight
        fonts[piece.font] += weight
    size = sizes.most_common(1)[0][0] if sizes.total() else run[0].size
    font, letters = fonts.most_common(1)[0] if fonts else ("", 0)
    return size, font if letters else ""


def _cell_gap(gap: float, piece: Piece) -> bool:
    return gap >= _CELL * max(piece.space, 1e-3) and gap >= piece.size


def cells_of(line: Line) -> list[Line]:
    """A line holding table cells (drawn along one line), cut into one line per cell."""
    runs: list[list[Piece]] = [[]]
    end: float | None = None
    for piece in line.pieces:
        if end is not None and runs[-1] and piece.text.strip() and _cell_gap(piece.x0 - end, piece):
            runs.append([])
        runs[-1].append(piece)
        if piece.text.strip():
            end = piece.x1 if end is None else max(end, piece.x1)
    parts = [_line(run) for run in runs if run]
    for part in parts:
        part.page, part.rules = line.page, line.rules
    return parts


def _line(run: list[Piece]) -> Line:
    run.sort(key=lambda piece: piece.x0)
    parts: list[str] = []
    end = None
    for piece in run:
        if end is not None and parts:
            gap = piece.x0 - end
            space = max(piece.space, 1e-3)
            if _cell_gap(gap, piece) and parts[-1].strip():
                parts.append("\t")
            elif gap >= _SPACE * space and not parts[-1].endswith(" "):
                parts.append(" ")
        parts.append(piece.text)
        end = piece.x1 if end is None else max(end, piece.x1)
    text = "".join(parts)
    visible = [piece for piece in run if piece.text.strip()]
    size, font = _dominant(visible or run)
    line = Line(
        pieces=run,
        text=text,
        y=run[0].y,
        x0=visible[0].x0 if visible else run[0].x0,
        x1=max((piece.ink for piece in visible), default=run[0].x0),
        end=max(piece.x1 for piece in run),
        size=size,
        font=font,
    )
    _take_label(line)
    return line


def _take_label(line: Line) -> None:
    """Move a list label at the line's start out of its text: a bullet becomes "- "."""
    pieces = [piece for piece in line.pieces if piece.text.strip()]
    if len(pieces) < 2:
        return
    head = pieces[0].text.strip()
    body = pieces[1]
    other_font = pieces[0].font != body.font
    gap = body.x0 - pieces[0].ink
    if not _LABEL.match(head) or not (other_font or gap >= 2 * body.space):
        return
    rest = line.text.lstrip()[len(head) :].lstrip(" \t")
    line.label = (
        "- " if (len(head) == 1 and head in _BULLETS) or "\uf000" <= head <= "\uf0ff" else " "
    )
    line.text = rest
    line.x0 = body.x0


def first_word_width(line: Line) -> float:
    """The measured width of the line's first word, which may span pieces."""
    width = 0.0
    for piece in line.pieces:
        if piece.x1 <= line.x0 or not piece.text:
            continue
        if width and piece.text[0].isspace():
            return width
        width += piece.lead
        if piece.lead_complete:
            return width
    return width


def frame(line: Line) -> tuple[int, int] | None:
    """The vertical rules left and right of the line (a table cell's borders), if drawn."""
    if line.rules is None:
        return None
    return line.rules.frame(line.x0, line.x1, line.y, line.size)
