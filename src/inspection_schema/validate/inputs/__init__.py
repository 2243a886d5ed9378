"""Reads the documents to validate: JSON files, JSON Lines, standard input and directories.

Every input yields :class:`Loaded` records: a parsed document, or a problem that says in
one line why the input could not be read. Nothing here raises for bad input.

- :mod:`.json_documents`: one document from bytes, and the checks every input shares;
- :mod:`.json_lines`: JSON Lines, streamed, each document with its line number;
- :mod:`.files`: ``.json`` files and directories (searched recursively);
- :mod:`.stdin`: standard input.
"""

from __future__ import annotations

import sys
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import BinaryIO

from inspection_schema.validate.inputs.files import JSON_SUFFIXES, load_directory, load_file
from inspection_schema.validate.inputs.json_documents import DEFAULT_MAX_BYTES, Loaded
from inspection_schema.validate.inputs.json_lines import LINES_SUFFIXES
from inspection_schema.validate.inputs.stdin import STDIN, load_stdin
from inspection_schema.validate.results import Problem

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
            continue
        path = Path(raw)
        if path.is_dir():
            yield from load_directory(path, max_bytes)
        elif path.exists():
            yield from load_file(path, max_bytes)
        else:
            yield Loaded(raw, problem=Problem("input-missing", "no such file or directory"))
