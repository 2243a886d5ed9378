"""``extract-report``: report PDFs and texts to canonical JSON instances.

Exit status: 0 when every input was extracted; 2 when any input was refused, unreadable or
failed, or on a usage error. Each failing input gets one line on standard error,
``extract-report: <path>: <problem>``; the others are still extracted. Runs of several
inputs end with the count of each outcome.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import Any, TextIO

from inspection_schema.cli.common import EXIT_OK, EXIT_UNUSABLE, complain, parse, usage_error

PROG = "extract-report"

_EPILOG = """\
examples:
  extract-report report.pdf                  one instance, as JSON on standard output
  extract-report report.txt -o report.json   one instance, to a file
  extract-report reports/ -o out/            one JSON file per input, in out/
  extract-report a.pdf b.pdf --jsonl         JSON Lines on standard output
                                             (several inputs without -o: always JSON Lines)
  extract-report reports/ --jsonl -o all.jsonl

Folders are searched recursively for *.pdf and *.txt files.
exit status: 0 all extracted; 2 any input refused, unreadable or failed, or a usage error.
"""


def build_parser() -> argparse.ArgumentParser:
    """The command's arguments."""
    parser = argparse.ArgumentParser(
        prog=PROG,
        description="Extract canonical inspection-schema instances from Ofsted children's "
        "home inspection reports (PDF or text).",
        epilog=_EPILOG,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument("inputs", nargs="+", metavar="INPUT", help=".pdf or .txt files, or folders")
    parser.add_argument(
        "-o",
        "--output",
        metavar="OUT",
        help="output file (one input, or with --jsonl) or folder (several inputs)",
    )
    parser.add_argument(
        "--jsonl", action="store_true", help="write JSON Lines, one instance per line"
    )
    return parser


def _dump(instance: dict[str, Any], *, lines: bool) -> str:
    if lines:
        return json.dumps(instance, ensure_ascii=False, separators=(",", ":"))
    return json.dumps(instance, indent=2, ensure_ascii=False)


def _progress(paths: list[Path]) -> Iterable[Path]:
    if len(paths) > 1 and sys.stderr.isatty():
        from tqdm import tqdm

        return tqdm(paths, desc=PROG, unit="file", file=sys.stderr, leave=False)
    return paths


class _Folder:
    """Writes each instance to its own file in a folder (a repeated name keeps its suffix)."""

    def __init__(self, folder: Path) -> None:
        self.folder = folder
        self.used: set[str] = set()

    def write(self, path: Path, instance: dict[str, Any]) -> None:
        name = f"{path.stem}.json" if path.stem not in self.used else f"{path.name}.json"
        self.used.add(path.stem)
        (self.folder / name).write_text(_dump(instance, lines=False) + "\n", encoding="utf-8")


class _Stream:
    """Writes instances to one stream: one JSON document, or JSON Lines."""

    def __init__(self, stream: TextIO, *, lines: bool) -> None:
        self.stream = stream
        self.lines = lines

    def write(self, _path: Path, instance: dict[str, Any]) -> None:
        self.stream.write(_dump(instance, lines=self.lines) + "\n")
        self.stream.flush()


def _open_output(args: argparse.Namespace, *, several: bool) -> _Folder | _Stream | str:
    """Where instances go, or the problem that prevents writing there."""
    lines = args.jsonl or several
    if not args.output:
        return _Stream(sys.stdout, lines=lines)
    target = Path(args.output)
    if several and not args.jsonl and target.suffix.lower() != ".jsonl":
        try:
            target.mkdir(parents=True, exist_ok=True)
        except OSError as error:
            return f"{target}: cannot create the folder ({error.strerror})"
        return _Folder(target)
    try:
        return _Stream(target.open("w", encoding="utf-8"), lines=lines)
    except OSError as error:
        return f"{target}: cannot be written ({error.strerror})"


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command; return its exit status."""
    args = parse(build_parser(), argv)
    if isinstance(args, int):
        return args
    from inspection_schema.extract.batch import Tally, expand_inputs, extract_each

    paths = expand_inputs(args.inputs)
    if not paths:
        return usage_error(PROG, "no .pdf or .txt files found in the inputs given")
    several = len(paths) > 1 or any(Path(name).is_dir() for name in args.inputs)
    output = _open_output(args, several=several)
    if isinstance(output, str):
        return usage_error(PROG, output)
    tally = Tally()
    try:
        for result in extract_each(_progress(paths)):
            tally.add(result)
            if result.error is not None:
                complain(PROG, result.path, result.error.message)
            elif result.instance is not None:
                output.write(result.path, result.instance)
    finally:
        if isinstance(output, _Stream) and output.stream is not sys.stdout:
            output.stream.close()
    if len(paths) > 1:
        print(tally, file=sys.stderr)
    return EXIT_OK if tally.all_extracted else EXIT_UNUSABLE


if __name__ == "__main__":
    sys.exit(main())
