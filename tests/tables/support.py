"""Helpers for the tables tests: rows as a reader would give them, and written tables read back."""

from __future__ import annotations

import io
from collections.abc import Iterable, Mapping
from pathlib import Path
from typing import Any

from inspection_schema.tables.flatten import flatten
from inspection_schema.tables.layout import Layout
from inspection_schema.tables.output import TableFormat, TablesOutput
from inspection_schema.tables.readers import read_csv_folder, read_workbook_bytes
from inspection_schema.tables.sheet_columns import RawTable
from inspection_schema.tables.unflatten import ReadTables, unflatten


def raw_tables(documents: Iterable[Mapping[str, Any]], table_layout: Layout) -> dict[str, RawTable]:
    """The tables of ``documents`` as a CSV reader gives them: text cells, a header row."""
    rows: dict[str, list[list[Any]]] = {table.name: [] for table in table_layout.tables}
    for document in documents:
        for name, table_rows in flatten(document, table_layout).items():
            rows[name].extend(table_rows)
    return {
        table.name: RawTable(
            table.name,
            table.name,
            [(1, table.headings)]
            + [
                (number, ["" if v is None else str(v) for v in row])
                for number, row in enumerate(rows[table.name], start=2)
            ],
        )
        for table in table_layout.tables
    }


def write_and_read(
    documents: Iterable[Mapping[str, Any]],
    table_format: TableFormat,
    folder: Path,
    version: str | None = None,
) -> ReadTables:
    """Write documents as tables (a workbook in memory, or CSV files in ``folder``), read them."""
    if table_format == "xlsx":
        buffer = io.BytesIO()
        output = TablesOutput(buffer, "xlsx", version=version)
    else:
        output = TablesOutput(folder, "csv", version=version)
    with output:
        for document in documents:
            output.add(document)
    raw = (
        read_workbook_bytes(buffer.getvalue())
        if table_format == "xlsx"
        else read_csv_folder(folder)
    )
    return unflatten(raw, output.layout)
