"""From each page's lines to page texts: paragraphs, rows and what carries over a page break.

The pages' lines (furniture removed) become paragraphs and rows — by the structure tree
where the PDF is tagged and the tree covers the text, by geometry and the document's own
spacing otherwise. Across a page break:

* a paragraph carries on when, tagged, both halves belong to one element, or, untagged,
  no paragraph mark (a line of spaces alone) ends it and either the document marks every
  paragraph end or the line before the break fills the measure of the text;
* a table row cut by the break is one row again (tagged: the same row element; untagged:
  a row at the top of the page whose later cells are empty, or text at the top of the page
  under a cell whose last line fills its measure);
* a table's header row repeated at the top of a page is dropped.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from itertools import pairwise

from inspection_schema.extract.pdf.lines import Line, frame
from inspection_schema.extract.pdf.spacing import Spacing
from inspection_schema.extract.pdf.structure import Tag
from inspection_schema.extract.pdf.units import (
    Cell,
    Paragraph,
    Row,
    Unit,
    tagged_units,
    untagged_units,
)
from inspection_schema.extract.pdf.writer import page_text, row_text

__all__ = ["Assembled", "assemble"]

TagOf = Callable[[Line], Tag | None]


@dataclass(frozen=True, slots=True)
class Assembled:
    """Each page's text, and whether each page's last paragraph carries on."""

    texts: list[str]
    carried: list[bool]


def assemble(pages: list[list[Line]], tag_of: TagOf | None) -> Assembled:
    """The page texts and, for each page, whether its last paragraph carries on."""
    if tag_of is not None:
        units = [tagged_units(lines, tag_of) for lines in pages]
        _measure(units)
        carried = [_tagged_carry(before, after) for before, after in pairwise(units)]
        spacing = Spacing.learn(_runs(units))
    else:
        units = [untagged_units(lines) for lines in pages]
        _measure(units)
        spacing = Spacing.learn(_runs(units))
        marks = _uses_marks(units, spacing)
        units = [_split_page(page, spacing) for page in units]
        carried = [_untagged_carry(a, b, spacing, marks=marks) for a, b in pairwise(units)]
    _drop_repeated_headers(units)
    _join_cut_rows(units, spacing, tagged=tag_of is not None)
    return Assembled([page_text(page, spacing) for page in units], [*carried, False])


def _flow_and_rows(page: list[Unit]) -> tuple[list[Line], list[Row]]:
    """A page's flow (its paragraphs' lines, in order) and its table rows, in order."""
    flow: list[Line] = []
    rows: list[Row] = []
    for unit in page:
        if isinstance(unit, Paragraph):
            flow.extend(unit.lines)
        else:
            rows.append(unit)
    return flow, rows


def _runs(units: list[list[Unit]]) -> list[list[Line]]:
    """Runs of lines that share a measure: each page's flow, and each table cell."""
    runs: list[list[Line]] = []
    for page in units:
        flow, rows = _flow_and_rows(page)
        runs.extend(_cell_lines(cell) for row in rows for cell in row.cells)
        runs.append(flow)
    return runs


def _cell_lines(cell: Cell) -> list[Line]:
    return cell.lines or [line for paragraph in cell.paragraphs for line in paragraph.lines]


def _measure(units: list[list[Unit]]) -> None:
    """Set every line's measure: lines between the same drawn rules (a table column's
    borders) share one, anywhere in the document; so do a table column's cells (cells that
    start at the same place, the next cell too); in a page's flow, which may hold the lines
    of an untagged table cell, the nearby lines decide."""
    columns: dict[tuple[int, int], list[Line]] = {}
    framed: dict[tuple[int, int], list[Line]] = {}
    for page in units:
        flow, rows = _flow_and_rows(page)
        for row in rows:
            starts = [_start(cell) for cell in row.cells]
            for at, cell in enumerate(row.cells):
                following = starts[at + 1] if at + 1 < len(starts) else -1
                columns.setdefault((starts[at], following), []).extend(_cell_lines(cell))
        Spacing.measure(flow)
    for lines in columns.values():
        Spacing.measure(lines, nearby=None)
    for page in units:
        for line in _all_lines(page):
            bounds = frame(line)
            if bounds is not None:
                framed.setdefault(bounds, []).append(line)
    for lines in framed.values():
        Spacing.measure(lines, nearby=None)


