"""JSON Lines inputs (``.jsonl``, ``.ndjson``): one document per line, with its line number.

The file is streamed a line at a time, so memory stays bounded whatever its size. Each
document's :class:`~inspection_schema.validate.inputs.json_documents.Loaded` carries its
1-based line number, and so do the findings reported for it (``source:line``). Blank lines
are skipped but still counted; a line over the size limit is skipped to its end and
reported; a file with no documents is reported as empty.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Protocol

from inspection_schema.validate.inputs.json_documents import Loaded, parse_document, too_large
from inspection_schema.validate.results import Problem

LINES_SUFFIXES = frozenset({".jsonl", ".ndjson"})
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


def load_lines(source: str, handle: LineReader, max_bytes: int) -> Iterator[Loaded]:
    """Each document of a JSON Lines stream, with its line number."""
    number = 0
    documents = 0
    while True:
        line = handle.readline(max_bytes + 1)
        if not line:
            break
        number += 1
        if len(line) > max_bytes and not line.endswith(b"\n"):
            while (rest := handle.readline(_SKIP_CHUNK)) and not rest.endswith(b"\n"):
                pass
            yield Loaded(source, number, problem=too_large(len(line), max_bytes, at_least=True))
            documents += 1
            continue
        if not line.strip():
            continue
        documents += 1
        yield parse_document(source, number, line)
    if documents == 0:
        yield Loaded(source, problem=Problem("input-empty", "is empty: no JSON Lines documents"))
