"""Peak memory of one run of each command, per input kind, under the default limits.

    python benchmarks/memory.py [--only NAME ...] [--target-mb 200]

Writes, in a temporary folder, the largest inputs each command reads by default (just
under its ``--max-size``) in the shapes that cost the most memory once parsed, and a few
that the limit must stop (an endless device, a long stream), then runs the command once on
each, as a user does, and prints the child process's peak resident memory (``ru_maxrss``
from ``wait4``), the exit status and the time. The target is under 200 MB for any single
input. Linux and macOS (``os.wait4``); rendering the PDF needs reportlab (the 'dev' extra).
Prints the figures; asserts nothing, but exits 1 when an input goes over the target.
"""

from __future__ import annotations

import argparse
import copy
import gzip
import io
import json
import os
import random
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from inspection_schema.extract.input_file import DEFAULT_MAX_BYTES as EXTRACT_LIMIT
from inspection_schema.outcomes.tables import MAX_BYTES as OUTCOMES_LIMIT
from inspection_schema.tables.readers import MAX_CELL_BYTES, MAX_FILE_BYTES
from inspection_schema.validate.inputs import DEFAULT_MAX_BYTES as VALIDATE_LIMIT

ROOT = Path(__file__).resolve().parents[1]
EXAMPLE = ROOT / "examples" / "2515609-full-2021-10-12.json"
REPORT_TEXT = ROOT / "examples" / "reports" / "2515609-full-2021-10-12.txt"
MARGIN = 64
"""Bytes left under the limit, so that each input is as large as the limit lets through."""


@dataclass(frozen=True)
class Case:
    name: str
    command: str
    make: Callable[[Path], list[str]]
    stdin: Callable[[Path], bytes | None] = lambda _folder: None


def _filled(head: str, item: str, tail: str, size: int) -> str:
    """``head`` + ``item`` repeated (comma-separated) + ``tail``, about ``size`` bytes."""
    count = (size - len(head) - len(tail)) // (len(item) + 1)
    return head + ",".join([item] * count) + tail


def _json_shape(item: str, size: int = VALIDATE_LIMIT - MARGIN) -> str:
    return _filled('{"schema_version": "1.1", "x": [', item, "]}", size)


def _write(folder: Path, name: str, data: str | bytes) -> list[str]:
    path = folder / name
    path.write_bytes(data.encode() if isinstance(data, str) else data)
    return [str(path)]


def _big_report(size: int) -> str:
    """The real example with one narrative paragraph grown until the document is ``size``."""
    document = json.loads(EXAMPLE.read_text(encoding="utf-8"))
    text = json.dumps(document)
    paragraph = document["area_narratives"][0]["paragraphs"]
    paragraph.append("x" * (size - len(text) - 10))
    return json.dumps(document)


