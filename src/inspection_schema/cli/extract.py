"""``extract-report``: report PDFs and texts to canonical JSON instances.

Exit status: 0 when every input was extracted; 2 when any input was refused or
could not be read, or on a usage error. Each failing input gets one line on
standard error, ``extract-report: <path>: <problem>``; the others are still
extracted.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Iterator, Sequence
from pathlib import Path
from typing import Any, TextIO

PROG = "extract-report"
_SUFFIXES = (".pdf", ".txt")

_EPILOG = """\
examples:
  extract-report report.pdf                  one instance, as JSON on standard output
  extract-report report.txt -o report.json   one instance, to a file
  extract-report reports/ -o out/            one JSON file per input, in out/
  extract-report a.pdf b.pdf --jsonl         JSON Lines on standard output
                                             (several inputs without -o: always JSON Lines)
  extract-report reports/ --jsonl -o all.jsonl

Folders are searched recursively for *.pdf and *.txt files.
exit status: 0 all extracted; 2 any input refused or unreadable, or a usage error.
"""


def _parser() -> argparse.ArgumentParser:
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


def _expand(inputs: Sequence[str]) -> Iterator[Path]:
    for name in inputs:
        path = Path(name)
        if path.is_dir():
            found = [
                child
                for child in path.rglob("*")
                if child.suffix.lower() in _SUFFIXES and child.is_file()
            ]
            yield from sorted(found)
        else:
            yield path


def _dump(instance: dict[str, Any], *, lines: bool) -> str:
    if lines:
        return json.dumps(instance, ensure_ascii=False, separators=(",", ":"))
    return json.dumps(instance, indent=2, ensure_ascii=False)


def _progress(paths: list[Path]) -> Any:
    if len(paths) > 1 and sys.stderr.isatty():
        from tqdm import tqdm

        return tqdm(paths, desc=PROG, unit="file", file=sys.stderr, leave=False)
    return paths


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command; return its exit status."""
    parser = _parser()
    try:
        args = parser.parse_args(argv)
    except SystemExit as exit_:
        return int(exit_.code or 0)
    paths = list(_expand(args.inputs))
    if not paths:
        print(f"{PROG}: no .pdf or .txt files found in the inputs given", file=sys.stderr)
        return 2
    several = len(paths) > 1 or any(Path(name).is_dir() for name in args.inputs)
    out_dir: Path | None = None
    stream: TextIO = sys.stdout
    close = False
    if args.output:
        target = Path(args.output)
        if several and not args.jsonl and target.suffix.lower() != ".jsonl":
            out_dir = target
            try:
                out_dir.mkdir(parents=True, exist_ok=True)
            except OSError as error:
                print(
                    f"{PROG}: {target}: cannot create the folder ({error.strerror})",
                    file=sys.stderr,
                )
                return 2
        else:
            try:
                stream = target.open("w", encoding="utf-8")
            except OSError as error:
                print(f"{PROG}: {target}: cannot be written ({error.strerror})", file=sys.stderr)
                return 2
            close = True

    from inspection_schema.extract import ExtractionError, NotAnInspectionReport, extract_path
    from inspection_schema.model.converter import unstructure

    lines = args.jsonl or several
    used: set[str] = set()
    extracted = refused = failed = 0
    try:
        for path in _progress(paths):
            try:
                instance = unstructure(extract_path(path))
            except NotAnInspectionReport as error:
                refused += 1
                _complain(path, error.message)
                continue
            except ExtractionError as error:
                failed += 1
                _complain(path, error.message)
                continue
            except Exception as error:
                failed += 1
                _complain(path, f"could not be extracted ({type(error).__name__}: {error})")
                continue
            extracted += 1
            if out_dir is not None:
                name = f"{path.stem}.json" if path.stem not in used else f"{path.name}.json"
                used.add(path.stem)
                (out_dir / name).write_text(_dump(instance, lines=False) + "\n", encoding="utf-8")
            else:
                stream.write(_dump(instance, lines=lines) + "\n")
                stream.flush()
    finally:
        if close:
            stream.close()
    if len(paths) > 1:
        print(f"extracted {extracted}, refused {refused}, failed {failed}", file=sys.stderr)
    return 0 if refused == failed == 0 else 2


def _complain(path: Path, problem: str) -> None:
    print(f"{PROG}: {path}: {' '.join(problem.split())}", file=sys.stderr)


if __name__ == "__main__":
    sys.exit(main())
