"""``validate-report``: check inspection report documents against the schema and the rules.

Only what a run needs is imported: one file checked by one process loads neither the
process pool nor the reference engine. Each document is rendered in the report's format
where it is checked, so with ``--jobs`` the workers render too, and this process only
writes what they send back, in input order.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Iterator, Sequence
from typing import TYPE_CHECKING

from inspection_schema.cli.common import (
    EXIT_INVALID,
    EXIT_OK,
    EXIT_UNUSABLE,
    HelpFormatter,
    add_max_size,
    add_version,
    complain,
    max_bytes,
    run_main,
    usage_error,
)
from inspection_schema.cli.jobs import default_jobs, ordered_map_with, positive_jobs
from inspection_schema.reading import is_folder
from inspection_schema.spec.versions import UnknownSchemaVersion, check_version
from inspection_schema.validate.checker import CheckOptions, unit_results
from inspection_schema.validate.inputs import (
    DEFAULT_MAX_BYTES,
    STDIN,
    Spreadsheet,
    Unit,
    input_units,
)
from inspection_schema.validate.reporters import REPORTERS, Rendered, Summary, rendered
from inspection_schema.validate.schema_engines import ENGINES

if TYPE_CHECKING:
    from inspection_schema.outcomes import OutcomeIndex

PROG = "validate-report"

EPILOG = """\
examples:
  validate-report report.json                 one document
  validate-report out/ more.jsonl             a directory (searched recursively)
                                              and a JSON Lines file
  extract-report report.pdf | validate-report -
  validate-report --format json report.json   findings as JSON
                                              (schemas/findings-report-1.1.schema.json)
  validate-report team.xlsx tables/           a workbook and a folder of CSV tables
                                              (the layout flatten-report writes)
  validate-report --format csv out/ > findings.csv
  validate-report --schema-version 1.0 report.json
  validate-report --outcomes data/ofsted-outcomes out/
                                              also hold each document against Ofsted's
                                              published outcomes (files or folders)

exit codes:
  0    every document is valid (warnings allowed, unless --warnings-as-errors)
  1    at least one document is invalid
  2    usage error, or an input that could not be read (missing, not JSON, not an
       object, too large, unknown schema version); the other inputs are still checked.
       An --outcomes file that cannot be read is a usage error: no document is checked.
       Also when the output could not be written (a closed pipe stops it quietly).
  130  stopped by Ctrl-C
"""


def build_parser() -> argparse.ArgumentParser:
    """The command's arguments."""
    parser = argparse.ArgumentParser(
        prog=PROG,
        description="Validate Ofsted inspection report documents (JSON or JSON Lines) "
        "against the inspection-schema specification.",
        epilog=EPILOG,
        formatter_class=HelpFormatter,
    )
    parser.add_argument(
        "paths",
        nargs="+",
        metavar="PATH",
        help=(
            "a .json or .jsonl/.ndjson file, a workbook (.xlsx, .ods), a folder (of JSON files, "
            "or of CSV tables with reports.csv), or - for standard input"
        ),
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
    add_max_size(parser, DEFAULT_MAX_BYTES, "document (each line of JSON Lines)")
    parser.add_argument(
        "--jobs",
        type=positive_jobs,
        metavar="N",
        help="check on N processes (default: every core for several paths or a directory, "
        "1 for one file); the report is the same, in input order",
    )
    parser.add_argument(
        "--outcomes",
        action="append",
        metavar="FILE_OR_DIR",
        help="Ofsted's outcome data (CSV, .csv.gz, ODS or XLSX files, or folders of them) to "
        "cross-check each document against; repeatable, read once before checking",
    )
    add_version(parser)
    return parser


Run = tuple[CheckOptions, int, str]
"""What every unit is checked with: the options, the size limit and the report's format."""


def _stream(run: Run, unit: Unit) -> Iterator[Rendered]:
    """Each document of a unit, checked and rendered as it is asked for (by a reporter of
    the run's format that writes nothing itself)."""
    options, limit, report_format = run
    renderer = REPORTERS[report_format]()
    for result in unit_results(unit, options, max_bytes=limit):
        yield rendered(renderer, result)


def _check(run: Run, unit: Unit) -> list[Rendered]:
    """Every document of a unit, checked and rendered (what a worker sends back)."""
    return list(_stream(run, unit))


def _stays_here(unit: Unit) -> bool:
    """Whether a unit is checked in this process: a spreadsheet's documents are built and
    checked one at a time, and their results reported as they come, never held together."""
    return isinstance(unit, Spreadsheet)


def _results(args: argparse.Namespace, options: CheckOptions) -> Iterator[Rendered]:
    """Every document, checked and rendered, in input order, on ``--jobs`` processes.

    The options (with Ofsted's outcome record, read once here) reach each worker once,
    when it starts; the tasks carry only their units of the inputs.
    """
    limit = max_bytes(args.max_size)
    one_file = len(args.paths) == 1 and (args.paths[0] == STDIN or not is_folder(args.paths[0]))
    jobs = args.jobs or default_jobs(1 if one_file else 2)
    units = input_units(args.paths, max_bytes=limit)
    run = (options, limit, args.format)
    for results in ordered_map_with(_check, run, units, jobs, here=(_stays_here, _stream)):
        yield from results


def _read_outcomes(paths: list[str]) -> OutcomeIndex | int:
    """The --outcomes files read once (noting what they do not let be read), or exit status 2."""
    from inspection_schema.outcomes import OutcomeFileError, load_outcomes  # only when asked

    try:
        outcomes = load_outcomes(*paths)
    except OutcomeFileError as error:
        return usage_error(PROG, f"--outcomes: {error}")
    for notice in outcomes.notices():
        print(f"{PROG}: note: {notice}", file=sys.stderr)
    return outcomes


def _run(args: argparse.Namespace) -> int:
    if args.schema_version is not None:
        try:
            check_version(args.schema_version)
        except UnknownSchemaVersion as error:
            return usage_error(PROG, f"--schema-version: {error}")
    outcomes = _read_outcomes(args.outcomes) if args.outcomes else None
    if isinstance(outcomes, int):
        return outcomes
    options = CheckOptions(args.schema_version, args.engine, args.warnings_as_errors, outcomes)
    return _report(args, options)


def _report(args: argparse.Namespace, options: CheckOptions) -> int:
    reporter = REPORTERS[args.format](sys.stdout)
    summary = Summary()
    for document in _results(args, options):
        if document.problem is not None:
            complain(PROG, document.location, document.problem)
        reporter.write(document.text)
        summary.count(document.status, document.errors, document.warnings)
    reporter.finish(summary)
    if summary.unreadable:
        return EXIT_UNUSABLE
    return EXIT_INVALID if summary.invalid else EXIT_OK


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command; return its exit status."""
    return run_main(PROG, build_parser(), argv, _run)


if __name__ == "__main__":
    sys.exit(main())
