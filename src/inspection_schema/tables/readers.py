"""Reading tables: a workbook (XLSX or ODS, with python-calamine) or a folder of CSV files.

Each gives the raw rows of every sheet or file by table name, with row numbers from 1, for
:mod:`.unflatten`. python-calamine is imported only when a workbook is read, and is given
the workbook's bytes, never its path. Every file is opened and read through
:mod:`inspection_schema.reading`, as every other input is: a named pipe is waited for a
bounded time, and the size limit is enforced while reading, so a device or a pipe cannot
exceed it. Memory is bounded: a workbook is refused when its file, or the sheets it would
unpack to, are larger than :data:`MAX_FILE_BYTES` or :data:`MAX_UNPACKED_BYTES`, and a CSV
file when it is larger than :data:`MAX_FILE_BYTES`. Every problem raises
:class:`TablesUnreadable` with one line; a file that cannot be opened or read raises
:class:`TableFileUnreadable`, which names it.
"""

from __future__ import annotations

import csv
import io
import zipfile
from pathlib import Path

from inspection_schema.reading import (
    InputError,
    is_folder,
    open_input,
    os_error_message,
    read_at_most,
)
from inspection_schema.tables import CSV_SUFFIX, WORKBOOK_SUFFIXES
from inspection_schema.tables.sheet_columns import RawTable

__all__ = [
    "CSV_SUFFIX",
    "MAX_FILE_BYTES",
    "MAX_UNPACKED_BYTES",
    "WORKBOOK_SUFFIXES",
    "TableFileUnreadable",
    "TablesUnreadable",
    "read_csv_folder",
    "read_workbook",
    "read_workbook_bytes",
]

MAX_FILE_BYTES = 256 * 1024 * 1024
"""The largest workbook or CSV file read."""
MAX_UNPACKED_BYTES = 1024 * 1024 * 1024
"""The most that a workbook's parts may unpack to (its sheets are compressed XML)."""
_ZIP = b"PK\x03\x04"


class TablesUnreadable(ValueError):
    """A workbook or CSV folder that cannot be read at all; the message is one line."""


class TableFileUnreadable(TablesUnreadable):
    """A workbook or CSV file that could not be opened or read: the file, and why (``error``,
    whose message completes "<file> …", as for every input)."""

    def __init__(self, path: Path, error: InputError, *, in_folder: bool) -> None:
        super().__init__(f"{path.name} {error.message}" if in_folder else error.message)
        self.path = path
        self.error = error


def _read_bytes(path: Path, *, in_folder: bool = False) -> bytes:
    """The file's bytes, at most :data:`MAX_FILE_BYTES`; ``in_folder``: one of a folder's
    CSV files, named in the message."""
    try:
        with open_input(path) as handle:
            return read_at_most(handle, MAX_FILE_BYTES, what="one table file", option=None)
    except InputError as error:
        raise TableFileUnreadable(path, error, in_folder=in_folder) from None
    except OSError as error:  # after opening: an I/O error while reading
        failed = InputError(os_error_message(error))
        raise TableFileUnreadable(path, failed, in_folder=in_folder) from None


def _check_unpacked(data: bytes) -> None:
    if not data.startswith(_ZIP):
        raise TablesUnreadable("is not a spreadsheet (an XLSX or ODS file is a ZIP container)")
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            unpacked = sum(info.file_size for info in archive.infolist())
    except (zipfile.BadZipFile, OSError, ValueError) as error:
        raise TablesUnreadable(f"is not a readable spreadsheet: {error}") from None
    if unpacked > MAX_UNPACKED_BYTES:
        raise TablesUnreadable(
            f"would unpack to {unpacked / 1_048_576:.0f} MB, more than the "
            f"{MAX_UNPACKED_BYTES // 1_048_576} MB read from one workbook"
        )


def read_workbook(path: Path) -> dict[str, RawTable]:
    """Every sheet of a workbook, by name, with its typed cell values."""
    return read_workbook_bytes(_read_bytes(path))


def read_workbook_bytes(data: bytes) -> dict[str, RawTable]:
    """Every sheet of a workbook held in memory."""
    if len(data) > MAX_FILE_BYTES:
        raise TablesUnreadable(f"is larger than the {MAX_FILE_BYTES // 1_048_576} MB read")
    _check_unpacked(data)
    from python_calamine import CalamineError, CalamineWorkbook

    try:
        workbook = CalamineWorkbook.from_filelike(io.BytesIO(data))
        tables = {}
        for name in workbook.sheet_names:
            values = workbook.get_sheet_by_name(name).to_python(skip_empty_area=False)
            rows = [(number, row) for number, row in enumerate(values, start=1)]
            tables[name] = RawTable(name, name, rows)
    except (CalamineError, ValueError, OSError) as error:
        raise TablesUnreadable(f"is not a readable spreadsheet: {error}") from None
    return tables


def _read_csv(path: Path) -> RawTable:
    data = _read_bytes(path, in_folder=True)
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        raise TablesUnreadable(
            f"{path.name} is not UTF-8 text (byte 0x{data[error.start]:02x} at offset "
            f"{error.start}); save it as CSV UTF-8"
        ) from None
    if "\x00" in text:
        raise TablesUnreadable(f"{path.name} holds binary data, not CSV text")
    reader = csv.reader(io.StringIO(text, newline=""), strict=True)
    try:
        rows = [(number, record) for number, record in enumerate(reader, start=1)]
    except csv.Error as error:
        raise TablesUnreadable(
            f"{path.name} is not valid CSV at line {reader.line_num}: {error}"
        ) from None
    return RawTable(path.stem, path.name, rows)


def read_csv_folder(folder: Path) -> dict[str, RawTable]:
    """Every ``.csv`` file directly in ``folder``, by name without ``.csv``.

    Every entry that is not a folder is read, whatever kind of file it is (a named pipe is
    waited for a bounded time, a device read up to the limit).
    """
    try:
        files = sorted(p for p in folder.iterdir() if p.suffix.lower() == CSV_SUFFIX)
    except OSError as error:
        raise TablesUnreadable(os_error_message(error)) from None
    return {path.stem: _read_csv(path) for path in files if not is_folder(path)}
