"""Reads the documents to validate: JSON files, JSON Lines, standard input and directories.

Every input yields :class:`Loaded` records: a parsed document, or a problem that says in
one line why the input could not be read. Nothing here raises for bad input.

- :mod:`.json_documents`: one document from bytes, and the checks every input shares;
- :mod:`.json_lines`: JSON Lines, streamed, each document with its line number;
- :mod:`.files`: ``.json`` files and directories (searched recursively);
- :mod:`.stdin`: standard input, a stream of documents.

Files are opened and read through :mod:`inspection_schema.reading` (size limit enforced
while reading, bounded wait for a named pipe, the operating system's reason for a path
that cannot be read).
"""

from __future__ import annotations

import sys
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import BinaryIO

from inspection_schema.reading import is_folder
from inspection_schema.validate.inputs.files import JSON_SUFFIXES, load_directory, load_file
from inspection_schema.validate.inputs.json_documents import DEFAULT_MAX_BYTES, Loaded
from inspection_schema.validate.inputs.json_lines import LINES_SUFFIXES
from inspection_schema.validate.inputs.stdin import STDIN, load_stdin

__all__ = [
    "DEFAULT_MAX_BYTES",
    "JSON_SUFFIXES",
    "LINES_SUFFIXES",
    "STDIN",
    "Loaded",
    "load_inputs",
]


def load_inputs(
    paths: Iterable[str], *, max_bytes: int = DEFAULT_MAX_BYTES, stdin: BinaryIO | None = None
) -> Iterator[Loaded]:
    """Every document in ``paths``, in order; directories are searched recursively."""
    for raw in paths:
        if raw == STDIN:
            yield from load_stdin(stdin or sys.stdin.buffer, max_bytes)
        elif is_folder(raw):
            yield from load_directory(Path(raw), max_bytes)
        else:
            yield from load_file(Path(raw), max_bytes)
