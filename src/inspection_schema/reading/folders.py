"""The files under a folder, and each folder inside it that cannot be listed.

A folder is searched recursively. Symbolic links to files are listed like files; links to
folders are not followed, so a loop of links cannot make the search endless. A folder that
cannot be listed (no permission, say) is given with its reason instead of being passed
over in silence, so "this folder holds no documents" is only said when it is true.
"""

from __future__ import annotations

import os
from collections.abc import Collection, Iterator
from pathlib import Path
from typing import NamedTuple

from inspection_schema.reading.opening import InputError, os_error_message

__all__ = ["Found", "files_under"]


class Found(NamedTuple):
    """A file found under a folder, or a folder that could not be listed (``error``)."""

    path: str
    """The path as :class:`~pathlib.Path` would write it: the folder given, then the names."""
    error: InputError | None = None


def files_under(folder: str | Path, suffixes: Collection[str]) -> Iterator[Found]:
    """Files under ``folder`` whose suffix (in lower case) is in ``suffixes``, in path order
    (name by name, as :attr:`pathlib.PurePath.parts` sorts).

    Folders that cannot be listed come in the same order, each with its ``error``. The
    files come as each folder is listed (its names sorted, each folder inside searched in
    its place), so the first can be handled while the rest are being found. Paths are
    handled as text, not :class:`~pathlib.Path` objects: a folder of ten thousand files is
    listed several times faster, and the paths cost little to send to other processes.
    """
    top = str(Path(folder))  # as Path writes it: "docs//" is "docs", "./a" is "a"
    yield from _search(top, "" if top == "." else top, suffixes)


def _search(where: str, written: str, suffixes: Collection[str]) -> Iterator[Found]:
    """The files of one folder and of the folders inside it, in path order. ``written`` is
    the folder's path as :class:`~pathlib.Path` writes it (empty for the current folder,
    whose files Path writes without a leading ``./``)."""
    try:
        with os.scandir(where) as listing:
            entries = sorted(listing, key=_name)
    except OSError as error:
        yield Found(written or where, InputError(os_error_message(error)))
        return
    prefix = os.path.join(written, "") if written else ""  # noqa: PTH118  ("docs/")
    splitext = os.path.splitext
    for entry in entries:
        name = entry.name
        if not _is_folder(entry):
            if splitext(name)[1].lower() in suffixes:
                yield Found(prefix + name)
        elif not entry.is_symlink():  # a link to a folder is not followed: no loops
            yield from _search(prefix + name, prefix + name, suffixes)


def _name(entry: os.DirEntry[str]) -> str:
    return entry.name


def _is_folder(entry: os.DirEntry[str]) -> bool:
    """Whether an entry is a folder, or a link to one (a broken link is not)."""
    try:
        return entry.is_dir()
    except OSError:
        return False
