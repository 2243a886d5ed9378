"""What a spreadsheet's sheets expand to once python-calamine reads them, told from the file.

python-calamine reads a whole sheet into memory before giving any of it: a grid of every
cell from the first used one to the last (:data:`SLOT_BYTES` each, empty or not) and a copy
of each cell's text. A small file can expand enormously: an XLSX file stores a text once in
its shared strings and lets any number of cells refer to it (each gets its own copy), an
OpenDocument file repeats a cell across columns and rows with
``table:number-columns-repeated`` and ``table:number-rows-repeated``, and two cells far
apart in either format make a grid of everything between them. :func:`check_expansion`
works out, from the file's XML read a piece at a time (with expat, never holding a part
whole), what each sheet would take, and refuses the workbook with :class:`ExpandsTooFar`
once its sheets would take more than a limit in all; :func:`check_workbook` does this for a
workbook held in memory after checking what its parts unpack to, for every reader of
workbooks alike. Reading the XML takes time in
proportion to its unpacked size, which the readers bound before this scan.
"""

from __future__ import annotations

import io
import zipfile
import zlib
from collections.abc import Iterator
from xml.parsers import expat

from inspection_schema.reading.expansion.grid import (
    SLOT_BYTES,
    STRING_BYTES,
    ExpandsTooFar,
    SheetSize,
)
from inspection_schema.reading.expansion.ods import OdsContent
from inspection_schema.reading.expansion.xlsx import xlsx_sizes

__all__ = [
    "SLOT_BYTES",
    "STRING_BYTES",
    "ExpandsTooFar",
    "SheetSize",
    "UnpacksTooFar",
    "check_expansion",
    "check_workbook",
    "sheet_sizes",
]


def sheet_sizes(archive: zipfile.ZipFile, limit: int) -> Iterator[SheetSize | int]:
    """What an XLSX or ODS file's sheets would take, a sheet at a time; for XLSX first the
    bytes of its shared strings (an ``int``, held as long as the file is read). An XLSX
    file whose shared strings alone would take more than ``limit`` raises
    :class:`ExpandsTooFar`. A file that is neither yields nothing."""
    if "content.xml" in archive.NameToInfo:
        with archive.open("content.xml") as member:
            yield from OdsContent(limit).read(member)
    else:
        yield from xlsx_sizes(archive, limit)


def check_expansion(archive: zipfile.ZipFile, limit: int) -> None:
    """Raise :class:`ExpandsTooFar` if python-calamine would hold more than ``limit`` bytes
    for the workbook's sheets in all (:attr:`SheetSize.held_bytes`, and an XLSX file's
    shared strings). A part that cannot be unpacked or parsed raises :class:`ValueError`,
    whose message says why."""
    total = 0
    try:
        for size in sheet_sizes(archive, limit):
            total += size if isinstance(size, int) else size.held_bytes
            if total > limit:
                place = "its shared strings" if isinstance(size, int) else f"sheet {size.name!r}"
                raise ExpandsTooFar(place, limit)
    except (
        expat.ExpatError,
        zipfile.BadZipFile,
        zlib.error,
        EOFError,
        NotImplementedError,
    ) as error:
        raise ValueError(str(error) or type(error).__name__) from None


class UnpacksTooFar(ValueError):
    """A workbook whose parts would unpack to more than ``limit`` bytes."""

    def __init__(self, unpacked: int, limit: int) -> None:
        super().__init__(
            f"would unpack to {unpacked / 1_048_576:.0f} MB, more than the {limit // 1_048_576} MB"
        )
        self.unpacked = unpacked
        self.limit = limit


def check_workbook(data: bytes, *, unpacked_limit: int, cell_limit: int) -> None:
    """Check a workbook held in ``data`` before python-calamine reads it: raise
    :class:`UnpacksTooFar` if its parts would unpack to more than ``unpacked_limit`` bytes,
    :class:`ExpandsTooFar` if its sheets would take more than ``cell_limit`` once read, and
    :class:`ValueError` saying why if it is not a ZIP container that can be read."""
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            unpacked = sum(info.file_size for info in archive.infolist())
            if unpacked > unpacked_limit:
                raise UnpacksTooFar(unpacked, unpacked_limit)
            check_expansion(archive, cell_limit)
    except (zipfile.BadZipFile, OSError) as error:
        raise ValueError(str(error) or type(error).__name__) from None
