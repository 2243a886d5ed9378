"""Reading at most a size limit of bytes, whatever the file is.

The limit is enforced while reading, not from the size the file system reports: a named
pipe, a device such as ``/dev/zero`` or a ``/proc`` file reports a size of 0 whatever it
holds. Reading stops as soon as one byte more than the limit has arrived, and is done in
pieces, so a large limit never reserves its size in memory up front; a regular file is
read in one piece of the size it reports, so it is held in memory once. A regular file
that the file system says is over the limit is refused without being read.

The message of an input over the limit names what the limit is for ("one document") and
the option that sets it (``--max-size``), or no option for a limit that none sets.
"""

from __future__ import annotations

import io
import os
import stat
from typing import BinaryIO

from inspection_schema.reading.opening import InputError

__all__ = ["InputTooLarge", "read_at_most", "size_message"]

_PIECE = 1 << 20
_MEGABYTE = 1_048_576


def _amount(size: int) -> str:
    """``20.0 MB``; below a tenth of a megabyte, ``2,048 bytes``."""
    return f"{size / _MEGABYTE:.1f} MB" if size >= _MEGABYTE // 10 else f"{size:,} bytes"


def size_message(
    size: int,
    limit: int,
    *,
    at_least: bool,
    what: str = "one document",
    option: str | None = "--max-size",
) -> str:
    """``is 20.0 MB, larger than the limit of 16 MB for one document (see --max-size)``.

    ``option``: the option that sets the limit, or ``None`` for a limit no option sets.
    """
    shown_limit = f"{limit / _MEGABYTE:g} MB" if limit >= _MEGABYTE // 10 else f"{limit:,} bytes"
    return (
        f"is {'over ' if at_least else ''}{_amount(size)}, larger than the limit of "
        f"{shown_limit} for {what}" + (f" (see {option})" if option else "")
    )


class InputTooLarge(InputError):
    """An input over the size limit; ``at_least``: reading stopped when it went over."""

    def __init__(
        self,
        size: int,
        limit: int,
        *,
        at_least: bool,
        what: str = "one document",
        option: str | None = "--max-size",
    ) -> None:
        super().__init__(size_message(size, limit, at_least=at_least, what=what, option=option))
        self.size = size
        self.limit = limit


def read_at_most(
    handle: BinaryIO | io.BufferedIOBase,
    limit: int,
    *,
    what: str = "one document",
    option: str | None = "--max-size",
) -> bytes:
    """Every byte of ``handle``; raise :class:`InputTooLarge` past ``limit`` bytes.

    ``what`` names the unit the limit applies to in the message ("one document"), and
    ``option`` the option that sets it (``None``: no option does).
    """
    reported = _regular_size(handle)
    if reported is not None and reported > limit:
        raise InputTooLarge(reported, limit, at_least=False, what=what, option=option)
    pieces: list[bytes] = []
    total = 0
    wanted = reported + 1 if reported is not None else _PIECE
    while True:
        piece = handle.read(min(wanted, limit + 1 - total))
        if not piece:
            return b"".join(pieces)  # one piece is returned as it is, not copied
        pieces.append(piece)
        total += len(piece)
        if total > limit:
            raise InputTooLarge(total, limit, at_least=True, what=what, option=option)
        wanted = _PIECE


def _regular_size(handle: BinaryIO | io.BufferedIOBase) -> int | None:
    """What a regular file reports it has left to read; ``None`` for pipes, devices, memory."""
    try:
        status = os.fstat(handle.fileno())
        left = status.st_size - handle.tell()
    except (OSError, ValueError, io.UnsupportedOperation):
        return None
    return left if stat.S_ISREG(status.st_mode) and status.st_size > 0 else None
