"""Opening an input for reading, without ever blocking for ever.

Every path is opened without blocking and then examined through the open file, so what is
examined is what is read:

- a folder is refused ("is a folder, not a file");
- a named pipe (FIFO) is waited for until a program opens it for writing, for at most
  :data:`PIPE_WAIT_SECONDS`; a pipe that no program opens in that time is refused, and the
  inputs after it are still read. Once a writer is there, reading waits for it as for any
  pipe (standard input included): how long it takes is the writer's business;
- anything else (a regular file, a device, a ``/proc`` file) is read as it is; the size
  limit is enforced while reading (:mod:`inspection_schema.reading.bounded`).

A path that cannot be opened raises :class:`InputError`, whose message completes the
sentence "<input> …" with the operating system's own reason ("cannot be read (Too many
levels of symbolic links)"); only a path that does not exist reads "does not exist".
"""

from __future__ import annotations

import errno
import io
import os
import select
import stat
from pathlib import Path
from typing import BinaryIO

__all__ = ["PIPE_WAIT_SECONDS", "InputError", "is_folder", "open_input", "os_error_message"]

PIPE_WAIT_SECONDS = 10.0
"""How long a named pipe is waited for before it is refused as having no writer."""

_NONBLOCK = getattr(os, "O_NONBLOCK", 0)
_BINARY = getattr(os, "O_BINARY", 0)


class InputError(Exception):
    """An input that cannot be read; the message completes "<input> …" on one line."""

    def __init__(self, message: str, *, missing: bool = False) -> None:
        super().__init__(message)
        self.missing = missing

    @property
    def message(self) -> str:
        """The one-line reason, as "does not exist"."""
        return str(self)


def os_error_message(error: OSError) -> str:
    """The reason an operating-system error gives, completing "<input> …"."""
    if error.errno == errno.ENOENT:
        return "does not exist"
    if error.errno == errno.EISDIR:
        return "is a folder, not a file"
    return f"cannot be read ({error.strerror or error})"


def is_folder(path: str | Path) -> bool:
    """Whether ``path`` is a folder; ``False`` for anything that cannot be examined.

    Unlike :meth:`pathlib.Path.is_dir`, it never raises (a name too long for the file
    system raises there): whatever stops the path being examined is reported when it is
    opened.
    """
    try:
        return stat.S_ISDIR(Path(path).stat().st_mode)
    except (OSError, ValueError):
        return False


def open_input(path: str | Path, *, pipe_wait: float | None = None) -> BinaryIO:
    """``path`` open for binary reading; raise :class:`InputError` if it cannot be.

    ``pipe_wait``: how long a named pipe is waited for (default :data:`PIPE_WAIT_SECONDS`).
    """
    try:
        descriptor = os.open(path, os.O_RDONLY | _NONBLOCK | _BINARY)
    except OSError as error:
        missing = error.errno == errno.ENOENT
        raise InputError(os_error_message(error), missing=missing) from None
    except ValueError:  # a NUL character in the name
        raise InputError("cannot be read (the name holds a NUL character)") from None
    try:
        return _examined(descriptor, PIPE_WAIT_SECONDS if pipe_wait is None else pipe_wait)
    except BaseException:
        os.close(descriptor)
        raise


def _examined(descriptor: int, pipe_wait: float) -> BinaryIO:
    mode = os.fstat(descriptor).st_mode
    if stat.S_ISDIR(mode):
        raise InputError("is a folder, not a file")
    first = _wait_for_writer(descriptor, pipe_wait) if stat.S_ISFIFO(mode) else b""
    if _NONBLOCK:
        os.set_blocking(descriptor, True)
    raw = io.FileIO(descriptor, "rb", closefd=True)
    if first:
        return io.BufferedReader(_Prefixed(first, raw))
    return io.BufferedReader(raw)


def _wait_for_writer(descriptor: int, wait: float) -> bytes:
    """Wait until a program opens the pipe for writing; the byte read to find out, if any.

    A pipe opened without blocking reads as ended while no program has it open for writing,
    and as "try again" while a writer is there but has not written yet.
    """
    if not hasattr(select, "poll"):
        return b""
    poller = select.poll()
    poller.register(descriptor, select.POLLIN)
    if poller.poll(max(0, round(wait * 1000))):
        return b""  # data, or a writer that has come and gone: read it as usual
    try:
        first = os.read(descriptor, 1)
    except BlockingIOError:
        return b""  # a writer is there, silent so far: wait for it as for any pipe
    if not first:
        raise InputError(
            f"is a named pipe that no program opened for writing within {wait:g} seconds"
        )
    return first


class _Prefixed(io.RawIOBase):
    """A raw file that gives back the bytes already read from it before the rest."""

    def __init__(self, first: bytes, raw: io.FileIO) -> None:
        super().__init__()
        self._first = first
        self._raw = raw

    def readable(self) -> bool:
        return True

    def readinto(self, buffer: memoryview) -> int:  # type: ignore[override]
        if self._first:
            count = min(len(buffer), len(self._first))
            buffer[:count] = self._first[:count]
            self._first = self._first[count:]
            return count
        return self._raw.readinto(buffer)

    def fileno(self) -> int:
        return self._raw.fileno()

    def close(self) -> None:
        self._raw.close()
        super().close()
