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

    path: str
    """The path as :class:`~pathlib.Path` would write it: the folder given, then the names."""
    error: InputError | None = None


def files_under(folder: str | Path, suffixes: Collection[str]) -> Iterator[Found]:
    """Files under ``folder`` whose suffix (in lower case) is in ``suffixes``, in path order
    (name by name, as :attr:`pathlib.PurePath.parts` sorts).

    Folders that cannot be listed come in the same order, each with its ``error``. Paths are
    handled as text, not :class:`~pathlib.Path` objects: a folder of ten thousand files is
    listed several times faster, and the paths cost little to send to other processes.
    """
    top = str(Path(folder))  # as Path writes it: "docs//" is "docs", "./a" is "a"
    problems: list[OSError] = []
    found: list[Found] = []
    for where, _folders, names in os.walk(top, onerror=problems.append):
        inside = _as_path_writes(where, top)
        found.extend(
            Found(os.path.join(inside, name) if inside else name)  # noqa: PTH118  (text, fast)
            for name in names
            if os.path.splitext(name)[1].lower() in suffixes  # noqa: PTH122
        )
    for problem in problems:
        name = os.fsdecode(problem.filename) if problem.filename is not None else top
        found.append(Found(str(Path(name)), InputError(os_error_message(problem))))
    found.sort(key=lambda item: item.path.split(os.sep))  # noqa: PTH206  (Path.parts' order)
    yield from found


def _as_path_writes(where: str, top: str) -> str:
    """A folder os.walk gives, as :class:`~pathlib.Path` writes it (which leaves out a
    leading ``./``); empty for the current folder."""
    if top != ".":
        return where
    return "" if where == "." else where.removeprefix("." + os.sep)
