"""An outcome file's bytes as rows of text cells: CSV (plain or gzip) and spreadsheets.

The kind of file is told from its content, not its name: a ZIP container is an
OpenDocument or Office Open XML spreadsheet (read with python-calamine, imported only
then), an OLE2 container a legacy Excel workbook, and anything else must be text: CSV in
UTF-8 (with or without a byte order mark), where a line that is not UTF-8 is read as
Windows-1252, as Ofsted's files mix the two. The file is opened and read through
:mod:`inspection_schema.reading`, as every input is: a named pipe is waited for a bounded
time, the size limit :data:`MAX_BYTES` is enforced while reading (a device or a pipe
cannot exceed it, nor can a compressed file once unpacked), and a file that cannot be
opened says why in the words every input uses ("does not exist").
"""

from __future__ import annotations

import csv
import datetime
import gzip
import io
import zlib
from pathlib import Path

from inspection_schema.outcomes.columns import find_layout
from inspection_schema.outcomes.errors import OutcomeFileError
from inspection_schema.reading import InputError, open_input, os_error_message, read_at_most
from inspection_schema.reading.expansion import ExpandsTooFar, UnpacksTooFar, check_workbook

__all__ = ["MAX_BYTES", "MAX_UNPACKED_BYTES", "Table", "read_table"]

#: The largest outcome file read (after decompression): Ofsted's are about 1.3 MB. Every
#: event of the file is held while documents are checked, about 11 bytes of memory for a
#: byte of CSV, so this keeps a run under 200 MB.
MAX_BYTES = 12 * 1024 * 1024
#: The most that a spreadsheet's parts may unpack to (its sheets are compressed XML).
MAX_UNPACKED_BYTES = 48 * 1024 * 1024
_GZIP = b"\x1f\x8b"
_ZIP = b"PK\x03\x04"
_OLE2 = b"\xd0\xcf\x11\xe0"
_BOM = "\ufeff"

Table = list[tuple[int, list[str]]]
"""Rows of a file, each with its row number (the line number of a CSV file)."""


_WHAT = "one outcome file"


def _read_bytes(path: Path, name: str) -> bytes:
    try:
        with open_input(path) as handle:
            data = read_at_most(handle, MAX_BYTES, what=_WHAT, option=None)
    except InputError as error:
        raise OutcomeFileError(name, error.message) from None
    except OSError as error:  # after opening: an I/O error while reading
        raise OutcomeFileError(name, os_error_message(error)) from None
    if data.startswith(_GZIP):
        data = _unpacked(data, name)
    if not data.strip():
        raise OutcomeFileError(name, "is empty (expected Ofsted's provider-level inspection data)")
    return data


def _unpacked(data: bytes, name: str) -> bytes:
    """A gzip-compressed file's content, at most :data:`MAX_BYTES` of it."""
    try:
        with gzip.GzipFile(fileobj=io.BytesIO(data)) as unpacked:
            return read_at_most(unpacked, MAX_BYTES, what=f"{_WHAT}, unpacked", option=None)
    except InputError as error:
        raise OutcomeFileError(name, error.message) from None
    except (OSError, EOFError, zlib.error) as error:
        reason = getattr(error, "strerror", None) or str(error) or type(error).__name__
        raise OutcomeFileError(name, f"cannot be read: {reason}") from None


def _decode(data: bytes) -> str:
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError:
        lines = data.split(b"\n")
        text = "\n".join(_decode_line(line) for line in lines)
    return text.removeprefix(_BOM)


def _decode_line(line: bytes) -> str:
    try:
        return line.decode("utf-8")
    except UnicodeDecodeError:
        return line.decode("cp1252", errors="replace")


def _csv_rows(data: bytes, name: str) -> Table:
    if b"\x00" in data[:65536]:
        raise OutcomeFileError(name, "holds binary data, not CSV text or a spreadsheet")
    reader = csv.reader(io.StringIO(_decode(data), newline=""), strict=True)
    rows: Table = []
    try:
        for record in reader:
            rows.append((reader.line_num, record))
    except csv.Error as error:
        raise OutcomeFileError(name, f"is not valid CSV: {error}", row=reader.line_num) from None
    return rows


def _cell_text(value: object) -> str:
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    if isinstance(value, datetime.datetime):
        return value.date().isoformat()
    if isinstance(value, datetime.date):
        return value.isoformat()
    return "" if value is None else str(value)


def _check_unpacked(data: bytes, name: str) -> None:
    """Refuse a spreadsheet whose parts would unpack to more than :data:`MAX_UNPACKED_BYTES`,
    or whose sheets would expand to more than :data:`MAX_BYTES` once python-calamine reads
    them (:mod:`inspection_schema.reading.expansion`)."""
    try:
        check_workbook(data, unpacked_limit=MAX_UNPACKED_BYTES, cell_limit=MAX_BYTES)
    except UnpacksTooFar as error:
        raise OutcomeFileError(name, f"{error} read from one outcome spreadsheet") from None
    except ExpandsTooFar as error:
        raise OutcomeFileError(
            name,
            f"{error.place} would expand to more than {MAX_BYTES / 1_048_576:g} MB of cell "
            f"values, the most read from {_WHAT}",
        ) from None
    except ValueError as error:
        raise OutcomeFileError(name, f"is not a readable spreadsheet: {error}") from None


def _sheet_rows(data: bytes, name: str) -> Table:
    if data.startswith(_ZIP):
        _check_unpacked(data, name)
    try:
        from python_calamine import CalamineError, CalamineWorkbook
    except ImportError:  # pragma: no cover - a dependency of the package
        raise OutcomeFileError(name, "reading a spreadsheet needs python-calamine") from None
    try:
        workbook = CalamineWorkbook.from_filelike(io.BytesIO(data))
        sheets = [workbook.get_sheet_by_name(sheet) for sheet in workbook.sheet_names]
        tables = [
            [
                (number, [_cell_text(value) for value in values])
                for number, values in enumerate(sheet.to_python(skip_empty_area=False), start=1)
            ]
            for sheet in sheets
        ]
    except (CalamineError, ValueError, OSError) as error:
        raise OutcomeFileError(name, f"is not a readable spreadsheet: {error}") from None
    for table in tables:
        try:
            find_layout(name, table)
        except OutcomeFileError:
            continue
        return table
    sheet_names = ", ".join(repr(sheet) for sheet in workbook.sheet_names) or "none"
    raise OutcomeFileError(
        name,
        f"no sheet has a header row naming the URN, event type and inspection date "
        f"(sheets: {sheet_names})",
    )


def read_table(path: Path, name: str | None = None) -> Table:
    """Every row of the file at ``path`` as text cells; ``name`` is how messages call it."""
    label = name or str(path)
    data = _read_bytes(path, label)
    if data.startswith((_ZIP, _OLE2)):
        return _sheet_rows(data, label)
    return _csv_rows(data, label)
