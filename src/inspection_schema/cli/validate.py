"""``validate-report``: check inspection report documents against the schema and the rules."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence

from inspection_schema import __version__
from inspection_schema.cli.common import (
    EXIT_INVALID,
    EXIT_OK,
    EXIT_UNUSABLE,
    complain,
    parse,
    usage_error,
)
from inspection_schema.spec.versions import UnknownSchemaVersion, check_version, supported_versions
from inspection_schema.validate.checker import CheckOptions, check_inputs
from inspection_schema.validate.inputs import DEFAULT_MAX_BYTES
from inspection_schema.validate.reporters import REPORTERS, Summary
from inspection_schema.validate.schema_engines import ENGINES

PROG = "validate-report"

EPILOG = """\
examples:
  validate-report report.json                 one document
  validate-report out/ more.jsonl             a directory (searched recursively)
                                              and a JSON Lines file
  extract-report report.pdf | validate-report -
  validate-report --format json report.json   findings as JSON (schemas/findings-report.schema.json)
  validate-report --schema-version 1.0 report.json

exit codes:
  0  every document is valid (warnings allowed, unless --warnings-as-errors)
  1  at least one document is invalid
  2  usage error, or an input that could not be read (missing, not JSON, not an
     object, too large, unknown schema version); the other inputs are still checked
"""


def build_parser() -> argparse.ArgumentParser:
    """The command's arguments."""
    parser = argparse.ArgumentParser(
        prog=PROG,
        description="Validate Ofsted inspection report documents (JSON or JSON Lines) "
        "against the inspection-schema specification.",
        epilog=EPILOG,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument(
        "paths",
        nargs="+",
        metavar="PATH",
        help="a .json or .jsonl/.ndjson file, a directory, or - for standard input",
    )
    parser.add_argument(
        "--format", choices=sorted(REPORTERS), default="text", help="output format (default: text)"
    )
    parser.add_argument(
        "--schema-version",
        metavar="VERSION",
        help="validate against this schema version instead of the one each document declares",
    )
    parser.add_argument(
        "--warnings-as-errors", action="store_true", help="a document with warnings is invalid"
    )
    parser.add_argument(
        "--engine",
        choices=ENGINES,
        default="fast",
        help="schema engine: fast (default) or reference (the jsonschema package); "
        "both give the same findings",
    )
    parser.add_argument(
        "--max-size",
        type=float,
        default=DEFAULT_MAX_BYTES / 1_048_576,
        metavar="MB",
        help="largest document to read, in megabytes (default: %(default)g)",
    )
    parser.add_argument(
        "--version",
        action="version",
        version=f"%(prog)s {__version__} (schema versions {', '.join(supported_versions())})",
    )
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command; return its exit status."""
    args = parse(build_parser(), argv)
    if isinstance(args, int):
        return args
    if args.schema_version is not None:
        try:
            check_version(args.schema_version)
        except UnknownSchemaVersion as error:
            return usage_error(PROG, f"--schema-version: {error}")
    if args.max_size <= 0:
        return usage_error(PROG, "--max-size must be positive")
    options = CheckOptions(args.schema_version, args.engine, args.warnings_as_errors)
    reporter = REPORTERS[args.format](sys.stdout)
    summary = Summary()
    for result in check_inputs(args.paths, options, max_bytes=int(args.max_size * 1_048_576)):
        if result.problem is not None:
            complain(PROG, result.location, result.problem.message)
        reporter.document(result)
        summary.add(result)
    reporter.finish(summary)
    if summary.unreadable:
        return EXIT_UNUSABLE
    return EXIT_INVALID if summary.invalid else EXIT_OK


if __name__ == "__main__":
    sys.exit(main())
