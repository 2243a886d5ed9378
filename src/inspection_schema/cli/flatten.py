"""``flatten-report``: canonical instances as linked tables, a workbook or a folder of CSV files.

Exit status: 0 when every document was written; 1 with ``--validate`` when a document is
invalid (its findings are in the "validation" sheet); 2 when an input could not be read or
a document could not be written as tables (one line each on standard error, the others are
still written), on a usage error (an output that would overwrite an input among them), or
when the output could not be written; 130 when stopped by Ctrl-C. Inputs are read as
validate-report reads them, within the same ``--max-size``. ``extract-report --format
csv|xlsx`` writes its instances through :func:`write_extracted`, under the same rules.
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
    add_max_size,
    add_version,
    complain,
    max_bytes,
    run_main,
    usage_error,
)
from inspection_schema.spec.versions import UnknownSchemaVersion, check_version, supported_versions
from inspection_schema.validate.inputs.json_documents import DEFAULT_MAX_BYTES

if TYPE_CHECKING:
    from inspection_schema.cli.outputs import Input
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
--format says it. Every workbook has a "fields" sheet describing each column. Inputs are
read as validate-report reads them: a document over --max-size is refused, and so is an
output that would overwrite an input.

exit status: 0 all written; 1 with --validate, a document is invalid; 2 an input could not
be read or written as tables, a usage error, or output that could not be written;
130 stopped by Ctrl-C.
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
    add_max_size(parser, DEFAULT_MAX_BYTES, "document (each line of JSON Lines)")
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
    for loaded in load_inputs(args.inputs, max_bytes=max_bytes(args.max_size)):
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
    inputs = [Path(name) for name in args.inputs if name != "-"]
    problem = overwritten_input(
        args.output, chosen, args.schema_version, inputs, validation=args.validate
    )
    return chosen if problem is None else usage_error(PROG, problem)


def overwritten_input(
    output: str,
    chosen: TableFormat,
    version: str | None,
    inputs: Iterable[Path],
    *,
    validation: bool = False,
) -> str | None:
    """The usage error of tables in ``output`` that would overwrite an input, or ``None``:
    the workbook, the folder of CSV tables itself, or any of its files is an input."""
    from inspection_schema.cli import outputs
    from inspection_schema.tables.output import output_files

    target = Path(output)
    written = output_files(target, chosen, version=version, validation=validation)
    return outputs.overwritten_input(dict.fromkeys([target, *written]), inputs)


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command; return its exit status."""
    return run_main(PROG, build_parser(), argv, _run)


def _run(args: argparse.Namespace) -> int:
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
    prog: str,
    args: argparse.Namespace,
    version: str | None,
    inputs: Sequence[Input],
    results: Iterable[Extracted],
) -> int:
    """``extract-report --format csv|xlsx``: write the extracted instances (of ``version``,
    in that version's layout) as tables in ``-o``; returns the exit status (0, or 2 if any
    input was not written). ``results`` is drawn from only once ``-o`` is known to be usable
    and to overwrite none of the ``inputs``."""
    if not args.output:
        return usage_error(prog, f"--format {args.format} writes files: give -o")
    if args.jsonl:
        return usage_error(prog, f"--jsonl cannot be combined with --format {args.format}")
    files = [item.path for item in inputs if not item.is_stdin]
    problem = overwritten_input(args.output, args.format, version, files)
    if problem is not None:
        return usage_error(prog, problem)
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
