"""One row read into an item, and a report's items built into its document.

A row becomes an :class:`Item`: its values by their path in the item, the cells of its
fields by JSON Pointer, and the items of its lists. :func:`build` makes the document of a
report's item, ordering each list's items by their numbers, and records every cell in the
document's :class:`~.locations.CellMap`.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from inspection_schema.tables.cells import MISSING, from_cell
from inspection_schema.tables.locations import Cell, CellMap
from inspection_schema.tables.sheet_columns import RawTable, SheetColumns, TableReadError

__all__ = ["Item", "build", "read_item"]


def _escape(name: str) -> str:
    return name.replace("~", "~0").replace("/", "~1")


def _pointer(path: tuple[str, ...]) -> str:
    return "".join("/" + _escape(part) for part in path)


@dataclass(slots=True)
class Item:
    """One row read: its values by path and the cells of its fields, by pointer in the item."""

    row: int
    values: dict[str, Any]
    cells: list[tuple[str, Cell]]
    children: dict[tuple[str, ...], list[tuple[int, Item]]] = field(default_factory=dict)


def _set(target: dict[str, Any], path: tuple[str, ...], value: Any) -> None:
    for part in path[:-1]:
        inner = target.setdefault(part, {})
        if not isinstance(inner, dict):
            raise TableReadError(f"a column under {part!r} conflicts with the column {part!r}")
        target = inner
    target[path[-1]] = value


def read_item(raw: RawTable, number: int, values: Any, columns: SheetColumns) -> Item:
    """The item of one row; raises :class:`TableReadError` when one of its fields' columns
    lies under another that has a value in the row."""
    item = Item(number, {}, [("", Cell(raw.sheet, number))])
    for index, column in columns.fields:
        cell = Cell(raw.sheet, number, index, columns.headings[index])
        item.cells.extend((pointer, cell) for pointer in columns.pointers[index])
        value = from_cell(values[index] if index < len(values) else None, column)
        if value is not MISSING:
            _set(item.values, column.path, value)
    return item


def build(item: Item, pointer: str, cells: CellMap) -> dict[str, Any]:
    """The document (or list item) of ``item``, its cells recorded in ``cells``."""
    for suffix, cell in item.cells:
        cells.add(pointer + suffix, cell)
    values = item.values
    for path, children in item.children.items():
        ordered = sorted(children, key=lambda pair: (pair[0], pair[1].row))
        base = pointer + _pointer(path)
        built = [build(child, f"{base}/{rank}", cells) for rank, (_, child) in enumerate(ordered)]
        _set(values, path, built)
    return values
