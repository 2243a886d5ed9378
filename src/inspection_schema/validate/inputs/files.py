"""Files and directories: a ``.json`` file is one document, a directory is searched recursively.

Every file is opened through :mod:`inspection_schema.reading`: the size limit is enforced
while reading (a named pipe, a device or a ``/proc`` file cannot exceed it), a named pipe
with no writer is refused after a bounded wait, and a path that cannot be read is reported
with the operating system's own reason.
"""

from __future__ import annotations

from collections.abc import Iterator

from inspection_schema.reading import (
    Found,
    InputError,
    InputTooLarge,
    files_under,
    open_input,
    os_error_message,
    read_at_most,
)
from inspection_schema.validate.inputs.json_documents import Loaded, parse_document
from inspection_schema.validate.inputs.json_lines import LINES_SUFFIXES, is_json_lines, load_lines
from inspection_schema.validate.results import Problem

JSON_SUFFIXES = frozenset({".json"})


NO_DOCUMENTS = Problem("input-no-documents", "directory holds no .json, .jsonl or .ndjson files")
"""The problem of a directory without a file to check."""


def unreadable(source: str, error: InputError | OSError) -> Loaded:
    """The record of an input that could not be read, with its problem's code.

    An :class:`OSError` is a failure while reading (an I/O error, say), after the input
    was opened.
    """
    if isinstance(error, OSError):
        error = InputError(os_error_message(error))
    if isinstance(error, InputTooLarge):
        code = "input-too-large"
    else:
        code = "input-missing" if error.missing else "input-unreadable"
    return Loaded(source, problem=Problem(code, error.message))


def directory_files(directory: str) -> Iterator[Found]:
    """The JSON and JSON Lines files under ``directory``, in path order, as they are found.

    A folder inside it that cannot be listed comes in its place, with its ``error``.
    """
    return files_under(directory, JSON_SUFFIXES | LINES_SUFFIXES)


def load_file(path: str, max_bytes: int) -> Iterator[Loaded]:
    """The document of a JSON file, or of each JSON line; the size limit holds while reading."""
    source = str(path)
    try:
        with open_input(path) as handle:
            if is_json_lines(path):
                yield from load_lines(source, handle, max_bytes)
                return
            data = read_at_most(handle, max_bytes)
    except (InputError, OSError) as error:
        yield unreadable(source, error)
        return
    yield parse_document(source, None, data)
