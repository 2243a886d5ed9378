"""Spreadsheet speed: flattening documents into tables, and reading them back and validating.

    python benchmarks/tables.py [--documents 10000]

Makes valid seed-sized documents (the bundled real examples with shifted dates and their
own URNs), then, in one run and one process (one core), times:
  * flatten: writing them all as one XLSX workbook, and as a folder of CSV files;
  * unflatten + validate: reading that workbook and that folder back into documents and
    validating each, as validate-report does (rules included);
and the cost of importing what writing and reading a workbook need, in a fresh interpreter.
Prints documents per second of wall time and of the process's processor time (the steadier
figure on a busy machine); stops if a document read back is not valid; asserts nothing
about speed.
"""

from __future__ import annotations

import argparse
import copy
import random
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from functools import partial
from pathlib import Path
from typing import Any

from _common import example_documents, shift_dates

from inspection_schema.tables.output import FORMATS, TableFormat, TablesOutput
from inspection_schema.validate.checker import check_inputs


def make_documents(count: int, seed: int = 11) -> list[dict[str, Any]]:
    """Valid documents, each with its own URN and dates shifted by whole weeks."""
    rng = random.Random(seed)
    bases = example_documents()
    documents = []
    for index in range(count):
        document = copy.deepcopy(bases[index % len(bases)])
        document["urn"] = f"{2_000_000 + index:07d}"
        shift_dates(document, rng.randrange(-700, 0, 7))
        document["copyright_year"] = int(document["inspection_dates"]["end"][:4])
        documents.append(document)
    return documents


def timed(action: Callable[[], Any]) -> tuple[float, float, Any]:
    """Wall seconds, this process's processor seconds (steady on a busy machine), the result."""
    start, processor = time.perf_counter(), time.process_time()
    result = action()
    return time.perf_counter() - start, time.process_time() - processor, result


def _rates(count: int, wall: float, cpu: float) -> str:
    return (
        f"{count / wall:,.0f} documents/s ({wall:.1f} s; {count / cpu:,.0f} documents per "
        "second of processor time)"
    )


def flatten_all(documents: list[dict[str, Any]], target: Path, table_format: TableFormat) -> None:
    with TablesOutput(target, table_format) as output:
        for document in documents:
            output.add(document)


READ_MAX_MB = 8
"""10,000 reports in one workbook are past the default spreadsheet limits, which keep one
input under 200 MB of memory: they are read as ``validate-report --max-size 8`` reads them
(every spreadsheet limit four times its default)."""


def read_and_validate(target: Path) -> dict[str, int]:
    statuses: dict[str, int] = {}
    for result in check_inputs([str(target)], max_bytes=READ_MAX_MB * 1024 * 1024):
        statuses[result.status] = statuses.get(result.status, 0) + 1
    return statuses


def import_cost(modules: str) -> float:
    """Seconds to import ``modules`` in a fresh interpreter that has already imported
    validate-report's own modules (the median of 5): what a spreadsheet adds to a run."""
    code = (
        "import inspection_schema.cli.validate, time; t = time.perf_counter(); "
        f"import {modules}; print(time.perf_counter() - t)"
    )
    runs = sorted(
        float(
            subprocess.run(
                [sys.executable, "-c", code], capture_output=True, text=True, check=True
            ).stdout
        )
        for _ in range(5)
    )
    return runs[2]


IMPORTS = {
    "reading a workbook": "inspection_schema.tables.readers, inspection_schema.tables.unflatten, "
    "inspection_schema.tables.layout, python_calamine",
    "writing a workbook": "inspection_schema.tables.output, inspection_schema.tables.xlsx_writer, "
    "xlsxwriter",
}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--documents", type=int, default=10_000)
    args = parser.parse_args()
    documents = make_documents(args.documents)
    count = len(documents)
    print(f"{count:,} documents of the bundled examples' size; read back as")
    print(f"validate-report --max-size {READ_MAX_MB} reads them (past the default limits)")
    with tempfile.TemporaryDirectory() as folder:
        for table_format in FORMATS:
            target = Path(folder) / ("reports.xlsx" if table_format == "xlsx" else "tables")
            wall, cpu, _ = timed(partial(flatten_all, documents, target, table_format))
            print(f"flatten to {table_format}: {_rates(count, wall, cpu)}")
            wall, cpu, statuses = timed(partial(read_and_validate, target))
            print(f"unflatten + validate from {table_format}: {_rates(count, wall, cpu)}")
            if statuses != {"valid": count}:
                sys.exit(f"not every document read back from {table_format} is valid: {statuses}")
    for what, modules in IMPORTS.items():
        cost = import_cost(modules) * 1000
        print(f"imports for {what}, beyond validate-report's own: {cost:.0f} ms")


if __name__ == "__main__":
    main()
