"""Writing the tables as one XLSX workbook, a sheet per table, with XlsxWriter.

XlsxWriter writes only, fast and in constant memory (each sheet's rows go to a temporary
file as they come), which suits a writer that streams documents. Cells keep their types:
every text is a text cell (a URN, an event number or a postcode is never turned into a
number: no lost leading zero or 'SC', no 1.02E+07), a date is a date cell shown as
YYYY-MM-DD, a number a number and true/false a boolean. Text columns are formatted as text
and date columns as dates, so values typed into them later keep their type too. Columns
with a closed list of codes offer the codes in a drop-down. XlsxWriter is imported only
when a workbook is written.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from typing import Any, BinaryIO

from inspection_schema.tables.cells import iso_date
from inspection_schema.tables.layout import Column, Table
from inspection_schema.tables.writing import TablesWriteError

__all__ = ["MAX_CELL_CHARACTERS", "MAX_ROWS", "XlsxTables"]

MAX_CELL_CHARACTERS = 32_767
"""The most characters a cell of a workbook holds."""
MAX_ROWS = 1_048_576
"""The most rows a sheet holds, the header included."""
_LARGEST_EXACT = 2**53
"""Whole numbers beyond this lose digits as a workbook's numbers: they are written as text."""
_MAX_DROPDOWN = 255
"""The longest list of choices a drop-down holds, in characters."""
_WIDTHS = {"paragraphs": 60, "date": 12, "integer": 10, "boolean": 8, "json": 30}


class XlsxTables:
    """A workbook being written: :meth:`write` rows of a table, then :meth:`close`.

    To a file, in constant memory; to a binary stream (such as a web response), built in
    memory and written to the stream on :meth:`close`.
    """

    def __init__(self, target: Path | BinaryIO, tables: Sequence[Table]) -> None:
        import xlsxwriter

        self.path = target
        if isinstance(target, Path):
            self.workbook = xlsxwriter.Workbook(str(target), {"constant_memory": True})
        else:
            self.workbook = xlsxwriter.Workbook(target, {"in_memory": True})
        self.text = self.workbook.add_format({"num_format": "@"})
        self.date = self.workbook.add_format({"num_format": "yyyy-mm-dd"})
        header = self.workbook.add_format({"bold": True, "num_format": "@", "bottom": 1})
        self.sheets: dict[str, Any] = {}
        self.next_row: dict[str, int] = {}
        self.tables = {table.name: table for table in tables}
        for table in tables:
            sheet = self.workbook.add_worksheet(table.name)
            self.sheets[table.name] = sheet
            self.next_row[table.name] = 1
            for index, column in enumerate(table.columns):
                style = {"date": self.date, "integer": None, "number": None, "boolean": None}.get(
                    column.kind, self.text
                )
                width = max(_WIDTHS.get(column.kind, 18), min(len(column.heading) + 2, 40))
                sheet.set_column(index, index, width, style)
                sheet.write_string(0, index, column.heading, header)
                self._dropdown(sheet, index, column)
            sheet.freeze_panes(1, 0)

    @staticmethod
    def _dropdown(sheet: Any, index: int, column: Column) -> None:
        if not column.codes or len(",".join(column.codes)) > _MAX_DROPDOWN:
            return
        sheet.data_validation(
            1,
            index,
            MAX_ROWS - 1,
            index,
            {"validate": "list", "source": list(column.codes), "error_type": "warning"},
        )

    def check(self, name: str, rows: Sequence[Sequence[Any]]) -> None:
        """Raise :class:`TablesWriteError` if the rows do not fit the sheet."""
        if self.next_row[name] + len(rows) > MAX_ROWS:
            raise TablesWriteError(f"would need more than {MAX_ROWS:,} rows in sheet {name}")
        table = self.tables[name]
        for row in rows:
            for value, column in zip(row, table.columns, strict=False):
                if isinstance(value, str) and len(value) > MAX_CELL_CHARACTERS:
                    raise TablesWriteError(
                        f"has {len(value):,} characters for column {column.heading} of sheet "
                        f"{name}, more than a workbook's cell holds ({MAX_CELL_CHARACTERS:,})"
                    )

    def write(self, name: str, rows: Sequence[Sequence[Any]]) -> None:
        """Append rows to a sheet (call :meth:`check` first)."""
        sheet = self.sheets[name]
        columns = self.tables[name].columns
        for row in rows:
            number = self.next_row[name]
            for index, value in enumerate(row):
                if value is not None:
                    self._cell(sheet, number, index, value, columns[index])
            self.next_row[name] = number + 1

    def _cell(self, sheet: Any, row: int, index: int, value: Any, column: Column) -> None:
        if isinstance(value, bool):
            sheet.write_boolean(row, index, value)
        elif isinstance(value, int | float) and abs(value) < _LARGEST_EXACT:
            sheet.write_number(row, index, value)
        elif column.kind == "date" and (day := iso_date(value)) is not None:
            sheet.write_datetime(row, index, day, self.date)
        else:
            sheet.write_string(row, index, str(value), self.text)

    def close(self) -> None:
        """Finish the workbook; raises :class:`TablesWriteError` if it cannot be saved."""
        for name, sheet in self.sheets.items():
            width = len(self.tables[name].columns)
            sheet.autofilter(0, 0, max(self.next_row[name] - 1, 1), width - 1)
        from xlsxwriter.exceptions import XlsxWriterException

        try:
            self.workbook.close()
        except (OSError, XlsxWriterException) as error:
            raise TablesWriteError(f"{self.path}: cannot be written ({error})") from None
