"""Unflattening: the layout's tables, as read from a workbook or CSV files, into documents.

Each row of the reports table is a document; each row of another table is an item of a
list, placed by the report's key (the key columns its sheet has) and its numbers
(``requirements/#``), so rows may be in any order. Items are ordered by their numbers; gaps
are allowed. Every document comes with the :class:`~.locations.CellMap` of the cells it was
read from.

Documents are built one at a time, as they are asked for (:func:`read_documents`): a first
reading (:mod:`.report_index`) finds which report each row belongs to, then each report's
rows are taken from every table and made into its document, which the caller can check and
let go before the next is built. So memory holds the tables' cell values (packed,
:mod:`.packed_rows`), a few numbers a row, and one document, never every document.

Problems with the tables themselves are reported, never raised: a problem with the whole
input (no reports table, a header that cannot be read, a row whose report is not in the
reports table) is in :attr:`TableDocuments.problems`, all found before the first document;
a problem with one report (two rows for one item, an item of an item that is not there)
makes that report's :attr:`ReadDocument.problem`.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from dataclasses import dataclass, field
from typing import Any

from inspection_schema.tables.items import Item, build, read_item
from inspection_schema.tables.layout import FIELDS_SHEET, VALIDATION_SHEET, Column, Layout
from inspection_schema.tables.locations import CellMap
from inspection_schema.tables.report_index import ChildTable, ReportIndex, cell_value
from inspection_schema.tables.sheet_columns import RawTable, TableReadError, blank

__all__ = ["ReadDocument", "ReadTables", "TableDocuments", "read_documents", "unflatten"]


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


@dataclass(slots=True)
class TableDocuments:
    """The problems with the tables as a whole, and the reports, each read when it is asked
    for (in the order of the reports table)."""

    problems: list[str]
    documents: Iterator[ReadDocument]


class _Report:
    """The items of one report, read from its rows in every table."""

    def __init__(self, index: ReportIndex, report: int) -> None:
        self.report = report
        self.problem: str | None = index.failed.get(report)
        self.found: dict[tuple[str, ...], dict[tuple[int, ...], Item]] = {}
        self.item = index.report_item(report)
        for child in index.children:
            if self.problem is not None:
                return
            start, end = child.starts[report], child.starts[report + 1]
            for position in child.order[start:end]:
                self._read_row(child, position)

    def _read_row(self, child: ChildTable, position: int) -> None:
        raw, columns = child.raw, child.columns
        number, values = raw.rows[position]
        try:
            numbers = tuple(_number(raw, number, values, i, c) for i, c in columns.indexes)
        except TableReadError as error:
            self.problem = self.problem or str(error)
            return
        if self.problem is not None:
            return
        item = read_item(raw, number, values, columns)
        found = self.found.setdefault(child.table.path, {})
        if numbers in found:
            self.problem = (
                f"{raw.place()}: rows {found[numbers].row} and {number} are the "
                f"same item ({', '.join(map(str, numbers))}) of one report"
            )
            return
        found[numbers] = item
        parent_path = child.table.parent_path
        if parent_path:
            parent = self.found.get(parent_path, {}).get(numbers[:-1])
            if parent is None:
                self.problem = (
                    f"{raw.place()}, row {item.row}: its item {numbers[:-1]} of "
                    f"{'/'.join(parent_path)} has no row"
                )
                return
        else:
            parent = self.item
        relative = child.table.path[len(parent_path) :]
        parent.children.setdefault(relative, []).append((numbers[-1], item))

    def read(self) -> ReadDocument:
        cells = CellMap()
        problem = self.problem
        document: dict[str, Any] | None = None
        if problem is None:
            try:
                document = build(self.item, "", cells)
            except TableReadError as error:
                problem = str(error)
        return ReadDocument(self.item.row, document, cells, problem)


def _number(raw: RawTable, number: int, values: Any, index: int, column: Column) -> int:
    value = cell_value(values, index, column)
    if isinstance(value, int) and not isinstance(value, bool) and value >= 1:
        return value
    raise TableReadError(
        f"{raw.place()}, row {number}: {column.heading} must be a whole number from 1 "
        f"(the item's number); found {'nothing' if value is None else repr(value)}"
    )


def _documents(index: ReportIndex) -> Iterator[ReadDocument]:
    for report in range(len(index.positions)):
        yield _Report(index, report).read()


def read_documents(raw: Mapping[str, RawTable], layout: Layout) -> TableDocuments:
    """The problems with the tables of one input (a workbook, or a folder of CSV files), and
    its documents, each built when it is asked for."""
    unknown = _unknown_tables(raw, layout)
    if unknown:
        return TableDocuments([unknown], iter(()))
    index = ReportIndex(raw, layout)
    if not index.read():
        return TableDocuments(index.problems, iter(()))
    return TableDocuments(index.problems, _documents(index))


def unflatten(raw: Mapping[str, RawTable], layout: Layout) -> ReadTables:
    """The documents in tables read from one input, all of them at once."""
    read = read_documents(raw, layout)
    return ReadTables(list(read.documents), read.problems)


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
