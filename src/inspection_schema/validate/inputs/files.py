"""Files and directories: a ``.json`` file is one document, a directory is searched recursively."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

from inspection_schema.validate.inputs.json_documents import Loaded, parse_document, too_large
from inspection_schema.validate.inputs.json_lines import LINES_SUFFIXES, load_lines
from inspection_schema.validate.results import Problem

JSON_SUFFIXES = frozenset({".json"})


NO_DOCUMENTS = Problem("input-no-documents", "directory holds no .json, .jsonl or .ndjson files")
"""The problem of a directory without a file to check."""


def directory_files(directory: Path) -> list[Path]:
    """The JSON and JSON Lines files under ``directory``, in path order."""
    return sorted(
        path
        for path in directory.rglob("*")
        if path.is_file() and path.suffix.lower() in JSON_SUFFIXES | LINES_SUFFIXES
    )


def load_directory(directory: Path, max_bytes: int) -> Iterator[Loaded]:
    """Every JSON and JSON Lines file under ``directory``, in path order."""
    files = directory_files(directory)
    if not files:
        yield Loaded(str(directory), problem=NO_DOCUMENTS)
    for path in files:
        yield from load_file(path, max_bytes)


def load_file(path: Path, max_bytes: int) -> Iterator[Loaded]:
    """The document of a JSON file (its size checked before reading), or of each JSON line."""
    source = str(path)
    try:
        if path.suffix.lower() in LINES_SUFFIXES:
            with path.open("rb") as handle:
                yield from load_lines(source, handle, max_bytes)
            return
        size = path.stat().st_size
        if size > max_bytes:
            yield Loaded(source, problem=too_large(size, max_bytes))
            return
        data = path.read_bytes()
    except OSError as error:
        message = f"cannot be read: {error.strerror or error}"
        yield Loaded(source, problem=Problem("input-unreadable", message))
        return
    yield parse_document(source, None, data)
