"""Reading tables: a workbook (XLSX or ODS, with python-calamine) or a folder of CSV files.

Each gives the raw rows of every sheet or file by table name, with row numbers from 1, for
:mod:`.unflatten`. python-calamine is imported only when a workbook is read. Memory is
bounded: a workbook is refused when its file, or the sheets it would unpack to, are larger
than :data:`MAX_FILE_BYTES` or :data:`MAX_UNPACKED_BYTES`, and a CSV file when it is larger
than :data:`MAX_FILE_BYTES`. Every problem raises :class:`TablesUnreadable` with one line.
"""

from __future__ import annotations

import csv
import io
import zipfile
from pathlib import Path

from inspection_schema.tables import CSV_SUFFIX, WORKBOOK_SUFFIXES
from inspection_schema.tables.sheet_columns import RawTable

__all__ = [
    "CSV_SUFFIX",
    "MAX_FILE_BYTES",
    "MAX_UNPACKED_BYTES",
    "WORKBOOK_SUFFIXES",
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


def _check_size(path: Path) -> None:
    try:
        size = path.stat().st_size
    except OSError as error:
        raise TablesUnreadable(f"cannot be read: {error.strerror or error}") from None
    if size > MAX_FILE_BYTES:
        raise TablesUnreadable(
            f"is {size / 1_048_576:.1f} MB, larger than the {MAX_FILE_BYTES // 1_048_576} MB "
            "read from one table file"
        )


def _read_bytes(path: Path) -> bytes:
    _check_size(path)
    try:
        return path.read_bytes()
    except OSError as error:
        raise TablesUnreadable(f"cannot be read: {error.strerror or error}") from None


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
    data = _read_bytes(path)
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
    """Every ``.csv`` file directly in ``folder``, by name without ``.csv``."""
    try:
        files = sorted(p for p in folder.iterdir() if p.suffix.lower() == CSV_SUFFIX)
    except OSError as error:
        raise TablesUnreadable(f"cannot be read: {error.strerror or error}") from None
    return {path.stem: _read_csv(path) for path in files if path.is_file()}
