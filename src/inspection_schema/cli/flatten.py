"""``flatten-report``: canonical instances as linked tables, a workbook or a folder of CSV files.

Exit status: 0 when every document was written; 1 with ``--validate`` when a document is
invalid (its findings are in the "validation" sheet); 2 when an input could not be read or
a document could not be written as tables (one line each on standard error, the others are
still written), or on a usage error. ``extract-report --format csv|xlsx`` writes its
instances through :func:`write_extracted`.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from inspection_schema.cli.common import (
    EXIT_INVALID,
    EXIT_OK,
    EXIT_UNUSABLE,
    HelpFormatter,
    add_version,
    complain,
    parse,
    usage_error,
)
from inspection_schema.spec.versions import UnknownSchemaVersion, check_version, supported_versions

if TYPE_CHECKING:
    from inspection_schema.extract.batch import Extracted
    from inspection_schema.tables.output import TableFormat, TablesOutput

PROG = "flatten-report"

_EPILOG = """\
examples:
  flatten-report out/ -o reports.xlsx          every JSON instance in out/, as one workbook
  flatten-report batch.jsonl -o tables/        a folder of CSV files, one per table
  flatten-report out/ --validate -o checked.xlsx   with a "validation" sheet of findings
  flatten-report --template -o template.xlsx   every sheet and column, no rows, to fill in
  flatten-report team/ -o team.xlsx            CSV tables into a workbook (and back)

The format is told from -o (.xlsx: a workbook; otherwise a folder of CSV files) unless
--format says it. Every workbook has a "fields" sheet describing each column.
exit status: 0 all written; 1 with --validate, a document is invalid; 2 an input could not
be read or written as tables, or a usage error.
"""


def build_parser() -> argparse.ArgumentParser:
    """The command's arguments."""
    parser = argparse.ArgumentParser(
        prog=PROG,
        description="Write inspection-schema instances (JSON, JSON Lines, folders, or "
        "spreadsheets in this layout) as linked tables: one XLSX workbook with a sheet per "
        "table, or a folder of CSV files.",
        epilog=_EPILOG,
        formatter_class=HelpFormatter,
    )
    parser.add_argument(
        "inputs", nargs="*", metavar="INPUT", help="JSON or JSON Lines files, folders, or -"
    )
    parser.add_argument("-o", "--output", metavar="OUT", required=True, help="workbook or folder")
    parser.add_argument("--format", choices=("xlsx", "csv"), help="default: told from -o")
    parser.add_argument(
        "--schema-version",
        metavar="VERSION",
        help=f"the layout of this schema version (default: the newest, {supported_versions()[-1]})",
    )
    parser.add_argument(
        "--validate", action="store_true", help="validate each document; add a validation sheet"
    )
    parser.add_argument(
        "--template", action="store_true", help="write every table and column, with no rows"
    )
    add_version(parser)
    return parser


def table_format(output: str, given: str | None) -> TableFormat | None:
    """The format to write: ``--format``, else told from ``-o``; ``None`` if it cannot be told."""
    if given == "xlsx" or (given is None and Path(output).suffix.lower() == ".xlsx"):
        return "xlsx"
    path = Path(output)
    if given == "csv" or not path.suffix or output.endswith(("/", "\\")) or path.is_dir():
        return "csv"
    return None


def open_output(
    prog: str, output: str, chosen: TableFormat, version: str | None, *, validation: bool = False
) -> TablesOutput | int:
    """The tables output, or the exit status of a usage error."""
    from inspection_schema.tables.output import TablesOutput, TablesWriteError

    path = Path(output)
    if chosen == "csv" and path.exists() and not path.is_dir():
        return usage_error(prog, f"-o {output}: is a file, but CSV tables are a folder")
    try:
        return TablesOutput(path, chosen, version=version, validation=validation)
    except TablesWriteError as error:
        return usage_error(prog, str(error))


@dataclass
class _Counts:
    written: int = 0
    refused: int = 0
    unreadable: int = 0
    invalid: int = 0

    def line(self) -> str:
        return f"wrote {self.written}, refused {self.refused}, unreadable {self.unreadable}" + (
            f", invalid {self.invalid}" if self.invalid else ""
        )


