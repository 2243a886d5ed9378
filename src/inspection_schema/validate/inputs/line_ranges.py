"""A JSON Lines file cut into ranges of whole lines, which other processes read themselves.

Sending the lines of a large file to the ``--jobs`` workers would have this process read
every line, copy it into a task and send it down a pipe, while the workers wait: the run
could go no faster than that one process reads. Instead, :func:`line_ranges` only looks
for line breaks, a block at a time and at C speed, and cuts the file into
:class:`LineRange` units of whole lines (growing to :data:`RANGE_BYTES`), each knowing the
number of its first line. Whoever checks a range opens the file, reads just those bytes
(:func:`range_lines`) and numbers the lines from there, so the documents, their line
numbers and the lines reported as too large are those of reading the whole file a line at
a time (:func:`~inspection_schema.validate.inputs.json_lines.read_lines`).

Only regular files are cut: standard input and named pipes cannot be read twice.
"""

from __future__ import annotations

import io
import os
import stat
from collections.abc import Iterator
from dataclasses import dataclass
from typing import BinaryIO, Protocol

from inspection_schema.reading import open_input
from inspection_schema.validate.inputs.json_documents import too_large
from inspection_schema.validate.inputs.json_lines import Line, read_lines

RANGE_BYTES = 4 << 20
"""The size ranges grow to: each ends at the first line break after its size. A file's
first range is a sixteenth of it, and each next one twice the one before, so that a small
file is still shared among the workers, and a large one is sent in few pieces; near the end
of the file they shrink again, each at most a quarter of what is left."""
_BLOCK = 1 << 20
"""How much of the file is looked at at a time."""


@dataclass(frozen=True, slots=True)
class LineRange:
    """Whole lines of a JSON Lines file: bytes ``start`` to ``end``, the first numbered
    ``first``."""

    source: str
    start: int
    end: int
    first: int


class _Readable(Protocol):
    """A binary file read into a buffer of its reader's own."""

    def readinto(self, buffer: bytearray, /) -> int | None: ...

    def fileno(self) -> int: ...


def line_ranges(
    source: str, handle: BinaryIO, *, size: int = RANGE_BYTES, block_size: int = _BLOCK
) -> Iterator[LineRange]:
    """The file open as ``handle`` (a regular file, at its start) cut into ranges of whole
    lines, in order, looking at ``block_size`` bytes at a time; none if it holds nothing
    but white space (no document). Ranges (but the last) are at least a sixteenth of
    ``size`` bytes, then twice as many as the one before, up to ``size``; near the end of
    the file, at most a quarter of what is left (not under a sixteenth of ``size``), so
    that the last ranges, checked side by side, end close together.

    The file is read into one buffer, used again for every block, and its line breaks are
    found, not counted byte by byte, where they are far apart: this process reads the
    whole file while the workers check its ranges, and should take as little of the
    machine from them as it can.
    """
    reader: _Readable = handle  # type: ignore[assignment]  # every binary file has both
    least = fewest = max(1, size // 16)
    total = _size_of(reader)
    start = position = 0
    number = 1  # the number of the line that starts at ``start``
    breaks = 0  # line breaks between ``start`` and ``position``
    content = False  # whether a byte other than white space has been seen
    buffer = bytearray(block_size)
    while got := reader.readinto(buffer):
        block = buffer if got == block_size else buffer[:got]
        content = content or bool(block.strip())
        offset = 0
        while position + got - start >= (wanted := _wanted(least, fewest, total, start)):
            cut = block.find(b"\n", max(offset, start + wanted - 1 - position))
            if cut < 0:
                break
            breaks += _breaks(block, offset, cut + 1)
            end = position + cut + 1
            if content:
                yield LineRange(source, start, end, number)
            start, number, breaks, offset = end, number + breaks, 0, cut + 1
            least = min(size, 2 * least)
        breaks += _breaks(block, offset, got)
        position += got
    if content and position > start:
        yield LineRange(source, start, position, number)


def _wanted(least: int, fewest: int, total: int | None, start: int) -> int:
    """The length of the next range: ``least``, but at most a quarter of what is left of a
    file of ``total`` bytes, and not under ``fewest``."""
    if total is None:
        return least
    return max(fewest, min(least, (total - start) // 4))


def _size_of(reader: _Readable) -> int | None:
    """The size of the file, or None if it cannot be told."""
    try:
        return os.fstat(reader.fileno()).st_size
    except (OSError, ValueError):
        return None


_DENSE = 64
"""Line breaks found one by one before the rest of a stretch is counted byte by byte."""


def _breaks(block: bytearray, start: int, end: int) -> int:
    """How many line breaks ``block[start:end]`` holds.

    Lines of a report are long: finding each break (at the C library's speed) and counting
    the finds costs far less than counting at every byte; where breaks come thick and fast
    (short lines), the rest of the stretch is counted.
    """
    found = 0
    at = block.find(b"\n", start, end)
    while at >= 0:
        found += 1
        if found == _DENSE:
            return found + block.count(b"\n", at + 1, end)
        at = block.find(b"\n", at + 1, end)
    return found


def range_lines(
    unit: LineRange, max_bytes: int, *, whole_up_to: int | None = None
) -> Iterator[Line]:
    """The lines of one range, numbered as in the whole file (see
    :func:`~inspection_schema.validate.inputs.json_lines.read_lines`); raise
    :class:`~inspection_schema.reading.InputError` if the file cannot be opened.

    A range of at most ``whole_up_to`` bytes (by default twice the largest size of a range)
    is read at once and cut in memory; a longer one (it ends with a very long line) is read
    a line at a time, so the memory a range takes is bounded as a line's is.
    """
    length = unit.end - unit.start
    limit = 2 * RANGE_BYTES if whole_up_to is None else whole_up_to
    with open_input(unit.source) as handle:
        handle.seek(unit.start)
        if length <= limit:
            yield from _cut(handle.read(length), max_bytes, unit.first)
            return
        window = io.BufferedReader(_Window(handle, length), _BLOCK)
        yield from read_lines(window, max_bytes, first=unit.first)


def _cut(data: bytes, max_bytes: int, first: int) -> Iterator[Line]:
    """The lines of ``data`` as :func:`read_lines` gives them, reading a file that holds it:
    each with its line break, blank ones left out, one over the limit as its problem."""
    number, start, size = first, 0, len(data)
    while start < size:
        end = data.find(b"\n", start) + 1 or size
        if end - start > max_bytes and (end - start > max_bytes + 1 or data[end - 1] != 10):
            yield number, too_large(max_bytes + 1, max_bytes, at_least=True)
        elif not (line := data[start:end]).isspace():
            yield number, line
        number, start = number + 1, end


class _Window(io.RawIOBase):
    """At most ``length`` bytes of a file, from where it stands."""

    def __init__(self, handle: BinaryIO, length: int) -> None:
        self._handle = handle
        self._left = length

    def readable(self) -> bool:
        return True

    def readinto(self, buffer: memoryview) -> int:  # type: ignore[override]
        if self._left <= 0:
            return 0
        wanted = min(len(buffer), self._left)
        data = self._handle.read(wanted)
        buffer[: len(data)] = data
        self._left -= len(data)
        return len(data)


def is_regular_file(handle: BinaryIO) -> bool:
    """Whether an open file is a regular file (which can be read again from any place)."""
    try:
        return stat.S_ISREG(os.fstat(handle.fileno()).st_mode)
    except (OSError, ValueError):
        return False


__all__ = ["RANGE_BYTES", "LineRange", "is_regular_file", "line_ranges", "range_lines"]
