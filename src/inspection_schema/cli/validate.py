"""``validate-report``: check inspection report documents against the schema and the rules."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence

from inspection_schema import __version__
from inspection_schema.inputs import DEFAULT_MAX_BYTES, Loaded, load_inputs
from inspection_schema.reporters import REPORTERS, Result, Summary
from inspection_schema.schema_engines import ENGINES
from inspection_schema.spec.versions import UnknownSchemaVersion, check_version, supported_versions
from inspection_schema.validation import is_valid, select_version, validate

EXIT_VALID, EXIT_INVALID, EXIT_UNREADABLE = 0, 1, 2

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
    parser = argparse.ArgumentParser(
        prog="validate-report",
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


def check(loaded: Loaded, args: argparse.Namespace) -> Result:
    """Validate one loaded input into a result."""
    if loaded.problem is not None:
        return Result(
            loaded.source,
            loaded.line,
            "unreadable",
            problem_code=loaded.problem.code,
            problem_message=loaded.problem.message,
        )
    try:
        version = select_version(loaded.document, args.schema_version)
    except UnknownSchemaVersion as error:
        message = f"declares {error}"
        return Result(
            loaded.source,
            loaded.line,
            "unreadable",
            problem_code="input-unknown-version",
            problem_message=message,
        )
    findings = validate(loaded.document, version, args.engine)
    status = (
        "valid" if is_valid(findings, warnings_as_errors=args.warnings_as_errors) else "invalid"
    )
    return Result(loaded.source, loaded.line, status, version, findings)


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    if args.schema_version is not None:
        try:
            check_version(args.schema_version)
        except UnknownSchemaVersion as error:
            parser.exit(EXIT_UNREADABLE, f"validate-report: error: --schema-version: {error}\n")
    if args.max_size <= 0:
        parser.exit(EXIT_UNREADABLE, "validate-report: error: --max-size must be positive\n")
    reporter = REPORTERS[args.format](sys.stdout)
    summary = Summary()
    for loaded in load_inputs(args.paths, max_bytes=int(args.max_size * 1_048_576)):
        result = check(loaded, args)
        if result.status == "unreadable":
            sys.stderr.write(f"validate-report: {result.location}: {result.problem_message}\n")
        reporter.document(result)
        summary.add(result)
    reporter.finish(summary)
    if summary.unreadable:
        return EXIT_UNREADABLE
    return EXIT_INVALID if summary.invalid else EXIT_VALID


if __name__ == "__main__":
    sys.exit(main())
