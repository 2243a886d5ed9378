"""What every command shares: exit codes, parsing without exiting, one-line messages.

Every command has ``build_parser()`` and ``main(argv) -> int``; ``main`` returns the exit
status (it does not exit, so it can be called in-process), writes each problem with an
input as one line ``<prog>: <input>: <problem>`` on standard error, and a usage error as
``<prog>: error: <message>`` with exit status 2. Every command has ``--version``
(:func:`add_version`), and Ctrl-C ends it with status 130 and no traceback.
"""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Sequence

EXIT_OK = 0
"""Everything succeeded (every document valid, every input extracted)."""
EXIT_INVALID = 1
"""At least one document is invalid."""
EXIT_UNUSABLE = 2
"""A usage error, or an input that could not be read or was refused."""
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


def parse(parser: argparse.ArgumentParser, argv: Sequence[str] | None) -> argparse.Namespace | int:
    """The parsed arguments, or the exit status when argparse stopped (``--help``, usage)."""
    try:
        return parser.parse_args(argv)
    except SystemExit as stopped:
        return stopped.code if isinstance(stopped.code, int) else EXIT_UNUSABLE


def usage_error(prog: str, message: str) -> int:
    """Write ``<prog>: error: <message>`` and return the usage-error status."""
    print(f"{prog}: error: {message}", file=sys.stderr)
    return EXIT_UNUSABLE


def complain(prog: str, where: object, problem: str) -> None:
    """Write one input's problem on one line: ``<prog>: <input>: <problem>``."""
    print(f"{prog}: {where}: {' '.join(problem.split())}", file=sys.stderr)
