"""Reading tables: a workbook (XLSX or ODS, with python-calamine) or a folder of CSV files.

Each gives the raw rows of every sheet or file by table name, with row numbers from 1, for
:mod:`.unflatten`. python-calamine is imported only when a workbook is read, and is given
the workbook's bytes, never its path. Every file is opened and read through
:mod:`inspection_schema.reading`, as every other input is: a named pipe is waited for a
bounded time, and the size limit is enforced while reading, so a device or a pipe cannot
exceed it. Memory is bounded: a workbook is refused when its file, or the sheets it would
unpack to, are larger than :data:`MAX_FILE_BYTES` or :data:`MAX_UNPACKED_BYTES`, or when
its sheets would expand past :data:`MAX_CELL_BYTES` once python-calamine reads them (told
from the file first: :mod:`inspection_schema.reading.expansion`), and a CSV file when it is
larger than :data:`MAX_FILE_BYTES`. Rows are held packed
(:mod:`.packed_rows`), never as a sheet of Python objects: a workbook's sheets are read one
at a time and their rows packed one at a time, a CSV file is read and decoded a piece at a
time, and an input whose packed rows would take more than :data:`MAX_CELL_BYTES` is
refused. :class:`Limits` raises all three together (``--max-size``). Every problem raises
:class:`TablesUnreadable` with one line; a file that cannot be opened or read raises
:class:`TableFileUnreadable`, which names it.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Generator, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, BinaryIO, cast

from inspection_schema.reading import (
    InputError,
    is_folder,
    open_input,
    os_error_message,
    read_at_most,
    read_pieces,
)
from inspection_schema.reading.expansion import ExpandsTooFar, UnpacksTooFar, check_workbook
from inspection_schema.tables import CSV_SUFFIX, WORKBOOK_SUFFIXES
from inspection_schema.tables.layout import REPORTS_TABLE
from inspection_schema.tables.packed_rows import (
    REPORT_ROW_COST,
    ROW_COST,
    PackedRows,
    RowBudget,
    TooManyCells,
)
from inspection_schema.tables.sheet_columns import RawTable

if TYPE_CHECKING:
    from python_calamine import CalamineSheet

__all__ = [
    "CSV_SUFFIX",
    "MAX_CELL_BYTES",
    "MAX_FILE_BYTES",
    "MAX_UNPACKED_BYTES",
    "WORKBOOK_SUFFIXES",
    "Limits",
    "TableFileUnreadable",
    "TablesUnreadable",
    "read_csv_folder",
    "read_workbook",
    "read_workbook_bytes",
]

MAX_FILE_BYTES = 32 * 1024 * 1024
"""The largest workbook or CSV file read."""
MAX_UNPACKED_BYTES = 256 * 1024 * 1024
"""The most that a workbook's parts may unpack to (its sheets are compressed XML)."""
MAX_CELL_BYTES = 80 * 1024 * 1024
"""The most that the cell values of one workbook or CSV folder may take, packed
(:mod:`.packed_rows`: about the size of their text, and a few dozen bytes a row)."""
_ZIP = b"PK\x03\x04"
_CSV_PIECE = 1 << 16
"""The bytes of a CSV file read at a time."""


@dataclass(frozen=True, slots=True)
class Limits:
    """The limits of one input: the module's defaults, raised ``scale`` times."""

    scale: float = 1.0

    @property
    def file_bytes(self) -> int:
        """The largest workbook or CSV file read."""
        return int(MAX_FILE_BYTES * self.scale)

    @property
    def unpacked_bytes(self) -> int:
        """The most that a workbook's parts may unpack to."""
        return int(MAX_UNPACKED_BYTES * self.scale)

    @property
    def cell_bytes(self) -> int:
        """The bytes the cell values of one input may take."""
        return int(MAX_CELL_BYTES * self.scale)

    def budget(self) -> RowBudget:
        """The bytes the packed cell values of one input may take."""
        return RowBudget(self.cell_bytes)


class TablesUnreadable(ValueError):
    """A workbook or CSV folder that cannot be read at all; the message is one line."""


class TableFileUnreadable(TablesUnreadable):
    """A workbook or CSV file that could not be opened or read: the file, and why (``error``,
    whose message completes "<file> …", as for every input)."""

    def __init__(self, path: Path, error: InputError, *, in_folder: bool) -> None:
        super().__init__(f"{path.name} {error.message}" if in_folder else error.message)
        self.path = path
        self.error = error


def _too_many_cells(error: TooManyCells | ExpandsTooFar) -> TablesUnreadable:
    held = "holds" if isinstance(error, TooManyCells) else f"{error.place} would expand to"
    return TablesUnreadable(
        f"{held} more than {error.limit / 1_048_576:g} MB of cell values, the most read from "
        "one workbook or folder of CSV files (see --max-size)"
    )


def _file_error(path: Path, error: OSError | InputError, *, in_folder: bool) -> TablesUnreadable:
    if isinstance(error, OSError):  # after opening: an I/O error while reading
        error = InputError(os_error_message(error))
    return TableFileUnreadable(path, error, in_folder=in_folder)


def _read_bytes(path: Path, limit: int) -> bytes:
    """The file's bytes, at most ``limit``."""
    try:
        with open_input(path) as handle:
            return read_at_most(handle, limit, what="one table file", option=None)
    except (InputError, OSError) as error:
        raise _file_error(path, error, in_folder=False) from None


