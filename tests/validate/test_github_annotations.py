"""``--format github``: each finding on the line of its value, and the CI recipes that use it."""

from __future__ import annotations

import json
import os
import re
import shlex
import subprocess
import sys
import threading
from pathlib import Path
from typing import Any

import pytest

from inspection_schema.cli.validate import build_parser
from inspection_schema.validate.reporters.github import escape_data, escape_property
from inspection_schema.validate.reporters.source_lines import SourceLines
from tests.support import REPO

_ANNOTATION = re.compile(r"^::(error|warning) file=([^,]*),line=(\d+),title=([^:]*)::(.*)$")


def run(*args: str, cwd: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "inspection_schema", "validate-report", "--format", "github", *args],
        capture_output=True,
        text=True,
        cwd=cwd,
        check=False,
    )


def _annotations(stdout: str) -> list[tuple[str, ...]]:
    return [m.groups() for line in stdout.splitlines() if (m := _ANNOTATION.match(line))]


def test_each_finding_is_annotated_on_the_line_of_its_value(
    tmp_path: Path, full_report: dict[str, Any]
) -> None:
    full_report["judgements"]["helped_and_protected"] = "Goood"
    full_report["requirements"][1]["due_date"] = "2021-10-01"
    del full_report["urn"]
    text = json.dumps(full_report, indent=2)
    (tmp_path / "bad.json").write_text(text, encoding="utf-8")
    lines = text.splitlines()
    grade = 1 + next(i for i, line in enumerate(lines) if '"Goood"' in line)
    due = 1 + next(i for i, line in enumerate(lines) if '"2021-10-01"' in line)
    result = run("bad.json", cwd=tmp_path)
    assert result.returncode == 1
    found = {(level, int(line), title) for level, _, line, title, _ in _annotations(result.stdout)}
    assert found == {
        ("error", grade, "schema-enum at /judgements/helped_and_protected"),
        ("error", due, "due-date-before-inspection at /requirements/1/due_date"),
        ("error", 1, "schema-required at /urn"),  # missing: on its object, the document
    }
    message = next(m for *_, t, m in _annotations(result.stdout) if t.startswith("schema-enum"))
    assert message.endswith("found 'Goood'. Did you mean 'good'?")
    assert result.stdout.splitlines()[-1].startswith("1 document: 0 valid, 1 invalid")


def test_json_lines_and_unreadable_inputs(tmp_path: Path, full_report: dict[str, Any]) -> None:
    warning = dict(full_report, copyright_year=2030)
    lines = [json.dumps(full_report), json.dumps(warning), "{broken"]
    (tmp_path / "all.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    result = run("all.jsonl", cwd=tmp_path)
    assert result.returncode == 2
    assert [
        (level, file, line, title) for level, file, line, title, _ in _annotations(result.stdout)
    ] == [
        ("warning", "all.jsonl", "2", "copyright-year-unusual at /copyright_year"),
        ("error", "all.jsonl", "3", "input-not-json"),
    ]


def test_special_characters_are_escaped() -> None:
    assert escape_data("50% done\r\nnext") == "50%25 done%0D%0Anext"
    assert escape_property("a:b,c%") == "a%3Ab%2Cc%25"


def test_value_lines_follow_the_text() -> None:
    text = '{\n  "a": {},\n  "b": [\n    1,\n    {"c": "x\\"y"}\n  ],\n  "d~/e": null\n}\n'
    lines = SourceLines(text)
    found = {p: lines.line_of(p) for p in ("", "/a", "/b", "/b/0", "/b/1", "/b/1/c", "/d~0~1e")}
    assert found == {"": 1, "/a": 2, "/b": 3, "/b/0": 4, "/b/1": 5, "/b/1/c": 5, "/d~0~1e": 7}
    assert lines.line_of("/b/1/missing/deeper") == 5
    assert lines.line_of("/b/9") == 3
    assert SourceLines("").line_of("/nowhere") == 1


# The CI recipes


def test_the_pre_commit_hook_runs_validate_report_on_json_documents() -> None:
    hooks = (REPO / ".pre-commit-hooks.yaml").read_text(encoding="utf-8")
    assert "- id: validate-report\n" in hooks
    assert "  entry: validate-report\n" in hooks
    pattern = re.search(r"^  files: (.+)$", hooks, re.MULTILINE)
    assert pattern is not None
    files = re.compile(pattern.group(1))
    assert all(files.search(name) for name in ("a.json", "d/b.jsonl", "c.ndjson"))
    assert not files.search("report.txt")
    args = re.search(r"^  args: \[(.*)\]", hooks, re.MULTILINE)
    assert args is not None
    build_parser().parse_args([a.strip(' "') for a in args.group(1).split(",")] + ["x.json"])


@pytest.mark.parametrize("recipe", ["github-actions.yml", "pre-commit-config.yaml"])
def test_the_recipes_use_options_that_exist(recipe: str) -> None:
    text = (REPO / "examples" / "ci" / recipe).read_text(encoding="utf-8")
    for command in re.findall(r"run: (validate-report .+)$", text, re.MULTILINE):
        build_parser().parse_args(shlex.split(command)[1:])
    if recipe == "github-actions.yml":
        assert "validate-report --format github " in text
        assert 'pip install "inspection-schema>=1.2,<2"' in text


def test_a_finding_in_csv_tables_is_annotated_on_its_row_of_its_table(
    tmp_path: Path, full_report: dict[str, Any]
) -> None:
    from inspection_schema.tables.output import TablesOutput

    full_report["requirements"][1]["due_date"] = "2021-10-01"
    with TablesOutput(tmp_path / "tables", "csv") as output:
        output.add(full_report)
    # each requirement's text spans several lines of the file: its row is not its line
    lines = (tmp_path / "tables" / "requirements.csv").read_text(encoding="utf-8").splitlines()
    starts = [number for number, line in enumerate(lines, 1) if line.startswith("2515609,")]
    assert starts[1] > 3
    result = run("tables", cwd=tmp_path)
    assert result.returncode == 1
    ((level, file, line, title, message),) = _annotations(result.stdout)
    where = ("error", str(Path("tables", "requirements.csv")), starts[1])
    assert (level, file, int(line)) == where
    assert lines[starts[2] - 2].endswith(",2021-10-01")  # the row's last line: its due date
    assert title == "due-date-before-inspection at /requirements/1/due_date"
    assert message.endswith("(requirements.csv, row 3, column G (requirements/due_date))")


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="no named pipes here")
def test_a_named_pipe_is_not_read_a_second_time_for_its_lines(tmp_path: Path) -> None:
    """The annotations once read a named pipe again, waiting for ever for a second writer."""
    pipe = tmp_path / "pipe.json"
    os.mkfifo(pipe)

    def writer() -> None:
        with pipe.open("wb") as handle:
            handle.write(b'{"urn": 1}\n')

    threading.Thread(target=writer, daemon=True).start()
    command = ["validate-report", "--format", "github", str(pipe)]
    result = subprocess.run(
        [sys.executable, "-m", "inspection_schema", *command],
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    assert result.returncode == 1
    assert [(kind, line) for kind, _, line, *_ in _annotations(result.stdout)][:1] == [
        ("error", "1")
    ]
