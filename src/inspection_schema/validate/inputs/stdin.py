"""Standard input (``-``): a stream of documents, one JSON document, or JSON Lines.

Standard input has no file name to say what it holds, so its first lines decide, read one
at a time (each at most ``max_bytes``):

- JSON Lines when the first line that is not blank is a JSON value on its own, or the next
  one is (so a broken first line is reported with its number and the later lines are
  still checked), or the first line is over the size limit. Lines are then streamed as a
  ``.jsonl`` file's are, each document with its line number, so memory stays bounded
  however long the stream is; the limit applies to each line.
- Otherwise (a document spread over several lines, as ``extract-report`` prints one) it is
  one JSON document, read up to ``max_bytes`` and no further.

A stream of a single line is one document, reported without a line number.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import BinaryIO

from inspection_schema.reading import InputTooLarge, read_at_most
from inspection_schema.validate.inputs.json_documents import Loaded, parse_document, too_large
from inspection_schema.validate.inputs.json_lines import LineReader, load_lines
from inspection_schema.validate.results import Problem

STDIN = "-"
_STANDS_ALONE = frozenset({"input-not-object", "input-too-deep"})
"""Problems of a line that is still a complete JSON value on its own."""


class _Replay:
    """A line reader that gives back the lines already read before reading on."""

    def __init__(self, lines: list[bytes], handle: BinaryIO) -> None:
        self._lines = lines
        self._handle = handle

    def readline(self, size: int = -1, /) -> bytes:
        if self._lines:
            return self._lines.pop(0)
        return self._handle.readline(size)


def _stands_alone(line: bytes) -> bool:
    problem = parse_document(STDIN, 1, line).problem
    return problem is None or problem.code in _STANDS_ALONE


def _content_line(handle: BinaryIO, read: list[bytes], max_bytes: int) -> bytes | None:
    """The next line that is not blank (``None`` at the end); every line read is kept."""
    while line := handle.readline(max_bytes + 1):
        read.append(line)
        if line.strip():
            return line
    return None


def _over(line: bytes, max_bytes: int) -> bool:
    return len(line) > max_bytes and not line.endswith(b"\n")


def read_stdin(stream: BinaryIO, max_bytes: int) -> Loaded | LineReader:
    """The one document on standard input (or its problem), or a reader of its JSON lines.

    The reader gives back the lines read to decide before reading on.
    """
    read: list[bytes] = []
    first = _content_line(stream, read, max_bytes)
    if first is None:
        return Loaded(STDIN, problem=Problem("input-empty", "is empty"))
    second = None if _over(first, max_bytes) else _content_line(stream, read, max_bytes)
    if second is None and not _over(first, max_bytes):
        return parse_document(STDIN, None, b"".join(read))
    lines = (
        _over(first, max_bytes)
        or _stands_alone(first)
        or (second is not None and not _over(second, max_bytes) and _stands_alone(second))
    )
    if lines:
        return _Replay(read, stream)
    return _one_document(stream, read, max_bytes)


def load_stdin(stream: BinaryIO, max_bytes: int) -> Iterator[Loaded]:
    """Each document on standard input: one JSON document, or each JSON line."""
    found = read_stdin(stream, max_bytes)
    if isinstance(found, Loaded):
        yield found
    else:
        yield from load_lines(STDIN, found, max_bytes)


def _one_document(stream: BinaryIO, read: list[bytes], max_bytes: int) -> Loaded:
    """The document whose first lines are ``read``, the rest still to come."""
    start = b"".join(read)
    if len(start) > max_bytes:
        return Loaded(STDIN, problem=too_large(len(start), max_bytes, at_least=True))
    try:
        rest = read_at_most(stream, max_bytes - len(start))
    except InputTooLarge as error:
        return Loaded(STDIN, problem=too_large(len(start) + error.size, max_bytes, at_least=True))
    return parse_document(STDIN, None, start + rest)


__all__ = ["STDIN", "load_stdin", "read_stdin"]