def _check_unpacked(data: bytes, limits: Limits) -> None:
    """Refuse a workbook whose parts would unpack, or whose sheets expand once read
    (:mod:`inspection_schema.reading.expansion`), past the limits."""
    if not data.startswith(_ZIP):
        raise TablesUnreadable("is not a spreadsheet (an XLSX or ODS file is a ZIP container)")
    try:
        check_workbook(data, unpacked_limit=limits.unpacked_bytes, cell_limit=limits.cell_bytes)
    except UnpacksTooFar as error:
        raise TablesUnreadable(f"{error} read from one workbook") from None
    except ExpandsTooFar as error:
        raise _too_many_cells(error) from None
    except ValueError as error:
        raise TablesUnreadable(f"is not a readable spreadsheet: {error}") from None


def read_workbook(path: Path, limits: Limits | None = None) -> dict[str, RawTable]:
    """Every sheet of a workbook, by name, with its typed cell values."""
    limits = limits or Limits()
    return read_workbook_bytes(_read_bytes(path, limits.file_bytes), limits)


def read_workbook_bytes(data: bytes, limits: Limits | None = None) -> dict[str, RawTable]:
    """Every sheet of a workbook held in memory, read a sheet at a time."""
    limits = limits or Limits()
    if len(data) > limits.file_bytes:
        raise TablesUnreadable(f"is larger than the {limits.file_bytes // 1_048_576} MB read")
    _check_unpacked(data, limits)
    from python_calamine import CalamineError, CalamineWorkbook

    budget = limits.budget()
    try:
        workbook = CalamineWorkbook.from_filelike(io.BytesIO(data))
        del data
        return {
            name: RawTable(name, name, _sheet_rows(workbook.get_sheet_by_name(name), budget, name))
            for name in workbook.sheet_names
        }
    except (CalamineError, ValueError, OSError) as error:
        if isinstance(error, TooManyCells):
            raise _too_many_cells(error) from None
        raise TablesUnreadable(f"is not a readable spreadsheet: {error}") from None


def _packed(budget: RowBudget, name: str) -> PackedRows:
    """Rows for the table ``name``: a row of the reports table costs more to hold."""
    return PackedRows(
        budget=budget, row_cost=REPORT_ROW_COST if name == REPORTS_TABLE else ROW_COST
    )


def _sheet_rows(sheet: CalamineSheet, budget: RowBudget, name: str) -> PackedRows:
    """A sheet's rows from row 1 and column A, as ``to_python(skip_empty_area=False)`` gives
    them, packed a row at a time (python-calamine holds the sheet itself meanwhile)."""
    start = sheet.start
    padding = [""] * (start[1] if start else 0)
    rows = _packed(budget, name)
    for number, values in enumerate(sheet.iter_rows(), start=1):
        rows.append(number, padding + values if padding else values)
    if start and start[0] and len(rows) == sheet.height:  # rows above the first not given
        rows.renumber(start[0])
    return rows


def _csv_lines(path: Path, limit: int) -> Generator[str, None, None]:
    """The lines of a CSV file read a piece at a time: UTF-8, without NUL characters."""
    with open_input(path) as handle:
        pieces = read_pieces(
            handle, limit, what="one table file", option=None, piece_size=_CSV_PIECE
        )
        buffer = _PieceBuffer(pieces)
        text = io.TextIOWrapper(cast(BinaryIO, buffer), encoding="utf-8-sig", newline="")
        try:
            for line in text:
                if "\x00" in line:
                    raise TablesUnreadable(f"{path.name} holds binary data, not CSV text")
                yield line
        except UnicodeDecodeError as error:
            offset = buffer.consumed - len(error.object) + error.start
            raise TablesUnreadable(
                f"{path.name} is not UTF-8 text (byte 0x{error.object[error.start]:02x} at "
                f"offset {offset}); save it as CSV UTF-8"
            ) from None


def _read_csv(path: Path, limits: Limits, budget: RowBudget) -> RawTable:
    lines = _csv_lines(path, limits.file_bytes)
    reader = csv.reader(lines, strict=True)
    rows = _packed(budget, path.stem)
    try:
        for number, record in enumerate(reader, start=1):
            rows.append(number, record)
    except csv.Error as error:
        raise TablesUnreadable(
            f"{path.name} is not valid CSV at line {reader.line_num}: {error}"
        ) from None
    except (InputError, OSError) as error:
        raise _file_error(path, error, in_folder=True) from None
    except TooManyCells as error:
        raise _too_many_cells(error) from None
    finally:
        lines.close()
    return RawTable(path.stem, path.name, rows)


def read_csv_folder(folder: Path, limits: Limits | None = None) -> dict[str, RawTable]:
    """Every ``.csv`` file directly in ``folder``, by name without ``.csv``.

    Every entry that is not a folder is read, whatever kind of file it is (a named pipe is
    waited for a bounded time, a device read up to the limit).
    """
    limits = limits or Limits()
    try:
        files = sorted(p for p in folder.iterdir() if p.suffix.lower() == CSV_SUFFIX)
    except OSError as error:
        raise TablesUnreadable(os_error_message(error)) from None
    budget = limits.budget()
    return {path.stem: _read_csv(path, limits, budget) for path in files if not is_folder(path)}


class _PieceBuffer(io.BufferedIOBase):
    """A binary stream over pieces of bytes, for :class:`io.TextIOWrapper`, that counts the
    bytes it has given (to place a byte that is not UTF-8)."""

    def __init__(self, pieces: Iterator[bytes]) -> None:
        super().__init__()
        self._pieces = pieces
        self._piece = memoryview(b"")
        self.consumed = 0

    def readable(self) -> bool:
        return True

    def read1(self, size: int | None = -1, /) -> bytes:
        if not self._piece:
            self._piece = memoryview(next(self._pieces, b""))
        count = len(self._piece) if size is None or size < 0 else size
        given = bytes(self._piece[:count])
        self._piece = self._piece[count:]
        self.consumed += len(given)
        return given

    def read(self, size: int | None = -1, /) -> bytes:
        if size is not None and size >= 0:
            return self.read1(size)
        return b"".join(iter(self.read1, b""))
