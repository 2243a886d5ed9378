"""A sheet's size as python-calamine would hold it, and what reading its XML needs."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass
from functools import lru_cache
from typing import IO
from xml.parsers import expat

__all__ = [
    "KEPT",
    "SLOT_BYTES",
    "STRING_BYTES",
    "ExpandsTooFar",
    "Grid",
    "SheetSize",
    "feed",
    "local",
    "number",
    "parse",
    "parser",
    "utf8",
]

SLOT_BYTES = 32
"""What python-calamine holds for each cell of a sheet's grid (its cell value type)."""
STRING_BYTES = 24
"""What python-calamine holds for each shared string of an XLSX file, besides its text."""
KEPT = 16
"""The most digits read as a number: a row number or a shared string's index is shorter."""
_PIECE = 1 << 16


class ExpandsTooFar(ValueError):
    """A workbook whose sheets would take more than ``limit`` bytes; ``place`` is where the
    total went over: ``sheet 'reports'``, or ``its shared strings``."""

    def __init__(self, place: str, limit: int) -> None:
        super().__init__(f"{place} would take more than {limit} bytes")
        self.place = place
        self.limit = limit


@dataclass(frozen=True, slots=True)
class SheetSize:
    """One sheet as python-calamine would hold it: ``text``, the bytes (UTF-8) of its text
    values, each cell counted (a shared string once per cell that refers to it, a repeated
    cell once per repeat); ``cells``, the cells with a value; and its grid, ``rows`` by
    ``columns`` from the first cell with a value to the last."""

    name: str
    text: int
    cells: int
    rows: int
    columns: int

    @property
    def held_bytes(self) -> int:
        """The bytes python-calamine holds for the sheet: its grid and its text."""
        return self.text + SLOT_BYTES * self.rows * self.columns


class Grid:
    """The cells with a value seen so far: how many, their text, and the box around them.

    Held bytes only grow as cells are added, so a sheet is refused (:class:`ExpandsTooFar`)
    as soon as what it holds so far passes ``limit``: the rest of it is never read.
    """

    def __init__(self, name: str, limit: int) -> None:
        self.name = name
        self.limit = limit
        self.text = 0
        self.cells = 0
        self.first_row = self.first_column = 1 << 62
        self.last_row = self.last_column = -1

    def add(self, row: int, column: int, text: int, rows: int = 1, columns: int = 1) -> None:
        """A cell at ``row``, ``column`` (from 0) with ``text`` bytes, repeated over
        ``rows`` and ``columns``."""
        self.cells += rows * columns
        self.text += text * rows * columns
        self.first_row = min(self.first_row, row)
        self.first_column = min(self.first_column, column)
        self.last_row = max(self.last_row, row + rows - 1)
        self.last_column = max(self.last_column, column + columns - 1)
        box = (self.last_row - self.first_row + 1) * (self.last_column - self.first_column + 1)
        if self.text + SLOT_BYTES * box > self.limit:
            raise ExpandsTooFar(f"sheet {self.name!r}", self.limit)

    def size(self) -> SheetSize:
        if not self.cells:
            return SheetSize(self.name, self.text, 0, 0, 0)
        rows = self.last_row - self.first_row + 1
        return SheetSize(
            self.name, self.text, self.cells, rows, self.last_column - self.first_column + 1
        )


def number(digits: str) -> int:
    """A row number or an index; one too long to be either reads as 0 (as if absent)."""
    return int(digits) if digits.isdigit() and len(digits) <= KEPT else 0


def feed(part: IO[bytes], xml: expat.XMLParserType) -> Iterator[None]:
    """Feed an archive member to ``xml`` a piece at a time, pausing after each piece."""
    while piece := part.read(_PIECE):
        xml.Parse(piece, False)  # noqa: FBT003 - expat takes no keywords
        yield
    xml.Parse(b"", True)  # noqa: FBT003


def parse(part: IO[bytes], xml: expat.XMLParserType) -> None:
    """Feed a whole archive member to ``xml``, a piece at a time."""
    for _ in feed(part, xml):
        pass


def parser(
    start: Callable[[str, dict[str, str]], None],
    end: Callable[[str], None] | None = None,
    data: Callable[[str], None] | None = None,
) -> expat.XMLParserType:
    """An expat parser that gives names as ``uri name`` and text in whole runs, calling
    ``start`` at each element's start and, where given, ``end`` at its end and ``data`` with
    its text."""
    xml = expat.ParserCreate(namespace_separator=" ")
    xml.buffer_text = True
    xml.StartElementHandler = start
    if end is not None:
        xml.EndElementHandler = end
    if data is not None:
        xml.CharacterDataHandler = data
    return xml


@lru_cache(maxsize=256)
def local(name: str) -> str:
    """An element's or attribute's name without its namespace."""
    return name.rpartition(" ")[2]


def utf8(text: str) -> int:
    """The bytes of ``text`` in UTF-8."""
    return len(text.encode("utf-8", "surrogatepass"))
