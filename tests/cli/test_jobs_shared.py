"""``--jobs`` with what every task shares: Ofsted's outcome record, and spreadsheet inputs.

The record (``--outcomes``) is read once, in the main process, and reaches each worker
once, when it starts; a workbook or a folder of CSV tables is one task. Either way the
report is the one ``--jobs 1`` gives.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any, ClassVar

import pytest

from inspection_schema.cli.jobs import ordered_map_with
from inspection_schema.tables.output import TablesOutput
from tests.support import EXAMPLES, REPO, load_example, run_module

OFSTED = REPO / "data" / "ofsted-outcomes"


class Counted:
    """A shared value that counts how often this process pickles it."""

    pickled: ClassVar[int] = 0

    def __init__(self, offset: int) -> None:
        self.offset = offset

    def __reduce__(self) -> tuple[type[Counted], tuple[int]]:
        Counted.pickled += 1
        return (Counted, (self.offset,))


def _add(shared: Counted, number: int) -> int:
    return shared.offset + number


def test_the_shared_value_reaches_each_worker_once_not_each_task() -> None:
    Counted.pickled = 0
    results = list(ordered_map_with(_add, Counted(100), range(40), 2))
    assert results == [100 + number for number in range(40)]
    assert Counted.pickled <= 2  # at most once per worker (never, where workers are forked)
    assert list(ordered_map_with(_add, Counted(5), range(3), 1)) == [5, 6, 7]


def _outcome_documents(folder: Path) -> int:
    """Documents of the two real reports, some with a grade Ofsted's record does not give;
    how many have one."""
    folder.mkdir()
    changed = 0
    for number in range(16):
        document: dict[str, Any] = load_example(EXAMPLES[number % 2])
        if number % 3 == 0 and document["urn"] == "2515609":
            document["judgements"]["helped_and_protected"] = "good"
            document["area_narratives"][1]["judgement"] = "good"
            changed += 1
        path = folder / f"d{number:02d}.json"
        path.write_text(json.dumps(document), encoding="utf-8")
    return changed


@pytest.mark.parametrize("output", ["text", "json"])
def test_outcomes_with_jobs_2_give_the_report_of_jobs_1(tmp_path: Path, output: str) -> None:
    changed = _outcome_documents(tmp_path / "docs")
    assert changed > 1
    common = ("validate-report", "docs", "--format", output, "--outcomes", OFSTED)
    one = run_module(*common, "--jobs", "1", cwd=tmp_path)
    two = run_module(*common, "--jobs", "2", cwd=tmp_path)
    assert one.returncode == two.returncode == 1
    assert one.stdout == two.stdout
    assert one.stderr == two.stderr
    assert one.stdout.count("outcome-judgement-mismatch") == changed


def test_spreadsheets_with_jobs_2_give_the_report_of_jobs_1(tmp_path: Path) -> None:
    early = load_example(EXAMPLES[1])
    early["requirements"][0]["due_date"] = "2020-01-01"
    with TablesOutput(tmp_path / "team.xlsx", "xlsx") as output:
        for document in (load_example(EXAMPLES[0]), early):
            output.add(document)
    with TablesOutput(tmp_path / "tables", "csv") as output:
        output.add(early)
    inputs = ("team.xlsx", "tables", str(EXAMPLES[0]), "team.xlsx")
    one = run_module("validate-report", *inputs, "--format", "json", "--jobs", "1", cwd=tmp_path)
    two = run_module("validate-report", *inputs, "--format", "json", "--jobs", "2", cwd=tmp_path)
    assert one.returncode == two.returncode == 1
    assert one.stdout == two.stdout
    report = json.loads(one.stdout)
    sources = [(entry["source"], entry.get("line")) for entry in report["documents"]]
    assert sources == [
        ("team.xlsx", 2),
        ("team.xlsx", 3),
        (str(Path("tables") / "reports.csv"), 2),
        (str(EXAMPLES[0]), None),
        ("team.xlsx", 2),
        ("team.xlsx", 3),
    ]
    located = [f["location"]["sheet"] for e in report["documents"] for f in e["findings"]]
    assert located == ["requirements", "requirements.csv", "requirements"]
