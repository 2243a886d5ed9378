"""``python -m inspection_schema.conformance``: run the conformance suite against a validator.

Exit status: 0 when every case agreed, 1 when any disagreed, 2 when the suite could not be
used in full (see :mod:`inspection_schema.conformance.runner`).
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence
from pathlib import Path

from inspection_schema.cli.common import parse
from inspection_schema.conformance.runner import (
    DEFAULT_COMMAND,
    EXIT_AGREEMENT,
    EXIT_DISAGREEMENT,
    EXIT_UNUSABLE,
    RunnerError,
    run,
)

PROG = "python -m inspection_schema.conformance"


def build_parser() -> argparse.ArgumentParser:
    """The command's arguments."""
    parser = argparse.ArgumentParser(
        prog=PROG,
        description="Run the conformance suite's validation cases against a validator command.",
    )
    parser.add_argument("--suite", type=Path, default=Path("conformance"), help="the suite folder")
    parser.add_argument("--version", default="1.0", help="schema version whose cases to run")
    parser.add_argument(
        "--command",
        default=None,
        help="validator command; {file} stands for the instance files, {version} for the "
        "schema version (default: this package's validate-report)",
    )
    parser.add_argument(
        "--engine", choices=("fast", "reference"), help="pass --engine to validate-report"
    )
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command; return its exit status."""
    args = parse(build_parser(), argv)
    if isinstance(args, int):
        return args
    try:
        result = run(args.suite, args.version, args.command or DEFAULT_COMMAND, args.engine)
    except RunnerError as error:
        print(f"conformance: {error}", file=sys.stderr)
        return EXIT_UNUSABLE
    for text in result.unusable:
        print(f"conformance: cannot use {text}", file=sys.stderr)
    for text in result.disagreements:
        print(text)
    closing = f"{result.passed} passed, {len(result.disagreements)} failed"
    if result.unusable:
        closing += f", {len(result.unusable)} case file(s) unusable"
    print(closing)
    if result.unusable:
        return EXIT_UNUSABLE
    return EXIT_DISAGREEMENT if result.disagreements else EXIT_AGREEMENT


if __name__ == "__main__":
    sys.exit(main())
