"""Extraction benchmark: extract-report with one and two processes, then our extractor
against pypdf's own text extraction, on one core.

    python benchmarks/extraction.py [--reports N] [--pages 10] [--repeat 3] [--corpus DIR]
                                    [--jobs-pdfs 40]

First, with every core free: ``extract-report --jsonl`` on the first ``--jobs-pdfs`` PDFs of
the Word-like corpus with ``--jobs 1`` and ``--jobs 2`` (wall time, best of ``--repeat``
interleaved rounds), the throughput ratio (target: at least 1.7 on 2 cores) and whether
both wrote the same output. Then, pinned to one core:

two sets of PDFs, each timed the same way, best of ``--repeat`` runs:

* rendered: N synthetic full reports of about ``--pages`` pages each (an example scaled up
  with more narrative paragraphs and requirements), rendered with reportlab to a temporary
  folder (rendering needs the 'dev' extra);
* Word-like: the PDFs of the Word-like corpus (``tests/data/word-corpus/pdf``, made by a word
  processor from .docx files; skipped where the folder is missing).

(a) ``pypdf.PdfReader(path).pages[i].extract_text()`` over every page of every file;
(b) ``inspection_schema.extract.api.extract_path(path)`` on every file, followed by
    ``inspection_schema.validate.checker.validate`` of each result when that module exists.

It prints pages per second for both and the time ratio (b)/(a); the targets are at most 1.3
on the rendered reports and at most 1.5 on the Word-like corpus.
"""

from __future__ import annotations

import argparse
import importlib
import json
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

import attrs
from _common import machine, parallel_ceiling, pinned_to_one_core

from inspection_schema.model import FullReport
from inspection_schema.model.converter import structure, unstructure

ROOT = Path(__file__).resolve().parents[1]
EXAMPLE = ROOT / "examples" / "2515609-full-2021-10-12.json"
CORPUS = ROOT / "tests" / "data" / "word-corpus" / "pdf"