def _big_text(size: int) -> bytes:
    """The real report text with its narratives' paragraphs repeated up to ``size`` bytes."""
    text = REPORT_TEXT.read_text(encoding="utf-8")
    marker = "\n\nInspection judgements\n\n"
    start = text.index(marker) + len(marker) if marker in text else len(text) // 2
    block = text[start : start + 4000].rsplit("\n\n", 1)[0] + "\n\n"
    body = text[:start] + block * max(0, (size - len(text)) // len(block)) + text[start:]
    return body.encode("utf-8")[: size - 1]


def _pdf(size: int) -> bytes:
    """A rendered report, its narratives grown until the PDF is just under ``size`` bytes."""
    sys.path.insert(0, str(ROOT / "benchmarks"))
    from extraction import scaled

    from inspection_schema.model.converter import structure
    from inspection_schema.testing.rendering import render_pdf_bytes

    base = structure(json.loads(EXAMPLE.read_text(encoding="utf-8")))
    small, large = (len(render_pdf_bytes(scaled(base, extra, 0))) for extra in (50, 200))
    extra = int(200 + (size - large) / ((large - small) / 150) * 0.98)
    while (data := render_pdf_bytes(scaled(base, extra, 0))) and len(data) > size:
        extra = int(extra * 0.97)
    return data


def _inflating_pdf() -> bytes:
    """A small PDF whose one page's content inflates to 200 MB of text operators."""
    from pypdf import PdfWriter
    from pypdf.generic import DecodedStreamObject, NameObject

    writer = PdfWriter()
    page = writer.add_blank_page(width=595, height=842)
    content = DecodedStreamObject()
    content.set_data(b"BT /F1 12 Tf 72 712 Td (x) Tj ET\n" * (200 * 1_048_576 // 34))
    compressed = content.flate_encode()
    page[NameObject("/Contents")] = writer._add_object(compressed)  # noqa: SLF001
    buffer = io.BytesIO()
    writer.write(buffer)
    return buffer.getvalue()


def _stream_of_documents(total: int) -> bytes:
    line = json.dumps(json.loads(EXAMPLE.read_text(encoding="utf-8"))).encode() + b"\n"
    return line * (total // len(line))


def _words(rng: random.Random, size: int) -> str:
    """About ``size`` characters of words in a random order: text that compresses as prose."""
    words = EXAMPLE.read_text(encoding="utf-8").split()
    return " ".join(rng.choices(words, k=size // 6))


def _team_documents(count: int) -> list[dict[str, Any]]:
    """Real-shaped reports with their own URNs and about 18,000 characters of their own text
    each, spread over the reports, narratives and requirements tables."""
    rng = random.Random(5)
    base = json.loads(EXAMPLE.read_text(encoding="utf-8"))
    documents = []
    for index in range(count):
        document = copy.deepcopy(base)
        document["urn"] = f"{4_000_000 + index}"
        document["home_information"].append(_words(rng, 10_000))
        document["area_narratives"][0]["paragraphs"].append(_words(rng, 2_000))
        document["requirements"][0]["text"] += " " + _words(rng, 6_000)
        documents.append(document)
    return documents


TEAM_DOCUMENTS = 1_500
"""Near the most that the default cell limit lets one workbook or CSV folder hold."""


def _team_tables(folder: Path, table_format: str) -> list[str]:
    from inspection_schema.tables.output import TablesOutput

    target = folder / ("team.xlsx" if table_format == "xlsx" else "team")
    with TablesOutput(target, table_format) as output:  # type: ignore[arg-type]
        for document in _team_documents(TEAM_DOCUMENTS):
            output.add(document)
    return [str(target)]


def _tiny_rows(folder: Path) -> list[str]:
    """A CSV folder of short rows: 2,000 reports of a key and a kind, and short inspector
    rows for them until the rows would take the default cell limit (the most rows)."""
    target = folder / "tiny"
    target.mkdir()
    key = "urn,inspection_dates/start,event_number"
    reports = [f"{key},report_kind"] + [
        f"{5_000_000 + n},2024-01-01,{n},full" for n in range(2_000)
    ]
    (target / "reports.csv").write_text("\n".join(reports) + "\n")
    rows = int(MAX_CELL_BYTES * 0.75 - 2_000 * 560) // 104
    lines = (
        f"{5_000_000 + n % 2_000},2024-01-01,{n % 2_000},{n // 2_000 + 1},A B" for n in range(rows)
    )
    (target / "inspectors.csv").write_text(
        f"{key},inspectors/#,inspectors/name\n" + "\n".join(lines) + "\n"
    )
    return [str(target)]


def _crafted(builder: str, *arguments: Any, **keywords: Any) -> bytes:
    """A small workbook crafted to expand once read (``tests/reading/crafted_sheets.py``)."""
    sys.path.insert(0, str(ROOT))
    from tests.reading import crafted_sheets

    data: bytes = getattr(crafted_sheets, builder)(*arguments, **keywords)
    return data


def _expanding(folder: Path, name: str, *, outcomes: bool) -> list[str]:
    """A workbook of a few kilobytes that would expand to about 600 MB of text once read:
    cells that all refer to one shared string of 100,000 characters (``.xlsx``), or one
    such cell repeated over columns and rows (``.ods``)."""
    sheet = "events" if outcomes else "reports"
    if name.endswith(".xlsx"):
        data = _crafted("shared_string_xlsx", 100_000, rows=600, columns=10, sheet=sheet)
    else:
        data = _crafted("repeated_ods", 100_000, rows=600, columns=10, name=sheet)
    (path,) = _write(folder, name, data)
    return ["--outcomes", path, str(EXAMPLE)] if outcomes else [path]


def _expanding_cases(*, outcomes: bool) -> list[Case]:
    """The workbooks of :func:`_expanding`, as reports or (``outcomes``) as outcome files."""
    cases = []
    for kind, what in (
        ("xlsx", "one shared string in 6,000 cells"),
        ("ods", "one cell repeated 6,000 times"),
    ):
        label = f"outcomes: {kind}, {what}" if outcomes else f"{kind}: {what}"
        name = f"crafted.{kind}"
        cases.append(
            Case(label, "validate-report", lambda f, n=name: _expanding(f, n, outcomes=outcomes))
        )
    return cases


def _far_apart(folder: Path) -> list[str]:
    """Two cells at the corners of a sheet: a grid of 17 billion cells once read."""
    return _write(folder, "far.xlsx", _crafted("far_apart_xlsx", 1_048_575, 16_383))


def _outcome_file(folder: Path) -> list[str]:
    """Ofsted's 2019-20 outcome file with its events repeated up to the default limit."""
    data = gzip.decompress(
        (ROOT / "data" / "ofsted-outcomes" / "inspections-2019-20.csv.gz").read_bytes()
    )
    header, _, body = data.partition(b"\n")
    rows = body.strip() + b"\n"
    repeated = header + b"\n" + rows * ((OUTCOMES_LIMIT - MARGIN - len(header)) // len(rows))
    path = folder / "outcomes.csv"
    path.write_bytes(
        repeated + rows[: OUTCOMES_LIMIT - MARGIN - len(repeated)].rsplit(b"\n", 1)[0] + b"\n"
    )
    return ["--outcomes", str(path), str(EXAMPLE)]


CASES = [
    Case("json: objects", "validate-report", lambda f: _write(f, "o.json", _json_shape("{}"))),
    Case("json: lists", "validate-report", lambda f: _write(f, "l.json", _json_shape("[]"))),
    Case("json: strings", "validate-report", lambda f: _write(f, "s.json", _json_shape('"ab"'))),
    Case("json: numbers", "validate-report", lambda f: _write(f, "n.json", _json_shape("1.5"))),
    Case(
        "json: one long text",
        "validate-report",
        lambda f: _write(f, "t.json", _big_report(VALIDATE_LIMIT - MARGIN)),
    ),
    Case(
        "json: 1024 levels",
        "validate-report",
        lambda f: _write(f, "d.json", '{"x": ' + "[" * 1023 + "]" * 1023 + "}"),
    ),
    Case(
        "jsonl: 3 lines at the limit",
        "validate-report",
        lambda f: _write(f, "x.jsonl", (_json_shape("{}") + "\n") * 3),
    ),
    Case(
        "stdin: one document",
        "validate-report",
        lambda _f: ["-"],
        lambda _f: _json_shape("{}").encode(),
    ),
    Case(
        "stdin: 64 MB of documents",
        "validate-report",
        lambda _f: ["-"],
        lambda _f: _stream_of_documents(64 * 1_048_576),
    ),
    Case("device: /dev/zero", "validate-report", lambda _f: ["/dev/zero"]),
    Case(
        "text: report at the limit",
        "extract-report",
        lambda f: _write(f, "r.txt", _big_text(EXTRACT_LIMIT - MARGIN)),
    ),
    Case(
        "text: one line",
        "extract-report",
        lambda f: _write(f, "l.txt", b"Full inspection " * ((EXTRACT_LIMIT - MARGIN) // 16)),
    ),
    Case(
        "pdf: rendered pages at the limit",
        "extract-report",
        lambda f: _write(f, "p.pdf", _pdf(EXTRACT_LIMIT - MARGIN)),
    ),
    Case(
        "pdf: content inflating to 200 MB",
        "extract-report",
        lambda f: _write(f, "b.pdf", _inflating_pdf()),
    ),
    Case("device: /dev/zero", "extract-report", lambda _f: ["/dev/zero"]),
    Case("xlsx: 1,500 real-shaped reports", "validate-report", lambda f: _team_tables(f, "xlsx")),
    Case("csv: the same 1,500 reports", "validate-report", lambda f: _team_tables(f, "csv")),
    Case("csv: short rows up to the cell limit", "validate-report", _tiny_rows),
    Case("outcomes: a CSV file at the limit", "validate-report", _outcome_file),
    *_expanding_cases(outcomes=False),
    Case("xlsx: two cells far apart", "validate-report", _far_apart),
    *_expanding_cases(outcomes=True),
]


_MEASURE = """
import os, subprocess, sys
with open(sys.argv[1], "rb") as feed:
    child = subprocess.Popen(sys.argv[2:], stdin=feed, stdout=subprocess.DEVNULL,
                             stderr=subprocess.DEVNULL)
    _, status, usage = os.wait4(child.pid, 0)
print(usage.ru_maxrss, os.waitstatus_to_exitcode(status))
"""
"""Run by a fresh, small Python: a child's peak counts the memory of the process that started
it, so the inputs this script holds must not be in that process."""


def _size(path: Path) -> int:
    """The bytes of a file, or of the files in a folder."""
    if path.is_dir():
        return sum(entry.stat().st_size for entry in path.iterdir() if entry.is_file())
    return path.stat().st_size if path.is_file() else 0


def peak(command: list[str], stdin: Path) -> tuple[float, int, float]:
    """Peak resident memory (MB), exit status and seconds of one run of ``command``."""
    start = time.perf_counter()
    measured = subprocess.run(
        [sys.executable, "-c", _MEASURE, str(stdin), *command],
        capture_output=True,
        text=True,
        check=True,
    )
    elapsed = time.perf_counter() - start
    maxrss, status = map(int, measured.stdout.split())
    scale = 1024 if sys.platform != "darwin" else 1  # kilobytes on Linux, bytes on macOS
    return maxrss * scale / 1_048_576, status, elapsed


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--only", nargs="*", help="run only the cases whose name contains one")
    parser.add_argument("--target-mb", type=float, default=200.0)
    parser.add_argument(
        "--max-size", type=float, help="pass --max-size MB to the commands (inputs keep their size)"
    )
    args = parser.parse_args(argv)
    bin_dir = Path(sys.executable).parent
    print(
        f"default limits: validate-report {VALIDATE_LIMIT / 1_048_576:g} MB, "
        f"extract-report {EXTRACT_LIMIT / 1_048_576:g} MB, a table file "
        f"{MAX_FILE_BYTES / 1_048_576:g} MB and the cells of one spreadsheet "
        f"{MAX_CELL_BYTES / 1_048_576:g} MB, an outcome file {OUTCOMES_LIMIT / 1_048_576:g} MB; "
        f"target {args.target_mb:g} MB"
    )
    baseline, _, _ = peak([sys.executable, "-c", "import inspection_schema"], Path(os.devnull))
    print(f"{'a Python start-up, for scale':<36} {baseline:8.1f} MB")
    over = []
    with tempfile.TemporaryDirectory(prefix="memory-bench-") as name:
        folder = Path(name)
        for case in CASES:
            if args.only and not any(part in case.name for part in args.only):
                continue
            if "/dev/zero" in case.name and not Path("/dev/zero").exists():
                continue
            inputs = case.make(folder)
            size = sum(_size(Path(item)) for item in inputs)
            stdin = Path(os.devnull)
            if (data := case.stdin(folder)) is not None:
                stdin = folder / "stdin"
                stdin.write_bytes(data)
                size += len(data)
                del data
            limits = ["--max-size", str(args.max_size)] if args.max_size else []
            command = [str(bin_dir / case.command), *limits, *inputs]
            megabytes, status, seconds = peak(command, stdin)
            flag = "  OVER" if megabytes > args.target_mb else ""
            print(
                f"{case.command + ' ' + case.name:<52} input {size / 1_048_576:7.1f} MB  "
                f"peak {megabytes:7.1f} MB  exit {status}  {seconds:6.1f} s{flag}"
            )
            if flag:
                over.append(case.name)
    if over:
        print(f"over {args.target_mb:g} MB: {', '.join(over)}")
    return 1 if over else 0


if __name__ == "__main__":
    raise SystemExit(main())