def write_document(
    prog: str, output: TablesOutput, where: object, document: Mapping[str, Any], counts: _Counts
) -> bool:
    """Write one document; a document that does not fit is one line on standard error."""
    from inspection_schema.tables.flatten import FlattenError
    from inspection_schema.tables.output import TablesWriteError

    try:
        output.add(document)
    except (FlattenError, TablesWriteError) as error:
        complain(prog, where, f"cannot be written as tables: {error}")
        counts.refused += 1
        return False
    counts.written += 1
    return True


def _validate_into(output: TablesOutput, document: Mapping[str, Any], counts: _Counts) -> None:
    from inspection_schema.validate.checker import check_document

    result = check_document(document)
    if result.status != "valid":
        counts.invalid += 1
    rows = [[f.code, f.severity, f.path, f.message] for f in result.findings]
    if result.problem is not None:
        rows.append([result.problem.code, "error", "", result.problem.message])
    output.add_findings(document, rows)


def _close(prog: str, output: TablesOutput) -> bool:
    from inspection_schema.tables.output import TablesWriteError

    try:
        output.close()
    except TablesWriteError as error:
        complain(prog, "output", str(error))
        return False
    return True


def _flatten_inputs(args: argparse.Namespace, output: TablesOutput) -> _Counts:
    from inspection_schema.validate.inputs import load_inputs

    counts = _Counts()
    for loaded in load_inputs(args.inputs):
        if loaded.problem is not None:
            complain(PROG, loaded.location, loaded.problem.message)
            counts.unreadable += 1
        elif write_document(PROG, output, loaded.location, loaded.document, counts) and (
            args.validate
        ):
            _validate_into(output, loaded.document, counts)
    return counts


def _checked(args: argparse.Namespace) -> TableFormat | int:
    if args.schema_version is not None:
        try:
            check_version(args.schema_version)
        except UnknownSchemaVersion as error:
            return usage_error(PROG, f"--schema-version: {error}")
    if args.template and args.inputs:
        return usage_error(PROG, "--template writes an empty layout: give no inputs")
    if not args.template and not args.inputs:
        return usage_error(PROG, "give the documents to write, or --template")
    chosen = table_format(args.output, args.format)
    if chosen is None:
        return usage_error(
            PROG, f"-o {args.output}: give --format xlsx or csv (a workbook ends in .xlsx)"
        )
    output = Path(args.output).resolve()
    if any(Path(name).resolve() == output for name in args.inputs if name != "-"):
        return usage_error(PROG, f"-o {args.output}: would overwrite an input")
    return chosen


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command; return its exit status."""
    args = parse(build_parser(), argv)
    if isinstance(args, int):
        return args
    chosen = _checked(args)
    if isinstance(chosen, int):
        return chosen
    output = open_output(PROG, args.output, chosen, args.schema_version, validation=args.validate)
    if isinstance(output, int):
        return output
    counts = _Counts()
    try:
        if not args.template:
            counts = _flatten_inputs(args, output)
    finally:
        closed = _close(PROG, output)
    if not args.template and (counts.written + counts.refused + counts.unreadable) != 1:
        print(f"{PROG}: {counts.line()}", file=sys.stderr)
    if not closed or counts.refused or counts.unreadable:
        return EXIT_UNUSABLE
    return EXIT_INVALID if counts.invalid else EXIT_OK


def write_extracted(
    prog: str, args: argparse.Namespace, version: str | None, results: Iterable[Extracted]
) -> int:
    """``extract-report --format csv|xlsx``: write the extracted instances (of ``version``,
    in that version's layout) as tables in ``-o``; returns the exit status (0, or 2 if any
    input was not written). ``results`` is drawn from only once ``-o`` is known to be usable."""
    if not args.output:
        return usage_error(prog, f"--format {args.format} writes files: give -o")
    if args.jsonl:
        return usage_error(prog, f"--jsonl cannot be combined with --format {args.format}")
    output = open_output(prog, args.output, args.format, version)
    if isinstance(output, int):
        return output
    from inspection_schema.extract.batch import Tally

    tally, counts = Tally(), _Counts()
    try:
        for result in results:
            tally.add(result)
            if result.error is not None:
                complain(prog, result.path, result.error.message)
            elif result.instance is not None:
                write_document(prog, output, result.path, result.instance, counts)
    finally:
        closed = _close(prog, output)
    total = tally.extracted + tally.refused + tally.unreadable + tally.failed
    if total > 1:
        print(tally, file=sys.stderr)
    return EXIT_OK if closed and tally.all_extracted and not counts.refused else EXIT_UNUSABLE


if __name__ == "__main__":
    sys.exit(main())
