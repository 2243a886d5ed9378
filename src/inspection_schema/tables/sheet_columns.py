"""A sheet's header row read against its table: which column holds which field.

A heading the table has is its column; a heading ending in " (wording)" is left out (the
wording is derived from the code); any other heading is a field the schema does not have,
read into the document under its path so that validation reports it
(``schema-additional-property``) at its cell. Two columns with one heading, or values under
no heading, make the sheet unusable.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from itertools import islice
from typing import Any

from inspection_schema.tables.layout import WORDING_SUFFIX, Column, Table
from inspection_schema.tables.locations import column_letter

__all__ = ["RawTable", "SheetColumns", "TableReadError", "blank", "read_header"]


class TableReadError(ValueError):
    """A table that cannot be read as the layout's table; the message names the place."""


@dataclass(frozen=True, slots=True)
class RawTable:
    """One sheet or CSV file as read: its rows, each with its number from 1 (row 1: header)."""

    name: str
    """The table it is, by name (a sheet's name, a CSV file's name without ``.csv``)."""
    sheet: str
    """How a location names it: the sheet's name, or the CSV file's name."""
    rows: Sequence[tuple[int, Sequence[Any]]]

    def place(self) -> str:
        """``sheet reports`` or ``reports.csv``."""
        return self.sheet if self.sheet.endswith(".csv") else f"sheet {self.sheet}"


@dataclass(frozen=True, slots=True)
class SheetColumns:
    """The columns of a sheet that hold a table's key, item numbers and fields."""

    keys: list[tuple[int, Column]]
    indexes: list[tuple[int, Column]]
    fields: list[tuple[int, Column]]
    headings: dict[int, str]
    pointers: dict[int, tuple[str, ...]]
    """For each field's column: the JSON Pointer, within the item, of the field and of each
    object above it, outermost first."""


def _escape(name: str) -> str:
    return name.replace("~", "~0").replace("/", "~1")


def _pointers(path: tuple[str, ...]) -> tuple[str, ...]:
    parts = ["/" + _escape(part) for part in path]
    return tuple("".join(parts[:depth]) for depth in range(1, len(parts) + 1))


def blank(value: Any) -> bool:
    """Whether a cell is empty (white space alone counts as empty)."""
    return value is None or (isinstance(value, str) and not value.strip())


def _extra(heading: str, table: Table) -> Column:
    prefix = "/".join(table.path) + "/" if table.path else ""
    relative = heading.removeprefix(prefix) if prefix else heading
    return Column(heading, "field", "text", tuple(relative.split("/")))


def read_header(raw: RawTable, table: Table) -> SheetColumns:
    """The columns of ``raw``'s header row; raises :class:`TableReadError` for a bad header."""
    known = {column.heading: column for column in table.columns}
    header = list(raw.rows[0][1]) if raw.rows and raw.rows[0][0] == 1 else []
    columns = SheetColumns([], [], [], {}, {})
    seen: dict[str, int] = {}
    for index, value in enumerate(header):
        if blank(value):
            continue
        heading = str(value).strip()
        if heading in seen:
            raise TableReadError(
                f"{raw.place()}: columns {column_letter(seen[heading])} and "
                f"{column_letter(index)} are both headed {heading!r}"
            )
        seen[heading] = index
        columns.headings[index] = heading
        column = known.get(heading)
        if column is None and heading.endswith(WORDING_SUFFIX):
            continue
        column = column or _extra(heading, table)
        if column.role == "key":
            columns.keys.append((index, column))
        elif column.role == "index":
            columns.indexes.append((index, column))
        elif column.role == "field":
            columns.fields.append((index, column))
            columns.pointers[index] = _pointers(column.path)
    _check_values_have_headings(raw, columns.headings, has_header=bool(columns.headings))
    missing = [c.heading for c in table.columns if c.role == "index" and c.heading not in seen]
    if missing and len(raw.rows) > 1:
        raise TableReadError(f"{raw.place()}: has no column {missing[0]!r} (the item's number)")
    return columns


def _check_values_have_headings(
    raw: RawTable, headings: dict[int, str], *, has_header: bool
) -> None:
    for number, values in islice(raw.rows, 1 if has_header else 0, None):
        for index, value in enumerate(values):
            if index not in headings and not blank(value):
                where = f"row {number}, column {column_letter(index)}"
                if not has_header:
                    raise TableReadError(
                        f"{raw.place()}: has no header row in row 1 ({where} has a value)"
                    )
                raise TableReadError(
                    f"{raw.place()}: {where} has a value but the column has no heading"
                )
