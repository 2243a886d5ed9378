"""Spreadsheets of reports: a workbook (``.xlsx``, ``.ods``) or a folder of CSV files.

Either holds the tables of :mod:`inspection_schema.tables` (a folder of CSV files is one
whose top level has ``reports.csv``). Each row of the reports table is one document; its
``line`` is that row's number, and each finding's location names the sheet, row and
column its value came from. A problem with the spreadsheet as a whole, or with one
report's rows, is one line naming the sheet and row (problem ``input-table-layout``). The
tables package, XlsxWriter and python-calamine are imported only when a spreadsheet is read.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from inspection_schema.tables import REPORTS_FILE, WORKBOOK_SUFFIXES
from inspection_schema.validate.findings import Location
from inspection_schema.validate.inputs.json_documents import Loaded
from inspection_schema.validate.results import Problem

if TYPE_CHECKING:
    from inspection_schema.tables.locations import CellMap

__all__ = ["is_spreadsheet", "load_spreadsheet"]


def is_spreadsheet(path: Path) -> bool:
    """Whether a path given is a workbook, or a folder of CSV tables."""
    if path.suffix.lower() in WORKBOOK_SUFFIXES:
        return path.is_file()
    return path.is_dir() and (path / REPORTS_FILE).is_file()


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
    from inspection_schema.tables.readers import TablesUnreadable, read_csv_folder, read_workbook
    from inspection_schema.tables.unflatten import unflatten

    source = str(path / REPORTS_FILE) if path.is_dir() else str(path)
    try:
        raw = read_csv_folder(path) if path.is_dir() else read_workbook(path)
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