def scaled(base: FullReport, extra: int, index: int) -> FullReport:
    """The example with ``extra`` more paragraphs per narrative and ``extra // 2`` more
    requirements (its own, repeated), under a URN of its own."""
    narratives = [
        attrs.evolve(item, paragraphs=[*item.paragraphs, *_cycle(item.paragraphs, extra)])
        for item in base.area_narratives or ()
    ]
    requirements = list(base.requirements or ())
    return attrs.evolve(
        base,
        urn=f"{2_000_000 + index:07d}",
        area_narratives=narratives,
        requirements=[*requirements, *_cycle(requirements, extra // 2)],
    )


def _cycle(items: list[Any], count: int) -> list[Any]:
    return [items[i % len(items)] for i in range(count)] if items else []


def page_count(data: bytes) -> int:
    import io

    import pypdf

    return len(pypdf.PdfReader(io.BytesIO(data)).pages)


def build_reports(folder: Path, count: int, pages: int) -> list[Path]:
    """Render ``count`` reports of about ``pages`` pages each; return their paths."""
    from inspection_schema.testing.rendering import render_pdf_bytes

    base = structure(json.loads(EXAMPLE.read_text(encoding="utf-8")))
    assert isinstance(base, FullReport)
    extra = 0
    while page_count(render_pdf_bytes(scaled(base, extra, 0))) < pages and extra < 200:
        extra += 1
    paths = []
    for index in range(count):
        path = folder / f"report-{index:03d}.pdf"
        path.write_bytes(render_pdf_bytes(scaled(base, extra, index)))
        paths.append(path)
    return paths


def best_of(repeat: int, run: Callable[[], Any]) -> tuple[float, Any]:
    """The shortest wall time of ``repeat`` runs, and the last run's result."""
    best, result = float("inf"), None
    for _ in range(repeat):
        start = time.perf_counter()
        result = run()
        best = min(best, time.perf_counter() - start)
    return best, result


def pypdf_pass(paths: list[Path]) -> int:
    import pypdf

    pages = 0
    for path in paths:
        reader = pypdf.PdfReader(path)
        for page in reader.pages:
            page.extract_text()
            pages += 1
    return pages


def extractor_pass(
    paths: list[Path], extract: Callable[[Path], Any], validate: Any
) -> dict[str, Any]:
    stats: dict[str, Any] = {"ok": 0, "failed": 0, "findings": 0, "first_error": None}
    for path in paths:
        try:
            report = extract(path)
        except Exception as error:  # noqa: BLE001 - a benchmark reports failures, it does not stop
            stats["failed"] += 1
            stats["first_error"] = stats["first_error"] or f"{path.name}: {error}"
            continue
        stats["ok"] += 1
        if validate is not None:
            stats["findings"] += len(validate(unstructure(report)))
    return stats


def optional(module: str, name: str) -> Any:
    """``module.name`` if it can be imported, else None."""
    try:
        return getattr(importlib.import_module(module), name)
    except (ImportError, AttributeError):
        return None


def compare(name: str, paths: list[Path], repeat: int, target: float) -> None:
    """Time pypdf's extract_text and our extraction plus validation on the same files."""
    pypdf_time, pages = best_of(repeat, lambda: pypdf_pass(paths))
    print(f"{name}: {len(paths)} files, {pages} pages")
    print(f"(a) pypdf extract_text: {pages / pypdf_time:8.1f} pages/s ({pypdf_time:.3f} s)")
    extract = optional("inspection_schema.extract.api", "extract_path")
    if extract is None:
        print("(b) inspection_schema.extract.api.extract_path is not available: skipped")
        return
    validate = optional("inspection_schema.validate.checker", "validate")
    label = "extract_path + validate" if validate is not None else "extract_path"
    extract_time, stats = best_of(repeat, lambda: extractor_pass(paths, extract, validate))
    print(f"(b) {label}: {pages / extract_time:8.1f} pages/s ({extract_time:.3f} s)")
    print(
        f"    {stats['ok']} extracted, {stats['failed']} failed"
        + (f", {stats['findings']} findings" if validate is not None else "")
    )
    if stats["first_error"]:
        print(f"    first failure: {stats['first_error']}")
    print(f"ratio (b)/(a): {extract_time / pypdf_time:.2f} (target <= {target})")


def jobs_compare(paths: list[Path], repeat: int) -> None:
    """extract-report on the same PDFs with --jobs 1 and --jobs 2, whole runs by wall time
    (not pinned), the best of ``repeat`` interleaved rounds; the outputs must be the same."""
    command = [str(Path(sys.executable).parent / "extract-report"), "--jsonl"]
    best = {"1": float("inf"), "2": float("inf")}
    outputs: dict[str, bytes] = {}
    for _ in range(repeat):
        for jobs in ("1", "2"):
            start = time.perf_counter()
            result = subprocess.run(
                [*command, "--jobs", jobs, *map(str, paths)], capture_output=True, check=False
            )
            best[jobs] = min(best[jobs], time.perf_counter() - start)
            outputs[jobs] = result.stdout
    print(f"extract-report on {len(paths)} Word-like PDFs, not pinned, best of {repeat}:")
    for jobs, seconds in best.items():
        print(f"  --jobs {jobs}: {seconds:6.2f} s, {len(paths) / seconds:5.1f} PDFs/s")
    same = "the same" if outputs["1"] == outputs["2"] else "a DIFFERENT"
    print(
        f"--jobs 2 / --jobs 1 throughput: {best['1'] / best['2']:.2f} (target: at least 1.7); "
        f"--jobs 2 wrote {same} output"
    )
    print(
        f"this machine's own ceiling in the same run (a pure-Python loop, 2 processes against "
        f"1): {parallel_ceiling():.2f}"
    )


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--reports", type=int, default=20, help="number of PDFs (default 20)")
    parser.add_argument("--pages", type=int, default=10, help="pages per PDF (default 10)")
    parser.add_argument("--repeat", type=int, default=3, help="repetitions, best kept (default 3)")
    parser.add_argument("--corpus", type=Path, default=CORPUS, help="the Word-like PDFs' folder")
    parser.add_argument("--jobs-pdfs", type=int, default=40, help="PDFs for --jobs (default 40)")
    args = parser.parse_args(argv)

    print(f"machine: {machine()}")
    corpus = sorted(args.corpus.glob("*.pdf")) if args.corpus.is_dir() else []
    if corpus:  # first, while every core is ours: the rest runs pinned to one
        jobs_compare(corpus[: args.jobs_pdfs], args.repeat)
    with pinned_to_one_core() as pinning:
        print(f"extraction benchmark: {pinning}, Python {sys.version.split()[0]}")
        with tempfile.TemporaryDirectory(prefix="extraction-bench-") as tmp:
            start = time.perf_counter()
            paths = build_reports(Path(tmp), args.reports, args.pages)
            print(f"rendered {len(paths)} reports in {time.perf_counter() - start:.1f} s")
            compare("rendered reports", paths, args.repeat, 1.3)
        if not corpus:
            print(f"Word-like corpus: no PDFs in {args.corpus}: skipped")
            return 0
        compare("Word-like corpus", corpus, args.repeat, 1.5)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
