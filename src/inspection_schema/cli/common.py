"""What every command shares: exit codes, parsing without exiting, one-line messages.

Every command has ``build_parser()`` and ``main(argv) -> int``; ``main`` returns the exit
status (it does not exit, so it can be called in-process), writes each problem with an
input as one line ``<prog>: <input>: <problem>`` on standard error, and a usage error as
``<prog>: error: <message>`` with exit status 2. Every command has ``--version``
(:func:`add_version`).

:func:`run_main` is every command's ``main``: it parses the arguments and runs the command
so that nothing ends it with a traceback (:func:`run_command`): output cut off by its
reader (``validate-report big.jsonl | head -n1``) stops the command quietly, an
operating-system error (a full disk, say) is one line, and so is a worker process lost
under ``--jobs``; all three exit with status 2. Ctrl-C ends it with status 130 and one
line. :func:`add_max_size` gives the commands that read documents the same ``--max-size``
option.
"""

from __future__ import annotations

import argparse
import contextlib
import math
import os
import sys
from collections.abc import Callable, Sequence

from inspection_schema.cli.jobs import WorkerLost
from inspection_schema.reading import one_line, shown_name

EXIT_OK = 0
"""Everything succeeded (every document valid, every input extracted)."""
EXIT_INVALID = 1
"""At least one document is invalid."""
EXIT_UNUSABLE = 2
"""A usage error, an input that could not be read or was refused, or output not written."""
EXIT_INTERRUPTED = 130
"""Stopped by Ctrl-C (SIGINT), the status a shell gives such a command (128 + 2)."""


class HelpFormatter(argparse.RawDescriptionHelpFormatter):
    """argparse's help layout (descriptions kept as written), sized to the terminal.

    argparse builds a formatter for every argument it is given, and sizes it by importing
    ``shutil`` (with its compression modules); this one asks ``os`` directly, so a run that
    prints no help does not pay for that import.
    """

    def __init__(
        self,
        prog: str,
        indent_increment: int = 2,
        max_help_position: int = 24,
        width: int | None = None,
    ) -> None:
        super().__init__(prog, indent_increment, max_help_position, width or _columns() - 2)


def _columns() -> int:
    """The terminal's width in columns: ``$COLUMNS``, else standard output's, else 80."""
    try:
        return int(os.environ["COLUMNS"])
    except (KeyError, ValueError):
        pass
    try:
        return os.get_terminal_size(sys.__stdout__.fileno()).columns if sys.__stdout__ else 80
    except (OSError, ValueError):
        return 80


class _VersionAction(argparse.Action):
    """``--version``: the package version and the schema versions it ships, looked up when asked."""

    def __init__(self, option_strings: Sequence[str], dest: str = argparse.SUPPRESS) -> None:
        super().__init__(
            option_strings,
            dest=dest,
            default=argparse.SUPPRESS,
            nargs=0,
            help="show the package version and the schema versions it ships, then exit",
        )

    def __call__(
        self,
        parser: argparse.ArgumentParser,
        _namespace: argparse.Namespace,
        _values: object,
        _option_string: str | None = None,
    ) -> None:
        from inspection_schema import __version__
        from inspection_schema.spec.versions import supported_versions

        versions = ", ".join(supported_versions())
        print(f"{parser.prog} {__version__} (schema versions {versions})")
        parser.exit()


def add_version(parser: argparse.ArgumentParser) -> None:
    """Give the command ``--version``."""
    parser.add_argument("--version", action=_VersionAction)


_MEGABYTE = 1_048_576


def parse(parser: argparse.ArgumentParser, argv: Sequence[str] | None) -> argparse.Namespace | int:
    """The parsed arguments, or the exit status when argparse stopped (``--help``, usage)."""
    try:
        return parser.parse_args(argv)
    except SystemExit as stopped:
        return stopped.code if isinstance(stopped.code, int) else EXIT_UNUSABLE


