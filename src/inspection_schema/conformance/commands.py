"""Running the command under test: bounded in time and in the output it may print.

The command's standard output and error go to temporary files, not memory, so a command
that prints without end is stopped at :data:`MAX_OUTPUT` bytes; one that runs longer
than its timeout is killed. Its output must be UTF-8 JSON nested at most
:data:`MAX_DEPTH` levels deep. Each of these problems raises :class:`RunnerError` with one
line that says what happened.
"""

from __future__ import annotations

import json
import subprocess
import tempfile
from dataclasses import dataclass
from typing import Any

__all__ = [
    "DEFAULT_TIMEOUT",
    "MAX_DEPTH",
    "MAX_OUTPUT",
    "CannotRun",
    "Completed",
    "RunnerError",
    "parse_json_output",
    "run_bounded",
]

DEFAULT_TIMEOUT = 600.0
"""Seconds one run of the command may take (``--timeout``)."""
MAX_OUTPUT = 512 * 1024 * 1024
"""The most bytes of standard output read from one run of the command."""
MAX_DEPTH = 512
"""The deepest nesting of JSON accepted from the command (a report is a few levels deep)."""


class RunnerError(Exception):
    """The suite cannot be run: no case files, or a command that cannot run or report."""


class CannotRun(RunnerError):
    """The command could not be started at all (not found, not executable)."""


@dataclass(frozen=True)
class Completed:
    """A finished run of the command: its exit status and output as text."""

    status: int
    stdout: str
    stderr: str


def _text(data: bytes, stream: str) -> str:
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError as error:
        raise RunnerError(
            f"the command's {stream} is not UTF-8 "
            f"(byte 0x{data[error.start]:02x} at offset {error.start})"
        ) from None


def run_bounded(
    arguments: list[str], *, timeout: float = DEFAULT_TIMEOUT, max_output: int = MAX_OUTPUT
) -> Completed:
    """Run the command to its end; raise :class:`RunnerError` if it cannot serve."""
    with tempfile.TemporaryFile() as out, tempfile.TemporaryFile() as err:
        try:
            process = subprocess.Popen(arguments, stdin=subprocess.DEVNULL, stdout=out, stderr=err)
        except OSError as error:
            raise CannotRun(f"cannot run {arguments[0]!r}: {error.strerror or error}") from None
        try:
            status = process.wait(timeout=timeout)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()
            raise RunnerError(
                f"the command did not finish within {timeout:g} seconds (see --timeout)"
            ) from None
        size = out.tell()
        if size > max_output:
            raise RunnerError(
                f"the command printed {size} bytes, more than the {max_output} bytes read"
            )
        out.seek(0)
        stdout = _text(out.read(), "output")
        err.seek(max(0, err.tell() - 4096))
        stderr = err.read().decode("utf-8", errors="replace")
    return Completed(status, stdout, stderr)


def _depth(value: Any) -> int:
    """How deeply a JSON value nests (iteratively, so any depth can be measured)."""
    deepest = 0
    stack = [(value, 1)]
    while stack:
        item, level = stack.pop()
        deepest = max(deepest, level)
        if isinstance(item, dict):
            stack.extend((child, level + 1) for child in item.values())
        elif isinstance(item, list):
            stack.extend((child, level + 1) for child in item)
    return deepest


def parse_json_output(completed: Completed, what: str) -> Any:
    """The JSON value the command printed; raise :class:`RunnerError` if it printed none."""
    try:
        value = json.loads(completed.stdout)
    except ValueError:
        message = (completed.stderr or completed.stdout).strip()[-500:]
        raise RunnerError(f"the command did not print {what}: {message}") from None
    except RecursionError:
        raise RunnerError(f"the command printed JSON nested too deeply for {what}") from None
    if _depth(value) > MAX_DEPTH:
        raise RunnerError(
            f"the command printed JSON nested more than {MAX_DEPTH} levels deep for {what}"
        )
    return value
