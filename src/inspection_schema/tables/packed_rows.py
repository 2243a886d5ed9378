"""A sheet's rows held compactly: each row's cell values packed into one ``bytes`` object.

A sheet read from a workbook or a CSV file must be held until every report has been
read from it (its rows may be in any order), but not as Python objects: a cell's text
as a ``str`` in a list costs about 60 bytes more than the text itself, and a row's list
more again. :class:`PackedRows` keeps each row as the pickle of its values (text, numbers,
booleans and the dates and times python-calamine gives), about the size of the text, and
unpacks a row when it is asked for. Every :class:`PackedRows` of one input may share a
:class:`RowBudget`, which refuses a row that would take them past a number of bytes; each
row counts its packed size and what holding it costs besides (:data:`ROW_COST`).
"""

from __future__ import annotations

import pickle
from array import array
from collections.abc import Iterable, Sequence
from typing import Any, overload

__all__ = ["REPORT_ROW_COST", "ROW_COST", "PackedRows", "RowBudget", "TooManyCells"]

ROW_COST = 64
"""What a row costs beyond its packed values: the ``bytes`` object, its place in the list,
its number, and the report it belongs to, as :mod:`.report_index` keeps it."""
REPORT_ROW_COST = 512
"""What a row of the reports table costs beyond its packed values: also its key, kept
to find the report of every other row."""


class TooManyCells(ValueError):
    """The rows of one input would take more than their :class:`RowBudget`."""

    def __init__(self, limit: int) -> None:
        super().__init__(limit)
        self.limit = limit


class RowBudget:
    """The bytes that the packed rows of one input may take in all."""

    def __init__(self, limit: int) -> None:
        self.limit = limit
        self.used = 0

    def spend(self, size: int) -> None:
        """Count ``size`` more bytes; raises :class:`TooManyCells` past the limit."""
        self.used += size
        if self.used > self.limit:
            raise TooManyCells(self.limit)


class PackedRows(Sequence[tuple[int, list[Any]]]):
    """Rows, each with its number from 1, as a reader gives them; each is unpacked (a new
    list of values) when it is asked for."""

    def __init__(
        self,
        rows: Iterable[tuple[int, Sequence[Any]]] = (),
        budget: RowBudget | None = None,
        row_cost: int = ROW_COST,
    ) -> None:
        self._numbers = array("q")
        self._packed: list[bytes] = []
        self._budget = budget
        self._row_cost = row_cost
        for number, values in rows:
            self.append(number, values)

    def append(self, number: int, values: Sequence[Any]) -> None:
        """Add a row after the others."""
        packed = pickle.dumps(tuple(values), protocol=pickle.HIGHEST_PROTOCOL)
        if self._budget is not None:
            self._budget.spend(len(packed) + self._row_cost)
        self._numbers.append(number)
        self._packed.append(packed)

    def renumber(self, offset: int) -> None:
        """Add ``offset`` to every row's number."""
        for index in range(len(self._numbers)):
            self._numbers[index] += offset

    def __len__(self) -> int:
        return len(self._packed)

    @overload
    def __getitem__(self, index: int) -> tuple[int, list[Any]]: ...

    @overload
    def __getitem__(self, index: slice) -> list[tuple[int, list[Any]]]: ...

    def __getitem__(
        self, index: int | slice
    ) -> tuple[int, list[Any]] | list[tuple[int, list[Any]]]:
        if isinstance(index, slice):
            return [self[i] for i in range(*index.indices(len(self)))]
        return self._numbers[index], list(pickle.loads(self._packed[index]))
