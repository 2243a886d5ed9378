"""The inputs cut into units of work that can be read and checked apart, in input order.

A unit is one of:

- :class:`JsonFiles`: a few ``.json`` files, read and parsed where the unit is loaded;
- :class:`~inspection_schema.validate.inputs.line_ranges.LineRange`: whole lines of a JSON
  Lines file, by their place in the file, read where the unit is loaded;
- :class:`LineBatch`: consecutive lines of a JSON Lines input that cannot be read twice
  (standard input, a named pipe), as bytes with their numbers;
- :class:`Spreadsheet`: a workbook or a folder of CSV tables, read where the unit is loaded
  and its reports built one at a time (they come from rows of several tables, so it is not
  cut further);
- :class:`~inspection_schema.validate.inputs.json_documents.Loaded`: a record already
  read (an input's problem, or standard input's one document).

:func:`input_units` cuts the inputs into units, reading nothing but standard input and
JSON Lines (a file only to find its line breaks, a pipe a line at a time);
:func:`load_unit` gives a unit's records.
:func:`~inspection_schema.validate.inputs.load_inputs` is the two together, so units
loaded and checked on other processes give exactly the records of a run in one process.
Units are small (at most :data:`FILES_PER_UNIT` files, :data:`LINES_PER_UNIT` lines or
about :data:`BYTES_PER_UNIT` bytes of lines, or a range of about
:data:`~inspection_schema.validate.inputs.line_ranges.RANGE_BYTES`), so a run holds few
of them at once.

Every file is opened and read through :mod:`inspection_schema.reading`, wherever its unit
is loaded: the size limit, the bounded wait for a named pipe and the operating system's
reason for a path that cannot be read are the same with ``--jobs`` as without.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import BinaryIO

from inspection_schema.reading import InputError, is_folder, open_input
from inspection_schema.validate.inputs.files import (
    NO_DOCUMENTS,
    directory_files,
    load_file,
    unreadable,
)
from inspection_schema.validate.inputs.json_documents import Loaded
from inspection_schema.validate.inputs.json_lines import (
    EMPTY,
    Line,
    LineReader,
    is_json_lines,
    parse_line,
    read_lines,
)
from inspection_schema.validate.inputs.line_ranges import (
    LineRange,
    is_regular_file,
    line_ranges,
    range_lines,
)
from inspection_schema.validate.inputs.spreadsheets import is_spreadsheet, load_spreadsheet
from inspection_schema.validate.inputs.stdin import STDIN, read_stdin

FILES_PER_UNIT = 128
"""The most files of a unit. The first unit of files has :data:`FIRST_FILES`, and each next
one twice as many as the one before, up to this: a few files are still shared among the
workers, and many are sent in few tasks."""
FIRST_FILES = 8
LINES_PER_UNIT = 256
BYTES_PER_UNIT = 4 * 1024 * 1024


@dataclass(frozen=True, slots=True)
class JsonFiles:
    """``.json`` files (or other files read as one document each), in order."""

    paths: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class LineBatch:
    """Consecutive lines of one JSON Lines input."""

    source: str
    lines: tuple[Line, ...]


@dataclass(frozen=True, slots=True)
class Spreadsheet:
    """A workbook, or a folder of CSV tables (:mod:`.spreadsheets`)."""

    path: Path


Unit = JsonFiles | LineBatch | LineRange | Spreadsheet | Loaded


def load_unit(unit: Unit, max_bytes: int) -> Iterator[Loaded]:
    """The records of one unit, in order."""
    if isinstance(unit, Loaded):
        yield unit
    elif isinstance(unit, LineBatch):
        for line in unit.lines:
            yield parse_line(unit.source, line)
    elif isinstance(unit, LineRange):
        yield from _range_records(unit, max_bytes)
    elif isinstance(unit, Spreadsheet):
        yield from load_spreadsheet(unit.path, max_bytes)
    else:
        for path in unit.paths:
            yield from load_file(path, max_bytes)


def _batches(source: str, handle: LineReader, max_bytes: int) -> Iterator[Unit]:
    """The lines of one JSON Lines input, in batches, read a line at a time."""
    batch: list[Line] = []
    size = 0
    documents = 0
    for line in read_lines(handle, max_bytes):
        batch.append(line)
        documents += 1
        size += len(line[1]) if isinstance(line[1], bytes) else 0
        if len(batch) >= LINES_PER_UNIT or size >= BYTES_PER_UNIT:
            yield LineBatch(source, tuple(batch))
            batch, size = [], 0
    if batch:
        yield LineBatch(source, tuple(batch))
    if documents == 0:
        yield Loaded(source, problem=EMPTY)


def _line_batches(source: str, max_bytes: int) -> Iterator[Unit]:
    """A JSON Lines file's ranges of lines (or, for a pipe, its batches of lines); a file
    that cannot be read (or stops being) says why."""
    try:
        with open_input(source) as handle:
            if not is_regular_file(handle):
                yield from _batches(source, handle, max_bytes)
                return
            empty = True
            for part in line_ranges(source, handle):
                empty = False
                yield part
            if empty:
                yield Loaded(source, problem=EMPTY)
    except (InputError, OSError) as error:
        yield unreadable(source, error)


def _range_records(unit: LineRange, max_bytes: int) -> Iterator[Loaded]:
    """The documents of a range of a JSON Lines file, read where the unit is loaded."""
    try:
        for line in range_lines(unit, max_bytes):
            yield parse_line(unit.source, line)
    except (InputError, OSError) as error:
        yield unreadable(unit.source, error)


def _stdin_units(stream: BinaryIO, max_bytes: int) -> Iterator[Unit]:
    """Standard input's one document, or its JSON lines in batches."""
    found = read_stdin(stream, max_bytes)
    if isinstance(found, Loaded):
        yield found
    else:
        yield from _batches(STDIN, found, max_bytes)