def usage_error(prog: str, message: str) -> int:
    """Write ``<prog>: error: <message>`` and return the usage-error status."""
    print(f"{prog}: error: {one_line(message)}", file=sys.stderr)
    return EXIT_UNUSABLE


def problem_line(prog: str, where: object, problem: str) -> str:
    """One input's problem as one line, ``<prog>: <input>: <problem>``, names escaped."""
    place = shown_name(where) if isinstance(where, str | os.PathLike) else one_line(str(where))
    return f"{prog}: {place}: {' '.join(one_line(problem).split())}"


def complain(prog: str, where: object, problem: str) -> None:
    """Write one input's problem on one line on standard error (:func:`problem_line`)."""
    print(problem_line(prog, where, problem), file=sys.stderr)


def megabytes(text: str) -> float:
    """The ``--max-size`` value: a finite number of megabytes, at least one byte."""
    try:
        value = float(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r} is not a number of megabytes") from None
    if not math.isfinite(value) or value * _MEGABYTE < 1:
        raise argparse.ArgumentTypeError(
            f"{text!r} is not a size: give a positive number of megabytes, such as 16 or 0.5"
        )
    return value


def add_max_size(parser: argparse.ArgumentParser, default_bytes: int, unit: str) -> None:
    """Add ``--max-size MB``: the largest ``unit`` read, enforced while reading."""
    parser.add_argument(
        "--max-size",
        type=megabytes,
        default=default_bytes / _MEGABYTE,
        metavar="MB",
        help=f"largest {unit} to read, in megabytes (default: %(default)g); "
        "reading stops there, whatever the file is",
    )


def max_bytes(size_in_megabytes: float) -> int:
    """``--max-size`` in bytes (a limit beyond what memory can address is no limit)."""
    return min(max(1, int(size_in_megabytes * _MEGABYTE)), sys.maxsize - 1)


def run_command(prog: str, work: Callable[[], int]) -> int:
    """Run a command's work; a closed output or an operating-system error ends it in one line.

    Output cut off by its reader stops the command at once, without a message (the reader
    chose to stop reading); any other operating-system error is written as
    ``<prog>: error: <reason>``. Both return exit status 2.
    """
    try:
        return work()
    except BrokenPipeError:
        _discard_standard_output()
        return EXIT_UNUSABLE
    except OSError as error:
        where = f" ({shown_name(error.filename)})" if isinstance(error.filename, str) else ""
        with contextlib.suppress(OSError):  # if standard error is gone too, the status is left
            usage_error(prog, f"{error.strerror or error}{where}")
        return EXIT_UNUSABLE


def run_main(
    prog: str,
    parser: argparse.ArgumentParser,
    argv: Sequence[str] | None,
    run: Callable[[argparse.Namespace], int],
) -> int:
    """Parse ``argv`` and ``run`` the command on its arguments; return the exit status.

    A usage error or ``--help`` returns argparse's status; the run goes through
    :func:`run_command`. Ctrl-C ends it with ``<prog>: stopped (Ctrl-C)`` and status 130,
    a worker process lost under ``--jobs`` with its one line and status 2.
    """
    args = parse(parser, argv)
    if isinstance(args, int):
        return args
    try:
        return run_command(prog, lambda: run(args))
    except KeyboardInterrupt:
        with contextlib.suppress(OSError, ValueError):  # what was written goes out first
            sys.stdout.flush()
        print(f"{prog}: stopped (Ctrl-C)", file=sys.stderr)
        return EXIT_INTERRUPTED
    except WorkerLost as error:
        print(f"{prog}: {error}", file=sys.stderr)
        return EXIT_UNUSABLE


def _discard_standard_output() -> None:
    """Point standard output at the null device, so that flushing it at exit cannot fail."""
    try:
        descriptor = sys.stdout.fileno()
    except (AttributeError, OSError, ValueError):
        return  # not a real file (output captured in-process): nothing is flushed at exit
    null = os.open(os.devnull, os.O_WRONLY)
    os.dup2(null, descriptor)
    os.close(null)
