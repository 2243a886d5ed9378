"""Writing documents as tables: a workbook or a folder of CSV files, with the "fields" sheet.

>>> from inspection_schema.tables.output import TablesOutput
>>> with TablesOutput(Path("reports.xlsx"), "xlsx") as output:
...     output.add(document)                 # raises FlattenError or TablesWriteError
>>> TablesOutput(Path("template.xlsx"), "xlsx", version="1.1").close()   # a template

A workbook goes to a file or to a binary stream; CSV tables to a folder. Every table of the
schema version's layout is written, with its header row, even when no
document fills it, and so is the "fields" sheet; with ``validation=True`` also a
"validation" sheet for findings (:meth:`TablesOutput.add_findings`). A document that does
not fit is refused whole: none of its rows is written.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from pathlib import Path
from types import TracebackType
from typing import Any, BinaryIO, Literal

from inspection_schema.tables.extra_sheets import fields_rows, fields_table, validation_table
from inspection_schema.tables.flatten import flatten
from inspection_schema.tables.layout import VALIDATION_SHEET, Layout, Table, layout
from inspection_schema.tables.writing import CsvTables, TablesWriteError, TablesWriter, csv_file

__all__ = ["FORMATS", "TableFormat", "TablesOutput", "TablesWriteError", "output_files"]

TableFormat = Literal["xlsx", "csv"]
FORMATS: tuple[TableFormat, ...] = ("xlsx", "csv")


class TablesOutput:
    """Documents written as the tables of one schema version's layout (the newest by default)."""

    def __init__(
        self,
        target: Path | BinaryIO,
        table_format: TableFormat,
        *,
        version: str | None = None,
        validation: bool = False,
    ) -> None:
        self.layout: Layout = layout(version)
        tables = _tables(self.layout, validation=validation)
        self.writer: TablesWriter
        if table_format == "xlsx":
            from inspection_schema.tables.xlsx_writer import XlsxTables

            self.writer = XlsxTables(target, tables)
        elif isinstance(target, Path):
            self.writer = CsvTables(target, tables)
        else:
            raise TablesWriteError("CSV tables are a folder of files, not one stream")
        self.writer.write(fields_table().name, list(fields_rows(self.layout)))
        self.documents = 0

    def add(self, document: Mapping[str, Any]) -> None:
        """Write one document's rows (raises ``FlattenError`` or :class:`TablesWriteError`)."""
        rows = flatten(document, self.layout)
        for name, table_rows in rows.items():
            self.writer.check(name, table_rows)
        for name, table_rows in rows.items():
            if table_rows:
                self.writer.write(name, table_rows)
        self.documents += 1

    def add_findings(self, document: Mapping[str, Any], findings: Sequence[Sequence[Any]]) -> None:
        """Write rows of the validation sheet: each finding's code, severity, path and message,
        after the document's key."""
        key = flatten_key(document, self.layout)
        rows = [[*key, *finding] for finding in findings]
        self.writer.check(VALIDATION_SHEET, rows)
        self.writer.write(VALIDATION_SHEET, rows)

    def close(self) -> None:
        """Finish the output (raises :class:`TablesWriteError` if it cannot be saved)."""
        self.writer.close()

    def __enter__(self) -> TablesOutput:
        return self

    def __exit__(
        self,
        kind: type[BaseException] | None,
        error: BaseException | None,
        trace: TracebackType | None,
    ) -> None:
        self.close()


def _tables(table_layout: Layout, *, validation: bool) -> list[Table]:
    """Every table an output holds: the layout's, "fields", and "validation" if asked for."""
    tables = [*table_layout.tables, fields_table()]
    if validation:
        tables.append(validation_table(table_layout))
    return tables


def output_files(
    target: Path, table_format: TableFormat, *, version: str | None = None, validation: bool = False
) -> list[Path]:
    """The files an output to ``target`` writes: the workbook, or each table's CSV file."""
    if table_format == "xlsx":
        return [target]
    return [csv_file(target, table) for table in _tables(layout(version), validation=validation)]


def flatten_key(document: Mapping[str, Any], table_layout: Layout) -> list[Any]:
    """The report's key cells, as every row of its other tables carries them."""
    values: list[Any] = []
    for column in table_layout.key:
        value: Any = document
        for part in column.path:
            value = value.get(part) if isinstance(value, Mapping) else None
        values.append(value if isinstance(value, str | int) else None)
    return values