def _all_lines(page: list[Unit]) -> list[Line]:
    lines: list[Line] = []
    for unit in page:
        if isinstance(unit, Paragraph):
            lines.extend(unit.lines)
        else:
            for cell in unit.cells:
                lines.extend(_cell_lines(cell))
    return lines


def _start(cell: Cell) -> int:
    lines = _cell_lines(cell)
    return round(min((line.x0 for line in lines), default=-1.0))


def _paragraphs(lines: list[Line], spacing: Spacing, *, mark: bool = False) -> list[Paragraph]:
    """Lines split at paragraph marks and where the spacing evidence shows a break; ``mark``
    says a mark stands before the first line."""
    paragraphs: list[Paragraph] = []
    previous: Line | None = None
    for line in lines:
        if line.blank:
            if paragraphs and previous is not None:
                paragraphs[-1].marked_end = True
            previous, mark = None, True
            continue
        if previous is None or spacing.breaks(previous, line):
            paragraphs.append(Paragraph([line], marked_start=mark))
        else:
            paragraphs[-1].lines.append(line)
        previous, mark = line, False
    return paragraphs


def _split_page(page: list[Unit], spacing: Spacing) -> list[Unit]:
    """The page's units with flow runs split into paragraphs and cells into theirs."""
    out: list[Unit] = []
    mark = False
    for unit in page:
        if isinstance(unit, Row):
            for cell in unit.cells:
                cell.paragraphs = _paragraphs(cell.lines, spacing)
            out.append(unit)
            mark = False
            continue
        paragraphs = _paragraphs(unit.lines, spacing, mark=mark)
        if paragraphs:
            out.extend(paragraphs)
            mark = False
        elif unit.lines:
            mark = True
            if out and isinstance(out[-1], Paragraph):
                out[-1].marked_end = True
    return out


def _uses_marks(units: list[list[Unit]], spacing: Spacing) -> bool:
    """Whether the document ends every paragraph of its text with a mark (a line of
    spaces alone), as some writers do: then a page whose last paragraph has no mark
    after it carries on."""
    marks = 0
    for page in units:
        for unit in page:
            if not isinstance(unit, Paragraph):
                continue
            previous: Line | None = None
            marked = False
            for line in unit.lines:
                if line.blank:
                    marks += 1
                    marked = True
                    continue
                if (
                    previous is not None
                    and not marked
                    and line.y < previous.y - 1.5 * spacing.pitch(line.size)
                ):
                    return False
                previous, marked = line, False
    return marks > 0


def _untagged_carry(
    before: list[Unit], after: list[Unit], spacing: Spacing, *, marks: bool
) -> bool:
    if not before or not after:
        return False
    last, first = before[-1], after[0]
    if not isinstance(last, Paragraph) or not isinstance(first, Paragraph):
        return False
    if last.marked_end or first.marked_start:
        return False
    if marks:
        return True
    return spacing.carries_on(last.lines[-1], first.lines[0])


def _tagged_carry(before: list[Unit], after: list[Unit]) -> bool:
    if not before or not after:
        return False
    last, first = before[-1], after[0]
    return (
        isinstance(last, Paragraph)
        and isinstance(first, Paragraph)
        and last.block >= 0
        and last.block == first.block
    )


def _first_rows(page: list[Unit]) -> list[tuple[int, Row]]:
    """The rows that start a table on the page, with their places."""
    return [
        (index, unit)
        for index, unit in enumerate(page)
        if isinstance(unit, Row) and (index == 0 or not isinstance(page[index - 1], Row))
    ]


