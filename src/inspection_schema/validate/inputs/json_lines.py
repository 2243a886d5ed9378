"""JSON Lines inputs (``.jsonl``, ``.ndjson``): one document per line, with its line number.

The file is streamed a line at a time, so memory stays bounded whatever its size. Each
document's :class:`~inspection_schema.validate.inputs.json_documents.Loaded` carries its
1-based line number, and so do the findings reported for it (``source:line``). Blank lines
are skipped but still counted; a line over the size limit is skipped to its end and
reported; a file with no documents is reported as empty.
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from typing import Protocol

from inspection_schema.validate.inputs.json_documents import Loaded, parse_document, too_large
from inspection_schema.validate.results import Problem

LINES_SUFFIXES = frozenset({".jsonl", ".ndjson"})


def is_json_lines(path: str) -> bool:
    """Whether a path's suffix (in any case) is that of a JSON Lines file."""
    return os.path.splitext(path)[1].lower() in LINES_SUFFIXES  # noqa: PTH122  (text paths)


_SKIP_CHUNK = 1 << 20


class LineReader(Protocol):
    """Anything with a binary file's ``readline``."""

    def readline(self, size: int = -1, /) -> bytes: ...


class BytesLines:
    """An in-memory stand-in for a binary file's ``readline`` (standard input read whole)."""

    def __init__(self, data: bytes) -> None:
        self._lines = iter(data.splitlines(keepends=True))

    def readline(self, _size: int = -1, /) -> bytes:
        return next(self._lines, b"")


EMPTY = Problem("input-empty", "is empty: no JSON Lines documents")
"""The problem of a JSON Lines input without a document."""

Line = tuple[int, bytes | Problem]
"""A line's number and its bytes, or the problem that kept it from being read."""


def read_lines(handle: LineReader, max_bytes: int, *, first: int = 1) -> Iterator[Line]:
    """Each line that is not blank, with its number (the first line read is numbered
    ``first``); a line over the limit is skipped."""
    number = first - 1
    while True:
        line = handle.readline(max_bytes + 1)
        if not line:
            return
        number += 1
        if len(line) > max_bytes and not line.endswith(b"\n"):
            while (rest := handle.readline(_SKIP_CHUNK)) and not rest.endswith(b"\n"):
                pass
            yield number, too_large(len(line), max_bytes, at_least=True)
        elif not line.isspace():  # the test reads only up to the first character not blank
            yield number, line


def parse_line(source: str, line: Line) -> Loaded:
    """The document of one line read by :func:`read_lines`, or its problem."""
    number, data = line
    if isinstance(data, Problem):
        return Loaded(source, number, problem=data)
    return parse_document(source, number, data)


def load_lines(source: str, handle: LineReader, max_bytes: int) -> Iterator[Loaded]:
    """Each document of a JSON Lines stream, with its line number."""
    documents = 0
    for line in read_lines(handle, max_bytes):
        documents += 1
        yield parse_line(source, line)
    if documents == 0:
        yield Loaded(source, problem=EMPTY)
