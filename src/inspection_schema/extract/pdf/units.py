"""A page's lines grouped into paragraphs and table rows.

Two ways, one result. In a tagged PDF whose structure tree covers the text, each line
belongs to the element its text is marked with: lines of one paragraph element form one
paragraph, lines in table cells form the cells of their row. Otherwise the geometry
decides, as PDF writers draw tables cell by cell: a line drawn back up the page and to
the right, level with a line of the text before it, starts the next cell of a row, and
:mod:`inspection_schema.extract.pdf.paragraphs` splits the lines into paragraphs.
"""

from __future__ import annotations

import bisect
from collections.abc import Callable
from dataclasses import dataclass, field

from inspection_schema.extract.pdf.lines import Line, cells_of
from inspection_schema.extract.pdf.structure import Tag

__all__ = ["Cell", "Paragraph", "Row", "Unit", "tagged_units", "untagged_units"]


@dataclass(slots=True)
class Paragraph:
    """Lines of one paragraph; ``block`` is its structure element (-1 untagged)."""

    lines: list[Line]
    block: int = -1
    marked_start: bool = False
    """A paragraph mark (a line of spaces alone) stands right before it."""
    marked_end: bool = False
    """A paragraph mark stands right after it."""


@dataclass(slots=True)
class Cell:
    """A table cell: its lines (untagged) or its paragraphs (tagged); ``key`` its element."""

    lines: list[Line] = field(default_factory=list)
    paragraphs: list[Paragraph] = field(default_factory=list)
    key: int = -1


@dataclass(slots=True)
class Row:
    """A table row: its cells left to right; ``key`` its structure element (-1 untagged)."""

    cells: list[Cell]
    key: int = -1
    header: bool = False


Unit = Paragraph | Row


def tagged_units(lines: list[Line], tag_of: Callable[[Line], Tag | None]) -> list[Unit]:
    """Paragraphs and rows by the structure elements the lines are marked with."""
    units: list[Unit] = []
    rows: dict[int, Row] = {}
    cells: dict[tuple[int, int], Cell] = {}
    for line in lines:
        tag = tag_of(line)
        if tag is None or tag.row < 0:
            block = tag.block if tag is not None else -1
            last = units[-1] if units else None
            if isinstance(last, Paragraph) and block >= 0 and last.block == block:
                last.lines.append(line)
            else:
                units.append(Paragraph([line], block))
            continue
        row = rows.get(tag.row)
        if row is None or not units or units[-1] is not row:
            row = rows[tag.row] = Row([], tag.row, tag.header)
            units.append(row)
        cell = cells.get((tag.row, tag.cell))
        if cell is None:
            cell = cells[(tag.row, tag.cell)] = Cell(key=tag.cell)
            row.cells.append(cell)
        last_paragraph = cell.paragraphs[-1] if cell.paragraphs else None
        if last_paragraph is not None and last_paragraph.block == tag.block:
            last_paragraph.lines.append(line)
        else:
            cell.paragraphs.append(Paragraph([line], tag.block))
    for unit in units:
        if isinstance(unit, Row):
            unit.cells.sort(
                key=lambda cell: min(line.x0 for p in cell.paragraphs for line in p.lines)
            )
    return units


@dataclass(slots=True)
class _Group:
    x: float
    top: float
    raised: bool
    lines: list[Line] = field(default_factory=list)


def _groups(lines: list[Line]) -> list[_Group]:
    """Runs of lines in drawing order; a jump back up the page starts one (the next cell of
    a row), and so does a move left of a run that started that way (back to the first column)."""
    groups: list[_Group] = []
    current: _Group | None = None
    previous: Line | None = None
    for line in lines:
        raised = previous is not None and line.y > previous.y + 0.5 * line.size
        if current is None or raised or (current.raised and line.x0 < current.x - line.size):
            current = _Group(line.x0, line.y, raised)
            groups.append(current)
        current.lines.append(line)
        previous = line
    return groups


def _is_next_cell(group: _Group, previous: _Group) -> bool:
    """Drawn back up and to the right, level with a line of the text before it."""
    size = group.lines[0].size
    level = any(abs(line.y - group.top) < 0.5 * size for line in previous.lines)
    return group.raised and group.x > previous.x + size and level


def untagged_units(lines: list[Line]) -> list[Unit]:
    """Flow lines and table rows by geometry; the flow lines between two rows come as one
    paragraph, to be split by the spacing evidence later."""
    units: list[Unit] = []
    groups = _groups(lines)
    index = 0
    while index < len(groups):
        group = groups[index]
        index += 1
        if index < len(groups) and _is_next_cell(groups[index], group):
            top = groups[index].top + 0.5 * groups[index].lines[0].size
            split = next(
                (at for at, line in enumerate(group.lines) if line.y <= top), len(group.lines) - 1
            )
            units.extend(_tabbed(group.lines[:split]))
            cells = [Cell(lines=group.lines[split:])]
            previous = group
            while index < len(groups) and _is_next_cell(groups[index], previous):
                previous = groups[index]
                cells.append(Cell(lines=previous.lines))
                index += 1
            units.append(Row(cells))
            continue
        units.extend(_tabbed(group.lines))
    merged: list[Unit] = []
    for unit in units:
        if isinstance(unit, Paragraph) and merged and isinstance(merged[-1], Paragraph):
            merged[-1].lines.extend(unit.lines)
        else:
            merged.append(unit)
    return merged


def _tabbed(lines: list[Line]) -> list[Unit]:
    """Flow lines, with a line holding a wide gap (cells drawn along one line) as a row; a
    line below it that starts where one of its later cells starts goes on that cell."""
    units: list[Unit] = []
    for line in lines:
        last = units[-1] if units else None
        if "\t" in line.text:
            units.append(Row([Cell(lines=[part]) for part in cells_of(line)]))
        elif isinstance(last, Row) and (cell := _column(last, line)) is not None:
            cell.lines.append(line)
        elif isinstance(last, Paragraph):
            last.lines.append(line)
        else:
            units.append(Paragraph([line]))
    return units


def _column(row: Row, line: Line) -> Cell | None:
    """The later cell of a row drawn along one line that ``line`` starts under, if any."""
    starts = [cell.lines[0].x0 if cell.lines else float("-inf") for cell in row.cells]
    at = bisect.bisect_left(starts, line.x0 - 0.5 * line.size, lo=1)
    if at < len(starts) and abs(starts[at] - line.x0) < 0.5 * line.size:
        return row.cells[at]
    return None
