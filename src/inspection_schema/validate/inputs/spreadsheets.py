"""Spreadsheets of reports: a workbook (``.xlsx``, ``.ods``) or a folder of CSV files.

Either holds the tables of :mod:`inspection_schema.tables` (a folder of CSV files is one
whose top level has ``reports.csv``). Each row of the reports table is one document; its
``line`` is that row's number, and each finding's location names the sheet, row and
column its value came from. A problem with the spreadsheet as a whole, or with one
report's rows, is one line naming the sheet and row (problem ``input-table-layout``). The
tables package, XlsxWriter and python-calamine are imported only when a spreadsheet is read.

Every file of a spreadsheet is opened and read through :mod:`inspection_schema.reading`:
a workbook that is a named pipe or a device is bounded as any input is, and a file that
cannot be opened or read gets the one-line message and problem code of any input
(``input-missing``, ``input-unreadable``, ``input-too-large``), naming the file.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from inspection_schema.reading import is_folder
from inspection_schema.tables import REPORTS_FILE, WORKBOOK_SUFFIXES
from inspection_schema.validate.findings import Location
from inspection_schema.validate.inputs.files import unreadable
from inspection_schema.validate.inputs.json_documents import Loaded
from inspection_schema.validate.results import Problem

if TYPE_CHECKING:
    from inspection_schema.tables.locations import CellMap

__all__ = ["is_spreadsheet", "load_spreadsheet"]


def is_spreadsheet(path: Path) -> bool:
    """Whether a path given is a workbook, or a folder of CSV tables.

    A workbook is told by its name alone (whatever kind of file it is, or if it is
    missing: reading it says why it cannot be read); a folder of CSV tables by its
    ``reports.csv``. ``False`` for a folder that cannot be examined (a name too long, say).
    """
    if path.suffix.lower() in WORKBOOK_SUFFIXES:
        return not is_folder(path)
    try:
        return is_folder(path) and (path / REPORTS_FILE).exists()
    except (OSError, ValueError):
        return False


@dataclass(frozen=True, slots=True)
class _CellLocator:
    """The locations of one document's values, from the cells it was read from."""

    cells: CellMap

    def locate(self, pointer: str) -> Location | None:
        cell = self.cells.locate(pointer)
        if cell is None:
            return None
        return Location(cell.sheet, cell.row, cell.letter, cell.heading)


def load_spreadsheet(path: Path) -> Iterator[Loaded]:
    """Each report of a workbook or CSV folder, or the problems that stopped its reading."""
    from inspection_schema.tables.layout import layout
    from inspection_schema.tables.readers import (
        TableFileUnreadable,
        TablesUnreadable,
        read_csv_folder,
        read_workbook,
    )
    from inspection_schema.tables.unflatten import unflatten

    folder = is_folder(path)
    source = str(path / REPORTS_FILE) if folder else str(path)
    try:
        raw = read_csv_folder(path) if folder else read_workbook(path)
    except TableFileUnreadable as error:
        yield unreadable(str(error.path), error.error)
        return
    except TablesUnreadable as error:
        yield Loaded(str(path), problem=Problem("input-unreadable", str(error)))
        return
    read = unflatten(raw, layout())
    for problem in read.problems:
        yield Loaded(source, problem=Problem("input-table-layout", problem))
    if not read.documents and not read.problems:
        yield Loaded(source, problem=Problem("input-empty", "has no reports (no rows)"))
    for entry in read.documents:
        if entry.problem is not None:
            yield Loaded(source, entry.row, problem=Problem("input-table-layout", entry.problem))
        else:
            locator = _CellLocator(entry.cells)
            yield Loaded(source, entry.row, document=entry.document, locator=locator)
