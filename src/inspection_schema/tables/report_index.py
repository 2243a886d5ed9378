"""The first reading of an input's tables: which report each row belongs to, and the problems
with the tables as a whole, before any document is built.

:class:`ReportIndex` reads every table's header and every row's key, and keeps, for each
table, the report of each of its rows (or none), as arrays of whole numbers: about 16
bytes a row, whatever the row holds. The rows of one report can then be taken from each
table in the order they are in it (:meth:`ReportIndex.rows_of`), so that documents are
built one at a time (:mod:`.unflatten`). A problem with the tables as a whole (a header
that cannot be read, a row whose report is not in the reports table, a sheet without a key
column that its rows need) is found here, so it is known before the first document.
"""

from __future__ import annotations

from array import array
from collections import defaultdict
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from inspection_schema.tables.cells import MISSING, from_cell
from inspection_schema.tables.items import Item, read_item
from inspection_schema.tables.layout import REPORTS_TABLE, Column, Layout, Table
from inspection_schema.tables.sheet_columns import (
    RawTable,
    SheetColumns,
    TableReadError,
    blank,
    read_header,
)

__all__ = ["ChildTable", "ReportIndex", "cell_value", "may_conflict"]


def cell_value(values: Any, index: int, column: Column) -> Any:
    """The value of a key or number cell (``None`` when it is empty)."""
    value = from_cell(values[index] if index < len(values) else None, column)
    return None if value is MISSING else value


def may_conflict(columns: SheetColumns) -> bool:
    """Whether one field's column lies under another's (``provider`` and ``provider/name``,
    say, from a column the schema does not have): a row with both is a problem."""
    paths = {column.path for _, column in columns.fields}
    return any(path[:depth] in paths for path in paths for depth in range(1, len(path)))


@dataclass(slots=True)
class ChildTable:
    """A table of list items as read: its layout, its sheet, its columns, and its rows
    grouped by report (``order[starts[r]:starts[r + 1]]``: the positions of report ``r``'s
    rows in ``raw.rows``, in the order they are in)."""

    table: Table
    raw: RawTable
    columns: SheetColumns
    order: array[int]
    starts: array[int]


class ReportIndex:
    """The reports of one input's tables and, for each other table, the report of each row."""

    def __init__(self, raw: Mapping[str, RawTable], layout: Layout) -> None:
        self.raw = raw
        self.layout = layout
        self.problems: list[str] = []
        self.reports: RawTable | None = None
        self.report_columns: SheetColumns | None = None
        self.positions = array("q")
        """The position in the reports table's rows of each report."""
        self.keys: list[tuple[Any, ...]] = []
        self.key_headings: tuple[str, ...] = ()
        self.failed: dict[int, str] = {}
        """A report that cannot be read because of its key: the problem."""
        self.children: list[ChildTable] = []
        self._by_key: dict[tuple[str, ...], dict[tuple[Any, ...], list[int]]] = {}

    def read(self) -> bool:
        """Read the headers and keys; ``False`` if a problem stops every report being read."""
        reports = self.raw.get(REPORTS_TABLE)
        if reports is None:
            self.problems.append(f"has no table {REPORTS_TABLE!r} (one row per report)")
            return False
        try:
            self._read_reports(reports)
            for table in self.layout.tables[1:]:
                if table.name in self.raw:
                    self._read_child(self.raw[table.name], table)
        except TableReadError as error:
            self.problems.append(str(error))
            return False
        return True

    def _read_reports(self, raw: RawTable) -> None:
        columns = read_header(raw, self.layout.tables[0])
        self.reports, self.report_columns = raw, columns
        key_at = {column.heading: index for index, column in columns.fields}
        keys = [(key_at.get(column.heading), column) for column in self.layout.key]
        self.key_headings = tuple(column.heading for column in self.layout.key)
        check = may_conflict(columns)
        for position in range(1, len(raw.rows)):
            number, values = raw.rows[position]
            if all(blank(value) for value in values):
                continue
            if check:
                read_item(raw, number, values, columns)  # raises for a conflict
            self.positions.append(position)
            self.keys.append(
                tuple(None if i is None else cell_value(values, i, c) for i, c in keys)
            )
        self._check_keys()

    def _report_row(self, report: int) -> tuple[RawTable, SheetColumns, int, list[Any]]:
        if self.reports is None or self.report_columns is None:
            raise TableReadError(f"has no table {REPORTS_TABLE!r} (one row per report)")
        number, values = self.reports.rows[self.positions[report]]
        return self.reports, self.report_columns, number, list(values)

    def row_of(self, report: int) -> int:
        """The row number of a report in the reports table."""
        return self._report_row(report)[2]

    def report_item(self, report: int) -> Item:
        """The item of a report's row in the reports table."""
        raw, columns, number, values = self._report_row(report)
        return read_item(raw, number, values, columns)

    def _check_keys(self) -> None:
        """Reports with one key: each is a problem, as their items cannot be told apart."""
        seen: dict[tuple[Any, ...], int] = {}
        for position, values in enumerate(self.keys):
            if values not in seen:
                seen[values] = position
                continue
            message = (
                f"sheet {REPORTS_TABLE}: rows {self.row_of(seen[values])} and "
                f"{self.row_of(position)} have the same key ({', '.join(self.key_headings)}); "
                "each report needs its own"
            )
            self.failed.setdefault(seen[values], message)
            self.failed[position] = message

    def _report_for(self, key: dict[str, Any], raw: RawTable, number: int) -> int:
        headings = tuple(key)
        index = self._by_key.get(headings)
        if index is None:
            index = self._by_key[headings] = defaultdict(list)
            at = [self.key_headings.index(heading) for heading in headings]
            for position, report_key in enumerate(self.keys):
                index[tuple(report_key[i] for i in at)].append(position)
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
        rows = " and ".join(str(self.row_of(m)) for m in matches[:2])
        missing = next(c.heading for c in self.layout.key if c.heading not in headings)
        raise TableReadError(
            f"{raw.place()}: has no column {missing!r}, which rows {rows} "
            "of the reports table need to be told apart"
        )

    def _read_child(self, raw: RawTable, table: Table) -> None:
        columns = read_header(raw, table)
        check = may_conflict(columns)
        owners = array("q", [-1]) * len(raw.rows)
        for position in range(1, len(raw.rows)):
            number, values = raw.rows[position]
            if all(blank(value) for value in values):
                continue
            key = {column.heading: cell_value(values, i, column) for i, column in columns.keys}
            try:
                owners[position] = self._report_for(key, raw, number)
            except TableReadError as error:
                if str(error) not in self.problems:
                    self.problems.append(str(error))
                continue
            if check:
                read_item(raw, number, values, columns)  # raises for a conflict
        order, starts = _grouped(owners, len(self.keys))
        self.children.append(ChildTable(table, raw, columns, order, starts))


def _grouped(owners: array[int], reports: int) -> tuple[array[int], array[int]]:
    """The positions of the rows with an owner, grouped by owner and in order within each
    group, and where each owner's group starts (a counting sort)."""
    starts = array("q", [0]) * (reports + 1)
    for owner in owners:
        if owner >= 0:
            starts[owner + 1] += 1
    for report in range(reports):
        starts[report + 1] += starts[report]
    order = array("q", [0]) * starts[reports]
    filled = array("q", starts)
    for position, owner in enumerate(owners):
        if owner >= 0:
            order[filled[owner]] = position
            filled[owner] += 1
    return order, starts
