"""``inspection-conformance``: run the conformance suite against an implementation.

Exit status: 0 when every case agreed, 1 when any disagreed, 2 when the suite could not be
used in full (a case file unusable, or a command that cannot run or report), 130 when
stopped by Ctrl-C. Also ``python -m inspection_schema.conformance``.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence
from pathlib import Path

from inspection_schema.cli.common import HelpFormatter, add_version, run_main, usage_error

PROG = "inspection-conformance"

_EPILOG = """\
examples:
  inspection-conformance                     this package's tools, every case of every version
  inspection-conformance --command "my-validator --format json {file}"
  inspection-conformance --extract-command "my-extractor {input}"
  inspection-conformance --schema-version 1.0 --engine reference -v

--command runs the validation cases: {file} stands for a batch of instance files,
{version} for their schema version (without {version}, --schema-version VERSION goes
before the files); it must print a findings report
(schemas/findings-report-1.1.schema.json) under its own tool name. --extract-command
runs the extraction cases: {input} stands for a report's PDF or text, {version} for the
case file's schema version (without {version}, --schema-version VERSION goes before the
input); it must print the instance as JSON. Given only one of them, only that kind of
case runs; given neither, both run with this package's tools.

exit status: 0 every case agreed; 1 a case disagreed; 2 a case file or the command could
not be used; 130 stopped by Ctrl-C.
"""


def build_parser() -> argparse.ArgumentParser:
    """The command's arguments."""
    parser = argparse.ArgumentParser(
        prog=PROG,
        description="Run the inspection-schema conformance suite's cases against a validator "
        "or extractor command, case by case.",
        epilog=_EPILOG,
        formatter_class=HelpFormatter,
    )
    parser.add_argument(
        "--suite", type=Path, help="the suite's folder (default: the suite this package ships)"
    )
    parser.add_argument(
        "--schema-version",
        action="append",
        metavar="VERSION",
        help="run this version's cases (repeatable; default: every version of the suite)",
    )
    parser.add_argument("--command", help="the validator command (see below)")
    parser.add_argument("--extract-command", help="the extractor command (see below)")
    parser.add_argument(
        "--engine",
        choices=("fast", "reference"),
        help="pass --engine to the validator command (this package's by default)",
    )
    parser.add_argument(
        "--timeout",
        type=float,
        default=600.0,
        metavar="SECONDS",
        help="longest one run of a command may take (default: %(default)g)",
    )
    parser.add_argument(
        "-v", "--verbose", action="store_true", help="list every case, passed or failed"
    )
    add_version(parser)
    return parser


def _run(args: argparse.Namespace) -> int:
    from inspection_schema.conformance import (
        DEFAULT_COMMAND,
        DEFAULT_EXTRACT_COMMAND,
        RunnerError,
        SuiteResult,
        default_suite,
        run,
        run_extraction,
        suite_versions,
    )

    if not args.timeout > 0:
        return usage_error(PROG, "--timeout must be a positive number of seconds")
    suite = args.suite or default_suite()
    versions = args.schema_version or suite_versions(suite)
    if not versions:
        return usage_error(PROG, f"{suite} holds no schema version's cases")
    validate = args.command is not None or args.extract_command is None
    extract = args.extract_command is not None or args.command is None
    result = SuiteResult()
    try:
        for version in versions:
            if validate:
                command = args.command or DEFAULT_COMMAND
                result.add(run(suite, version, command, args.engine, timeout=args.timeout))
            if extract:
                command = args.extract_command or DEFAULT_EXTRACT_COMMAND
                result.add(run_extraction(suite, version, command, timeout=args.timeout))
    except RunnerError as error:
        print(f"{PROG}: {error}", file=sys.stderr)
        return 2
    for text in result.unusable:
        print(f"{PROG}: cannot use {text}", file=sys.stderr)
    for case in result.cases:
        if not case.passed:
            print(f"FAIL {case.kind} {case.describe()}")
        elif args.verbose:
            print(f"pass {case.kind} {case.file}: {case.description}")
    print(result.closing_line())
    return result.exit_status


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command; return its exit status."""
    return run_main(PROG, build_parser(), argv, _run)


if __name__ == "__main__":
    sys.exit(main())