def _drop_repeated_headers(units: list[list[Unit]]) -> None:
    """Drop the first row of a table that goes on from the page before where it repeats a
    header row (Word's "repeat as header row"). A header row is the first row of a table
    where the table begins, with another row under it: a table that goes on over a page
    starts with whatever row comes next, which may repeat a row before it."""
    headers: set[str] = set()
    ended_in_table = False
    for page in units:
        starts = _first_rows(page)
        texts = [" ".join(row_text(row, Spacing()).split()) for _, row in starts]
        continued = ended_in_table and bool(starts) and starts[0][0] == 0
        if continued and texts[0] in headers:
            del page[0]
            starts = _first_rows(page)
            texts = [" ".join(row_text(row, Spacing()).split()) for _, row in starts]
        for (index, _), text in zip(starts, texts, strict=True):
            opens = not (continued and index == 0)
            if opens and index + 1 < len(page) and isinstance(page[index + 1], Row):
                headers.add(text)
        ended_in_table = bool(page) and isinstance(page[-1], Row)


def _join_cut_rows(units: list[list[Unit]], spacing: Spacing, *, tagged: bool) -> None:
    """Join a row that a page break cut back onto the last row of the previous page."""
    for before, after in pairwise(units):
        if not before or not after:
            continue
        last, first = before[-1], after[0]
        if not isinstance(last, Row):
            continue
        if isinstance(first, Paragraph):
            if not tagged and _carries_cell(last, first, spacing):
                del after[0]
            continue
        if tagged:
            if last.key < 0 or last.key != first.key:
                continue
        elif not _continues_row(last, first):
            continue
        _merge(last, first, spacing, tagged=tagged)
        del after[0]


def _carries_cell(row: Row, paragraph: Paragraph, spacing: Spacing) -> bool:
    """Untagged: a page that starts with text under a cell of the row that ended the page
    before, which the cell's last line shows goes on (and no paragraph mark ends), is the
    rest of that cell; it joins the cell's last paragraph."""
    head = paragraph.lines[0]
    for cell in row.cells:
        if not cell.paragraphs:
            continue
        tail = cell.paragraphs[-1]
        marked = tail.marked_end or paragraph.marked_start
        if (
            not marked
            and abs(tail.lines[0].x0 - head.x0) < 0.5 * head.size
            and spacing.carries_on(tail.lines[-1], head)
        ):
            tail.lines.extend(paragraph.lines)
            return True
    return False


def _continues_row(last: Row, first: Row) -> bool:
    """Untagged: the first row of a page has the same number of cells and only its first
    holds text, while the row before the break had its later cells filled."""
    if len(first.cells) != len(last.cells) or len(first.cells) < 2:
        return False
    return not any(_has_text(cell) for cell in first.cells[1:]) and any(
        _has_text(cell) for cell in last.cells[1:]
    )


def _has_text(cell: Cell) -> bool:
    return any(not line.blank for paragraph in cell.paragraphs for line in paragraph.lines)


def _merge(last: Row, first: Row, spacing: Spacing, *, tagged: bool) -> None:
    for index, cell in enumerate(first.cells):
        target = _matching_cell(last, cell, index, tagged=tagged)
        if target is None:
            last.cells.append(cell)
            continue
        if not cell.paragraphs:
            continue
        head = cell.paragraphs[0]
        tail = target.paragraphs[-1] if target.paragraphs else None
        joined = tail is not None and (
            (tagged and tail.block >= 0 and tail.block == head.block)
            or (
                not tagged
                and not (tail.marked_end or head.marked_start)
                and spacing.carries_on(tail.lines[-1], head.lines[0])
            )
        )
        if joined and tail is not None:
            tail.lines.extend(head.lines)
            target.paragraphs.extend(cell.paragraphs[1:])
        else:
            target.paragraphs.extend(cell.paragraphs)


def _matching_cell(last: Row, cell: Cell, index: int, *, tagged: bool) -> Cell | None:
    if tagged:
        return next((other for other in last.cells if other.key == cell.key), None)
    return last.cells[index] if index < len(last.cells) else None
