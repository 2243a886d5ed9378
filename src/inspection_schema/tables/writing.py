"""What every tables writer does, and the CSV writer: a folder with one file per table.

A writer is built on the tables it will hold (each gets its header row at once, so an
empty writer is a template); :meth:`~TablesWriter.check` says whether rows fit before any
of a document's rows is written, :meth:`~TablesWriter.write` appends them, and
:meth:`~TablesWriter.close` finishes. Problems raise :class:`TablesWriteError`.

CSV files are UTF-8 without a byte order mark, with a header row; every value is text
(dates in ISO form, true/false as ``true``/``false``), as flatten-tool writes them.
"""

from __future__ import annotations

import csv
from collections.abc import Sequence
from pathlib import Path
from typing import Any, Protocol, TextIO

from inspection_schema.tables.layout import Table

__all__ = ["CsvTables", "TablesWriteError", "TablesWriter", "csv_file"]


class TablesWriteError(ValueError):
    """Rows that a writer cannot hold, or an output that cannot be written; one line."""


class TablesWriter(Protocol):
    """Writes rows of named tables to one output."""

    def check(self, name: str, rows: Sequence[Sequence[Any]]) -> None:
        """Raise :class:`TablesWriteError` if the rows cannot be written."""

    def write(self, name: str, rows: Sequence[Sequence[Any]]) -> None:
        """Append rows to a table."""

    def close(self) -> None:
        """Finish the output."""


def _text(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, float):
        return str(int(value)) if value.is_integer() else repr(value)
    return str(value)


def csv_file(folder: Path, table: Table) -> Path:
    """The file of one table in a folder of CSV tables: its name and ``.csv``."""
    return folder / f"{table.name}.csv"


class CsvTables:
    """A folder of CSV files being written, one per table."""

    def __init__(self, folder: Path, tables: Sequence[Table]) -> None:
        self.folder = folder
        self.files: dict[str, TextIO] = {}
        self.writers: dict[str, Any] = {}
        try:
            folder.mkdir(parents=True, exist_ok=True)
            for table in tables:
                handle = csv_file(folder, table).open("w", encoding="utf-8", newline="")
                self.files[table.name] = handle
                self.writers[table.name] = csv.writer(handle)
                self.writers[table.name].writerow(table.headings)
        except OSError as error:
            self.close_quietly()
            raise TablesWriteError(f"{folder}: cannot be written ({error.strerror})") from None

    def check(self, name: str, rows: Sequence[Sequence[Any]]) -> None:
        """CSV files hold any rows."""

    def write(self, name: str, rows: Sequence[Sequence[Any]]) -> None:
        """Append rows to a table's file."""
        try:
            self.writers[name].writerows([_text(value) for value in row] for row in rows)
        except OSError as error:
            raise TablesWriteError(f"{self.folder}: cannot be written ({error.strerror})") from None

    def close(self) -> None:
        """Close every file."""
        try:
            for handle in self.files.values():
                handle.close()
        except OSError as error:
            raise TablesWriteError(f"{self.folder}: cannot be written ({error.strerror})") from None

    def close_quietly(self) -> None:
        for handle in self.files.values():
            handle.close()
