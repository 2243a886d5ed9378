"""Flattening: one canonical document into rows of the layout's tables.

>>> from inspection_schema.tables.flatten import flatten
>>> from inspection_schema.tables.layout import layout
>>> rows = flatten(document, layout())      # {"reports": [[...]], "requirements": [...], ...}

Every value goes to the column of its path; each item of a list of objects becomes a row of
that list's table, carrying the report's key and its number in the list. A document that
the tables cannot hold unchanged (a field the schema version does not have, an object where
a value belongs, a value its column cannot give back) raises :class:`FlattenError`, whose
message names the field by its JSON Pointer. An empty list or object is written as nothing
and so reads back as absent; canonical instances leave empty lists out.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from functools import cache
from typing import Any

from inspection_schema.spec.codelists import codelist
from inspection_schema.tables.cells import CellError, to_cell
from inspection_schema.tables.layout import Column, Layout, Table
from inspection_schema.tables.schema_tree import ObjectShape, TableShape, report_tree

__all__ = ["FlatReport", "FlattenError", "flatten"]

FlatReport = dict[str, list[list[Any]]]
"""Each table's new rows (cells in the order of the table's columns; ``None`` for empty)."""


class FlattenError(ValueError):
    """A document the tables cannot hold unchanged; ``pointer`` names the field."""

    def __init__(self, pointer: str, problem: str) -> None:
        self.pointer = pointer
        self.problem = problem
        super().__init__(f"{pointer or '/'} {problem}")


@cache
def _labels(name: str) -> dict[str, str]:
    return {str(entry["code"]): str(entry["label"]) for entry in codelist(name).entries}


def _wording(cell: Any, column: Column) -> str | None:
    labels = _labels(column.codelist) if column.codelist else {}
    if not isinstance(cell, str):
        return None
    if column.kind == "list":
        found = [labels.get(code.strip(), "") for code in cell.split(";")]
        return "; ".join(found) if any(found) else None
    return labels.get(cell)


def _escape(name: str) -> str:
    return name.replace("~", "~0").replace("/", "~1")


@dataclass(frozen=True, slots=True)
class _Positions:
    """Where each field's cell and wording go in one table's rows."""

    table: Table
    fields: dict[tuple[str, ...], tuple[int, Column]]
    wordings: dict[tuple[str, ...], tuple[int, Column]]


@cache
def _positions(layout: Layout) -> dict[tuple[str, ...], _Positions]:
    found = {}
    for table in layout.tables:
        fields = {c.path: (i, c) for i, c in enumerate(table.columns) if c.role == "field"}
        wordings = {c.path: (i, c) for i, c in enumerate(table.columns) if c.role == "wording"}
        found[table.path] = _Positions(table, fields, wordings)
    return found


class _Flattener:
    """Walks one document along the schema tree, filling rows."""

    def __init__(self, layout: Layout, document: Mapping[str, Any]) -> None:
        self.layout = layout
        self.positions = _positions(layout)
        self.rows: FlatReport = {table.name: [] for table in layout.tables}
        self.key = [self._key_cell(document, column) for column in layout.key]

    @staticmethod
    def _key_cell(document: Mapping[str, Any], column: Column) -> Any:
        value: Any = document
        for part in column.path:
            value = value.get(part) if isinstance(value, Mapping) else None
        if value is None or isinstance(value, Mapping | list):
            return None
        try:
            return to_cell(value, column)
        except CellError:
            return None

    def new_row(self, table: Table, numbers: tuple[int, ...]) -> list[Any]:
        row: list[Any] = [None] * len(table.columns)
        lead = [*self.key, *numbers]
        row[: len(lead)] = lead
        self.rows[table.name].append(row)
        return row

    def walk(
        self,
        value: Mapping[str, Any],
        shape: ObjectShape,
        at: tuple[tuple[str, ...], tuple[str, ...], list[Any]],
        pointer: str,
        numbers: tuple[int, ...],
    ) -> None:
        """Fill a row from an object; ``at`` is the row's table path, the object's path within
        the table's item, and the row."""
        table_path, prefix, row = at
        for name, item in value.items():
            here = f"{pointer}/{_escape(name)}"
            field = shape.field(name)
            if field is None:
                raise FlattenError(
                    here, f"is not a field of schema {self.layout.version}, so it has no column"
                )
            relative = (*prefix, name)
            if isinstance(field.shape, ObjectShape):
                if not isinstance(item, Mapping):
                    raise FlattenError(here, "holds a value where the schema has an object")
                self.walk(item, field.shape, (table_path, relative, row), here, numbers)
            elif isinstance(field.shape, TableShape):
                self._items(item, field.shape, table_path + relative, here, numbers)
            else:
                self._cell(item, table_path, relative, row, here)

    def _items(
        self,
        items: Any,
        shape: TableShape,
        path: tuple[str, ...],
        pointer: str,
        numbers: tuple[int, ...],
    ) -> None:
        if not isinstance(items, list):
            raise FlattenError(pointer, "holds a value where the schema has a list of objects")
        table = self.positions[path].table
        for index, item in enumerate(items):
            here = f"{pointer}/{index}"
            if not isinstance(item, Mapping):
                raise FlattenError(here, "holds a value where the schema has an object")
            row = self.new_row(table, (*numbers, index + 1))
            self.walk(item, shape.item, (path, (), row), here, (*numbers, index + 1))

    def _cell(
        self,
        value: Any,
        table_path: tuple[str, ...],
        relative: tuple[str, ...],
        row: list[Any],
        pointer: str,
    ) -> None:
        positions = self.positions[table_path]
        index, column = positions.fields[relative]
        if isinstance(value, list | Mapping) and not value and column.kind != "json":
            return
        try:
            row[index] = to_cell(value, column)
        except CellError as error:
            raise FlattenError(pointer, str(error)) from None
        wording = positions.wordings.get(relative)
        if wording is not None:
            row[wording[0]] = _wording(row[index], wording[1])


def flatten(document: Mapping[str, Any], layout: Layout) -> FlatReport:
    """The rows of every table for one document (raises :class:`FlattenError`)."""
    if not isinstance(document, Mapping):
        raise FlattenError("", "is not a JSON object")
    tree = report_tree(layout.version)
    flattener = _Flattener(layout, document)
    reports = layout.tables[0]
    row: list[Any] = [None] * len(reports.columns)
    flattener.rows[reports.name].append(row)
    flattener.walk(document, tree.root, ((), (), row), "", ())
    return flattener.rows
