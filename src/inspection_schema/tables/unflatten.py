"""Unflattening: the layout's tables, as read from a workbook or CSV files, into documents.

Each row of the reports table is a document; each row of another table is an item of a
list, placed by the report's key (the key columns its sheet has) and its numbers
(``requirements/#``), so rows may be in any order. Items are ordered by their numbers; gaps
are allowed. Every document comes with the :class:`~.locations.CellMap` of the cells it was
read from.

Problems with the tables themselves are reported, never raised: a problem with the whole
input (no reports table, a header that cannot be read, a row whose report is not in the
reports table) is in :attr:`ReadTables.problems`; a problem with one report (two rows for
one item, an item of an item that is not there) makes that report's
:attr:`ReadDocument.problem`.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

from inspection_schema.tables.cells import MISSING, from_cell
from inspection_schema.tables.layout import (
    FIELDS_SHEET,
    REPORTS_TABLE,
    VALIDATION_SHEET,
    Column,
    Layout,
    Table,
)
from inspection_schema.tables.locations import Cell, CellMap
from inspection_schema.tables.sheet_columns import (
    RawTable,
    SheetColumns,
    TableReadError,
    blank,
    read_header,
)

__all__ = ["ReadDocument", "ReadTables", "unflatten"]


@dataclass(slots=True)
class ReadDocument:
    """One report read from the tables: its row in the reports table, and the document (or the
    problem that stopped it being read)."""

    row: int
    document: dict[str, Any] | None
    cells: CellMap
    problem: str | None = None


@dataclass(slots=True)
class ReadTables:
    """Every report read from the tables, and the problems with the tables as a whole."""

    documents: list[ReadDocument] = field(default_factory=list)
    problems: list[str] = field(default_factory=list)


def _escape(name: str) -> str:
    return name.replace("~", "~0").replace("/", "~1")


def _pointer(path: tuple[str, ...]) -> str:
    return "".join("/" + _escape(part) for part in path)


@dataclass(slots=True)
class _Item:
    """One row read: its values by path and the cells of its fields, by pointer in the item."""

    row: int
    values: dict[str, Any]
    cells: list[tuple[str, Cell]]
    children: dict[tuple[str, ...], list[tuple[int, _Item]]] = field(default_factory=dict)


def _set(target: dict[str, Any], path: tuple[str, ...], value: Any) -> None:
    for part in path[:-1]:
        inner = target.setdefault(part, {})
        if not isinstance(inner, dict):
            raise TableReadError(f"a column under {part!r} conflicts with the column {part!r}")
        target = inner
    target[path[-1]] = value


def _read_item(raw: RawTable, number: int, values: Any, columns: SheetColumns) -> _Item:
    item = _Item(number, {}, [("", Cell(raw.sheet, number))])
    for index, column in columns.fields:
        cell = Cell(raw.sheet, number, index, columns.headings[index])
        item.cells.extend((pointer, cell) for pointer in columns.pointers[index])
        value = from_cell(values[index] if index < len(values) else None, column)
        if value is not MISSING:
            _set(item.values, column.path, value)
    return item


def _cell_value(values: Any, index: int, column: Column) -> Any:
    value = from_cell(values[index] if index < len(values) else None, column)
    return None if value is MISSING else value


class _Reader:
    """Reads every table of one input into documents."""

    def __init__(self, raw: Mapping[str, RawTable], layout: Layout) -> None:
        self.raw = raw
        self.layout = layout
        self.result = ReadTables()
        self.reports: list[tuple[_Item, dict[str, Any]]] = []
        self.failed: dict[int, str] = {}
        self.items: dict[tuple[str, ...], dict[tuple[int, tuple[int, ...]], _Item]] = {}
        self.by_key: dict[tuple[str, ...], dict[tuple[Any, ...], list[int]]] = {}

    def read(self) -> ReadTables:
        reports = self.raw.get(REPORTS_TABLE)
        if reports is None:
            self.result.problems.append(f"has no table {REPORTS_TABLE!r} (one row per report)")
            return self.result
        try:
            self._read_reports(reports)
            for table in self.layout.tables[1:]:
                if table.name in self.raw:
                    self._read_child(self.raw[table.name], table)
        except TableReadError as error:
            self.result.problems.append(str(error))
            return self.result
        self._assemble()
        return self.result

    def _read_reports(self, raw: RawTable) -> None:
        columns = read_header(raw, self.layout.tables[0])
        key_at = {column.heading: index for index, column in columns.fields}
        keys = [(key_at.get(column.heading), column) for column in self.layout.key]
        for number, values in raw.rows[1:]:
            if all(blank(value) for value in values):
                continue
            item = _read_item(raw, number, values, columns)
            key = {
                column.heading: None if index is None else _cell_value(values, index, column)
                for index, column in keys
            }
            self.reports.append((item, key))
        self._check_keys()

    def _report_for(self, key: dict[str, Any], raw: RawTable, number: int) -> int:
        headings = tuple(key)
        index = self.by_key.get(headings)
        if index is None:
            index = self.by_key[headings] = defaultdict(list)
            for position, (_, report_key) in enumerate(self.reports):
                index[tuple(report_key.get(h) for h in headings)].append(position)
        matches = index.get(tuple(key.values()), [])
        if len(matches) == 1 or any(match in self.failed for match in matches):
            return matches[0]
        shown = ", ".join(
            f"{heading} {'empty' if value is None else repr(value)}"
            for heading, value in key.items()
        )
        if not matches:
            raise TableReadError(
                f"{raw.place()}, row {number}: no row of the reports table has {shown or 'its key'}"
            )
        rows = " and ".join(str(self.reports[m][0].row) for m in matches[:2])
        raise TableReadError(
            f"{raw.place()}: has no column {self._missing_key(headings)!r}, which rows {rows} "
            "of the reports table need to be told apart"
        )

    def _missing_key(self, headings: tuple[str, ...]) -> str:
        return next(c.heading for c in self.layout.key if c.heading not in headings)

    def _check_keys(self) -> None:
        """Reports with one key: each is a problem, as their items cannot be told apart."""
        seen: dict[tuple[Any, ...], int] = {}
        for position, (item, key) in enumerate(self.reports):
            values = tuple(key.values())
            if values not in seen:
                seen[values] = position
                continue
            first = self.reports[seen[values]][0].row
            message = (
                f"sheet {REPORTS_TABLE}: rows {first} and {item.row} have the same key "
                f"({', '.join(key)}); each report needs its own"
            )
            self.failed.setdefault(seen[values], message)
            self.failed[position] = message

    def _read_child(self, raw: RawTable, table: Table) -> None:
        columns = read_header(raw, table)
        found = self.items.setdefault(table.path, {})
        for number, values in raw.rows[1:]:
            if all(blank(value) for value in values):
                continue
            key = {column.heading: _cell_value(values, i, column) for i, column in columns.keys}
            try:
                report = self._report_for(key, raw, number)
            except TableReadError as error:
                if str(error) not in self.result.problems:
                    self.result.problems.append(str(error))
                continue
            try:
                numbers = tuple(self._number(raw, number, values, i, c) for i, c in columns.indexes)
            except TableReadError as error:
                self.failed.setdefault(report, str(error))
                continue
            if report in self.failed:
                continue
            item = _read_item(raw, number, values, columns)
            if (report, numbers) in found:
                self.failed[report] = (
                    f"{raw.place()}: rows {found[report, numbers].row} and {number} are the "
                    f"same item ({', '.join(map(str, numbers))}) of one report"
                )
                continue
            found[report, numbers] = item
            self._attach(report, table, numbers, item, raw)

    def _number(self, raw: RawTable, number: int, values: Any, index: int, column: Column) -> int:
        value = _cell_value(values, index, column)
        if isinstance(value, int) and not isinstance(value, bool) and value >= 1:
            return value
        raise TableReadError(
            f"{raw.place()}, row {number}: {column.heading} must be a whole number from 1 "
            f"(the item's number); found {'nothing' if value is None else repr(value)}"
        )

    def _attach(
        self, report: int, table: Table, numbers: tuple[int, ...], item: _Item, raw: RawTable
    ) -> None:
        parent_path = table.parent_path
        if parent_path:
            parent = self.items.get(parent_path, {}).get((report, numbers[:-1]))
            if parent is None:
                self.failed[report] = (
                    f"{raw.place()}, row {item.row}: its item {numbers[:-1]} of "
                    f"{'/'.join(parent_path)} has no row"
                )
                return
        else:
            parent = self.reports[report][0]
        relative = table.path[len(parent_path) :]
        parent.children.setdefault(relative, []).append((numbers[-1], item))

    def _assemble(self) -> None:
        for position, (item, _) in enumerate(self.reports):
            cells = CellMap()
            problem = self.failed.get(position)
            document: dict[str, Any] | None = None
            if problem is None:
                try:
                    document = _build(item, "", cells)
                except TableReadError as error:
                    problem = str(error)
            self.result.documents.append(ReadDocument(item.row, document, cells, problem))


def _build(item: _Item, pointer: str, cells: CellMap) -> dict[str, Any]:
    for suffix, cell in item.cells:
        cells.add(pointer + suffix, cell)
    values = item.values
    for path, children in item.children.items():
        ordered = sorted(children, key=lambda pair: (pair[0], pair[1].row))
        base = pointer + _pointer(path)
        built = [_build(child, f"{base}/{rank}", cells) for rank, (_, child) in enumerate(ordered)]
        _set(values, path, built)
    return values


def unflatten(raw: Mapping[str, RawTable], layout: Layout) -> ReadTables:
    """The documents in tables read from one input (a workbook, or a folder of CSV files)."""
    reader = _Reader(raw, layout)
    unknown = _unknown_tables(raw, layout)
    if unknown:
        reader.result.problems.append(unknown)
        return reader.result
    return reader.read()


def _unknown_tables(raw: Mapping[str, RawTable], layout: Layout) -> str | None:
    """A problem for a table that looks like one of the layout's (it has the key columns) but
    is named as none of them, whose rows would otherwise be left out unseen."""
    names = {table.name for table in layout.tables} | {FIELDS_SHEET, VALIDATION_SHEET}
    key = {column.heading for column in layout.key}
    for name, table in raw.items():
        header = table.rows[0][1] if table.rows else ()
        headings = {str(value).strip() for value in header if not blank(value)}
        if name not in names and key and key <= headings:
            known = ", ".join(t.name for t in layout.tables)
            return f"{table.place()} is not a table of schema {layout.version} (tables: {known})"
    return None
