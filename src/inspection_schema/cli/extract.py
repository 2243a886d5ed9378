"""``extract-report``: report PDFs and texts to canonical JSON instances.

Exit status: 0 when every input was extracted; 2 when any input was refused, unreadable or
failed, or on a usage error; 130 when stopped by Ctrl-C. Each failing input gets one line on
standard error, ``extract-report: <path>: <problem>``; the others are still extracted. Runs
of several inputs end with the count of each outcome. Where the instances go is decided by
``-o`` before any input is read (:mod:`inspection_schema.cli.outputs`).
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Iterator, Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from inspection_schema.cli.common import (
    EXIT_OK,
    EXIT_UNUSABLE,
    HelpFormatter,
    add_max_size,
    add_version,
    max_bytes,
    problem_line,
    run_main,
    usage_error,
)
from inspection_schema.cli.jobs import default_jobs, positive_jobs
from inspection_schema.extract.input_file import DEFAULT_MAX_BYTES
from inspection_schema.reading import is_folder
from inspection_schema.spec.versions import UnknownSchemaVersion, check_version, supported_versions

if TYPE_CHECKING:
    from inspection_schema.cli.outputs import Folder, Input, Stream
    from inspection_schema.cli.progress import Progress
    from inspection_schema.extract.batch import Extracted, Tally

PROG = "extract-report"

_EPILOG = """\
examples:
  extract-report report.pdf                  one instance, as JSON on standard output
  extract-report report.txt -o report.json   one instance, to a file (folders created)
  extract-report reports/ -o out/            one JSON file per input, in out/, at each
                                             input's path below reports/
  extract-report a/r.txt b/r.txt -o out/     out/a/r.json and out/b/r.json
  extract-report a.pdf b.pdf --jsonl         JSON Lines on standard output
                                             (several inputs without -o: always JSON Lines)
  extract-report reports/ -o all.jsonl       JSON Lines in one file
  cat report.txt | extract-report -          standard input
  extract-report report.pdf --schema-version 1.0   an instance of schema 1.0
  extract-report reports/ --format xlsx -o reports.xlsx   one workbook of every instance

-o OUT is a folder when it ends in / or names an existing folder, otherwise a file.
Several inputs into one .json file, --jsonl with a folder, and an output that would
overwrite an input are usage errors. Folders are searched recursively for *.pdf and
*.txt files. A text is UTF-8, or UTF-16 or UTF-32 with a byte-order mark.

exit status: 0 all extracted; 2 any input refused, unreadable or failed, a usage
error, or output that could not be written (a closed pipe stops the command quietly);
130 stopped by Ctrl-C.
"""


def build_parser() -> argparse.ArgumentParser:
    """The command's arguments."""
    parser = argparse.ArgumentParser(
        prog=PROG,
        description="Extract canonical inspection-schema instances from Ofsted children's "
        "home inspection reports (PDF or text).",
        epilog=_EPILOG,
        formatter_class=HelpFormatter,
    )
    parser.add_argument(
        "inputs",
        nargs="+",
        metavar="INPUT",
        help=".pdf or .txt files, folders, or - for standard input",
    )
    parser.add_argument(
        "-o",
        "--output",
        metavar="OUT",
        help="output file, or folder (ending in / or existing): see below",
    )
    parser.add_argument(
        "--jsonl", action="store_true", help="write JSON Lines, one instance per line"
    )
    add_max_size(parser, DEFAULT_MAX_BYTES, "input")
    parser.add_argument(
        "--jobs",
        type=positive_jobs,
        metavar="N",
        help="extract on N processes (default: every core for several inputs, 1 for one)",
    )
    parser.add_argument(
        "--schema-version",
        metavar="VERSION",
        help=f"write instances of this schema version (one of {', '.join(supported_versions())}), "
        "leaving out what it does not have; by default, the version the extractor writes",
    )
    parser.add_argument(
        "--format",
        choices=("json", "csv", "xlsx"),
        default="json",
        help="json (default); csv: a folder of CSV tables in -o; xlsx: a workbook in -o",
    )
    add_version(parser)
    return parser


def _extract_file(run: tuple[str | None, int], path: Path) -> Extracted:
    from inspection_schema.extract.batch import extract_one

    version, limit = run
    return extract_one(path, schema_version=version, max_bytes=limit)


def extract_all(
    inputs: list[Input], jobs: int, version: str | None, limit: int = DEFAULT_MAX_BYTES
) -> Iterator[Extracted]:
    """Each input's outcome as an instance of ``version``, in input order, reading at most
    ``limit`` bytes of each (standard input is read here, first)."""
    from inspection_schema.cli.jobs import ordered_map_with
    from inspection_schema.extract.batch import Extracted, extract_one
    from inspection_schema.extract.input_file import read_stream
    from inspection_schema.extract.refusals import ExtractionError

    stdin: bytes | ExtractionError | None = None
    if any(item.is_stdin for item in inputs):
        try:
            stdin = read_stream(sys.stdin.buffer, limit)
        except ExtractionError as error:
            stdin = error
    paths = (item.path for item in inputs if not item.is_stdin)
    files = ordered_map_with(_extract_file, (version, limit), paths, jobs)
    for item in inputs:
        if not item.is_stdin:
            yield next(files)
        elif isinstance(stdin, ExtractionError):
            yield Extracted(item.path, error=stdin)
        else:
            yield extract_one(item.path, stdin, schema_version=version)
    next(files, None)  # the pool's end: its shutdown waits for its threads, none left behind


def _run(args: argparse.Namespace) -> int:
    try:
        version = None if args.schema_version is None else check_version(args.schema_version)
    except UnknownSchemaVersion as error:
        return usage_error(PROG, f"--schema-version: {error}")
    from inspection_schema.cli.outputs import gather, plan
    from inspection_schema.cli.progress import Progress
    from inspection_schema.extract.batch import Tally

    inputs = gather(args.inputs)
    if not inputs:
        return usage_error(PROG, "no .pdf or .txt files found in the inputs given")
    jobs = args.jobs or default_jobs(len(inputs))
    extracted = extract_all(inputs, jobs, version, max_bytes(args.max_size))
    if args.format != "json":
        from inspection_schema.cli.flatten import write_extracted

        return write_extracted(PROG, args, version, inputs, extracted)
    several = len(inputs) > 1 or any(is_folder(name) for name in args.inputs)
    output = plan(args.output, inputs, jsonl=args.jsonl, several=several)
    if isinstance(output, str):
        return usage_error(PROG, output)
    tally = Tally()
    unwritten = 0
    with Progress(len(inputs), label=PROG, stream=sys.stderr) as progress:
        try:
            for item, result in zip(inputs, extracted, strict=True):
                unwritten += _report(result, item, output, tally, progress)
                progress.advance()
        finally:
            output.close()
    if len(inputs) > 1:
        print(tally, file=sys.stderr)
    return EXIT_OK if tally.all_extracted and not unwritten else EXIT_UNUSABLE


def _report(
    result: Extracted, item: Input, output: Folder | Stream, tally: Tally, progress: Progress
) -> int:
    """Count one outcome and write its instance or its problem; 1 if it could not be written."""
    tally.add(result)
    if result.error is not None:
        progress.message(problem_line(PROG, result.path, result.error.message))
        return 0
    assert result.instance is not None
    problem = output.write(item, result.instance)
    if problem is None:
        return 0
    progress.message(problem_line(PROG, result.path, problem))
    return 1


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command; return its exit status."""
    return run_main(PROG, build_parser(), argv, _run)


if __name__ == "__main__":
    sys.exit(main())
