"""The README's figures come from a recorded run, and ``dev.py`` reads pytest's own count."""

from __future__ import annotations

import json
from pathlib import Path

import dev
from tests.support import REPO

JUNIT = """\
<?xml version="1.0" encoding="utf-8"?>
<testsuites><testsuite name="pytest" errors="0" failures="1" skipped="2" tests="40"
time="118.31" timestamp="2026-11-30T12:00:00" hostname="h"></testsuite></testsuites>
"""


def test_the_readme_block_is_written_from_the_recorded_run() -> None:
    record = json.loads((REPO / "docs" / "test-run.json").read_text(encoding="utf-8"))
    readme = (REPO / "README.md").read_text(encoding="utf-8")
    assert readme.count(dev.BLOCK[0]) == 1
    assert dev.readme_block(record) in readme
    assert record["passed"] == record["tests"] - record["skipped"]  # a run that passed


def test_a_run_is_read_from_pytests_report(tmp_path: Path) -> None:
    junit = tmp_path / "pytest.xml"
    junit.write_text(JUNIT, encoding="utf-8")
    record = dev.run_record(junit, ["-k", "rules"])
    assert (record["tests"], record["passed"], record["skipped"], record["failures"]) == (
        40,
        37,
        2,
        1,
    )
    assert record["seconds"] == 118.3
    sentence = dev.describe_run(record)
    assert sentence.startswith("37 of 40 tests passed, 2 skipped in 118 s (pytest's count")
    assert "options -k rules;" in sentence