def _folder_units(folder: str, max_bytes: int) -> Iterator[str | Unit]:
    """A folder's files as they are found (the first are checked while the rest are being
    listed), or the problem of a folder without one."""
    empty = True
    for entry in directory_files(folder):
        empty = False
        if entry.error is not None:
            yield unreadable(entry.path, entry.error)
        elif is_json_lines(entry.path):
            yield from _line_batches(entry.path, max_bytes)
        else:
            yield entry.path
    if empty:
        yield Loaded(folder, problem=NO_DOCUMENTS)


def _path_units(raw: str, max_bytes: int) -> Iterator[str | Unit]:
    """The units of one path given: text stands for one JSON file, to be grouped.

    Nothing is examined but whether the path is a spreadsheet or a folder: a path that
    cannot be read is reported when it is opened, with the operating system's reason.
    """
    path = Path(raw)
    if is_spreadsheet(path):
        yield Spreadsheet(path)
    elif is_folder(raw):
        yield from _folder_units(raw, max_bytes)
    elif is_json_lines(str(path)):
        yield from _line_batches(str(path), max_bytes)
    else:
        yield str(path)


def input_units(
    paths: Iterable[str], *, max_bytes: int, stdin: BinaryIO | None = None
) -> Iterator[Unit]:
    """Every input in ``paths`` as units, in order; directories are searched recursively."""
    pending: list[str] = []
    most = FIRST_FILES
    for raw in paths:
        if raw == STDIN:
            parts: Iterable[str | Unit] = _stdin_units(stdin or _stdin(), max_bytes)
        else:
            parts = _path_units(raw, max_bytes)
        for part in parts:
            if isinstance(part, str):
                pending.append(part)
                if len(pending) < most:
                    continue
            if pending:
                yield JsonFiles(tuple(pending))
                pending, most = [], min(FILES_PER_UNIT, 2 * most)
            if not isinstance(part, str):
                yield part
    if pending:
        yield JsonFiles(tuple(pending))


def _stdin() -> BinaryIO:
    import sys

    return sys.stdin.buffer
