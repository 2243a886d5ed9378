"""Where a value of a document read from tables was: sheet, row and column, by JSON Pointer.

A :class:`CellMap` holds, for one document, the cell of every field's column on the rows
the document was read from, empty cells included, so that a finding about a missing field
points at the empty cell where it belongs. A pointer with no cell of its own (an item of a
list in one cell, an object) is placed at its nearest enclosing field, item or report row.
"""

from __future__ import annotations

from dataclasses import dataclass, field

__all__ = ["Cell", "CellMap", "column_letter"]


def column_letter(index: int) -> str:
    """A spreadsheet's letters for a 0-based column number: 0 → A, 25 → Z, 26 → AA."""
    letters = ""
    number = index + 1
    while number:
        number, rest = divmod(number - 1, 26)
        letters = chr(ord("A") + rest) + letters
    return letters


@dataclass(frozen=True, slots=True)
class Cell:
    """A place in a table: the sheet (or CSV file), the row from 1, and the column."""

    sheet: str
    row: int
    column: int | None = None
    """0-based; ``None`` for a whole row."""
    heading: str | None = None

    @property
    def letter(self) -> str | None:
        """The column's letters, as a spreadsheet program shows them."""
        return None if self.column is None else column_letter(self.column)


@dataclass(slots=True)
class CellMap:
    """The cells one document was read from, by JSON Pointer."""

    cells: dict[str, Cell] = field(default_factory=dict)

    def add(self, pointer: str, cell: Cell) -> None:
        """Record the cell of a pointer (the first recorded wins)."""
        self.cells.setdefault(pointer, cell)

    def locate(self, pointer: str) -> Cell | None:
        """The cell of ``pointer``, or of the nearest pointer above it that has one."""
        current = pointer
        while True:
            found = self.cells.get(current)
            if found is not None or not current:
                return found
            current = current.rsplit("/", 1)[0]
