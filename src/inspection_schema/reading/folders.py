"""The files under a folder, and each folder inside it that cannot be listed.

A folder is searched recursively. Symbolic links to files are listed like files; links to
folders are not followed, so a loop of links cannot make the search endless. A folder that
cannot be listed (no permission, say) is given with its reason instead of being passed
over in silence, so "this folder holds no documents" is only said when it is true.
"""

from __future__ import annotations

import os
from collections.abc import Collection, Iterator
from dataclasses import dataclass
from pathlib import Path

from inspection_schema.reading.opening import InputError, os_error_message

__all__ = ["Found", "files_under"]


@dataclass(frozen=True, slots=True)
class Found:
    """A file found under a folder, or a folder that could not be listed (``error``)."""

    path: Path
    error: InputError | None = None


def files_under(folder: str | Path, suffixes: Collection[str]) -> Iterator[Found]:
    """Files under ``folder`` whose suffix (in lower case) is in ``suffixes``, in path order.

    Folders that cannot be listed come in the same order, each with its ``error``.
    """
    problems: list[OSError] = []
    found: list[Found] = []
    for where, _folders, names in os.walk(folder, onerror=problems.append):
        found.extend(
            Found(Path(where, name)) for name in names if Path(name).suffix.lower() in suffixes
        )
    for problem in problems:
        name = problem.filename if problem.filename is not None else folder
        found.append(Found(Path(os.fsdecode(name)), InputError(os_error_message(problem))))
    yield from sorted(found, key=lambda item: item.path.parts)
