"""What every command shares: exit codes, parsing without exiting, one-line messages.

Every command has ``build_parser()`` and ``main(argv) -> int``; ``main`` returns the exit
status (it does not exit, so it can be called in-process), writes each problem with an
input as one line ``<prog>: <input>: <problem>`` on standard error, and a usage error as
``<prog>: error: <message>`` with exit status 2.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence

EXIT_OK = 0
"""Everything succeeded (every document valid, every input extracted)."""
EXIT_INVALID = 1
"""At least one document is invalid."""
EXIT_UNUSABLE = 2
"""A usage error, or an input that could not be read or was refused."""


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
