"""Reads the documents to validate: JSON files, JSON Lines, standard input and directories.

Every input yields :class:`Loaded` records: a parsed document, or a problem that says in
one line why the input could not be read. Nothing here raises for bad input.

- :mod:`.json_documents`: one document from bytes, and the checks every input shares;
- :mod:`.json_lines`: JSON Lines, streamed, each document with its line number;
- :mod:`.files`: ``.json`` files and directories (searched recursively);
- :mod:`.stdin`: standard input, a stream of documents;
- :mod:`.spreadsheets`: a workbook (``.xlsx``, ``.ods``) or a folder of CSV files in the
  layout of :mod:`inspection_schema.tables`, one document per row of its reports table;
- :mod:`.units`: the inputs cut into units of work that can be checked apart (``--jobs``).

Files are opened and read through :mod:`inspection_schema.reading` (size limit enforced
while reading, bounded wait for a named pipe, the operating system's reason for a path
that cannot be read).
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from typing import BinaryIO

from inspection_schema.validate.inputs.files import JSON_SUFFIXES
from inspection_schema.validate.inputs.json_documents import DEFAULT_MAX_BYTES, Loaded
from inspection_schema.validate.inputs.json_lines import LINES_SUFFIXES
from inspection_schema.validate.inputs.stdin import STDIN
from inspection_schema.validate.inputs.units import Spreadsheet, Unit, input_units, load_unit

__all__ = [
    "DEFAULT_MAX_BYTES",
    "JSON_SUFFIXES",
    "LINES_SUFFIXES",
    "STDIN",
    "Loaded",
    "Spreadsheet",
    "Unit",
    "input_units",
    "load_inputs",
    "load_unit",
]


def load_inputs(
    paths: Iterable[str], *, max_bytes: int = DEFAULT_MAX_BYTES, stdin: BinaryIO | None = None
) -> Iterator[Loaded]:
    """Every document in ``paths``, in order; directories are searched recursively."""
    for unit in input_units(paths, max_bytes=max_bytes, stdin=stdin):
        yield from load_unit(unit, max_bytes)
