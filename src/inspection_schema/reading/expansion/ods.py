"""The cells of an OpenDocument spreadsheet's tables, repeats expanded as python-calamine
expands them."""

from __future__ import annotations

from collections.abc import Iterator
from typing import IO

from inspection_schema.reading.expansion.grid import Grid, SheetSize, feed, parser, utf8

__all__ = ["OdsContent"]

_OFFICE = "urn:oasis:names:tc:opendocument:xmlns:office:1.0"
_TABLE = "urn:oasis:names:tc:opendocument:xmlns:table:1.0"
_TEXT = "urn:oasis:names:tc:opendocument:xmlns:text:1.0"


class OdsContent:
    """The tables of an OpenDocument spreadsheet's ``content.xml``, each with its cells
    (a cell's text: the text of its paragraphs, joined by line breaks)."""

    def __init__(self, limit: int) -> None:
        self.limit = limit
        self.sizes: list[SheetSize] = []
        self._grid: Grid | None = None
        self._row = 0
        self._rows = 1
        self._column = 0
        self._columns = 1
        self._has_value = False
        self._is_text = True
        self._text = 0
        self._paragraphs = 0
        self._depth = 0

    def read(self, part: IO[bytes]) -> Iterator[SheetSize]:
        for _ in feed(part, parser(self._start, self._end, self._data)):
            yield from self._taken()
        yield from self._taken()

    def _taken(self) -> list[SheetSize]:
        sizes, self.sizes = self.sizes, []
        return sizes

    def _start(self, name: str, attributes: dict[str, str]) -> None:
        if name == f"{_TABLE} table" and self._grid is None:
            self._grid = Grid(attributes.get(f"{_TABLE} name", ""), self.limit)
            self._row = 0
        elif self._grid is None:
            return
        elif name == f"{_TABLE} table-row":
            self._rows = _repeats(attributes.get(f"{_TABLE} number-rows-repeated"))
            self._column = 0
        elif name in {f"{_TABLE} table-cell", f"{_TABLE} covered-table-cell"}:
            self._columns = _repeats(attributes.get(f"{_TABLE} number-columns-repeated"))
            value_type = attributes.get(f"{_OFFICE} value-type")
            self._has_value = value_type is not None
            self._is_text = value_type in {None, "string"}
            self._text, self._paragraphs, self._depth = 0, 0, 1
        elif self._depth:
            self._depth += 1
            if name == f"{_TEXT} p":
                self._paragraphs += 1
            elif name == f"{_TEXT} s":
                self._text += _repeats(attributes.get(f"{_TEXT} c"))

    def _end(self, name: str) -> None:
        if self._grid is None:
            return
        if name == f"{_TABLE} table":
            self.sizes.append(self._grid.size())
            self._grid = None
        elif name == f"{_TABLE} table-row":
            self._row += self._rows
        elif name in {f"{_TABLE} table-cell", f"{_TABLE} covered-table-cell"}:
            if self._has_value or self._text:
                text = self._text + max(0, self._paragraphs - 1) if self._is_text else 0
                self._grid.add(self._row, self._column, text, self._rows, self._columns)
            self._column += self._columns
            self._depth = 0
        elif self._depth:
            self._depth -= 1

    def _data(self, text: str) -> None:
        if self._depth > 1:
            self._text += utf8(text)


def _repeats(value: str | None) -> int:
    return int(value) if value and value.isdigit() and int(value) > 0 else 1
