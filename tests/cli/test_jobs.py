"""``--jobs``: the same output and exit status on several processes, in input order; Ctrl-C."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import types
from collections.abc import Iterator
from pathlib import Path

import pytest

from inspection_schema.cli.jobs import default_jobs, ordered_map, ordered_map_with, positive_jobs
from inspection_schema.validate.reporters import REPORTERS
from tests.support import EXAMPLES, REPORTS, load_example, run_module

TEXT = (REPORTS / "2515609-full-2021-10-12.txt").read_bytes()


def _square(number: int) -> int:
    return number * number


def _fail_on_three(number: int) -> int:
    if number == 3:
        raise ValueError("three")
    return number


def test_ordered_map_keeps_the_input_order_on_two_processes() -> None:
    assert list(ordered_map(_square, range(50), 2)) == [n * n for n in range(50)]
    assert list(ordered_map(_square, iter(range(5)), 1)) == [0, 1, 4, 9, 16]


def test_ordered_map_raises_a_task_error_at_its_turn() -> None:
    results = ordered_map(_fail_on_three, range(10), 2)
    assert [next(results) for _ in range(3)] == [0, 1, 2]
    with pytest.raises(ValueError, match="three"):
        next(results)


def test_ordered_map_draws_items_only_as_the_window_moves() -> None:
    drawn: list[int] = []

    def items() -> Iterator[int]:
        for number in range(1000):
            drawn.append(number)
            yield number

    results = ordered_map(_square, items(), 2)
    assert next(results) == 0
    assert len(drawn) <= 2 * 4 + 1
    assert isinstance(results, types.GeneratorType)
    results.close()


def _scaled(factor: int, number: int) -> list[int]:
    return [number * factor]


def test_items_kept_here_give_lazy_results_in_their_turn() -> None:
    """An item kept in this process is never sent to a worker (a generator cannot be
    pickled), runs only once every earlier result is out, and its result is consumed lazily."""
    made: list[int] = []

    def lazily(factor: int, item: object) -> Iterator[int]:
        assert isinstance(item, types.GeneratorType)
        for number in item:
            made.append(number)
            yield number * factor

    def kept() -> Iterator[int]:
        yield from (100, 200)

    items: list[object] = [1, 2, kept(), 3]
    here = (lambda item: isinstance(item, types.GeneratorType), lazily)
    results = ordered_map_with(_scaled, 10, iter(items), 2, here=here)  # type: ignore[arg-type]
    assert next(results) == [10]
    assert next(results) == [20]
    streamed = next(results)
    assert made == []  # nothing of the kept item is worked out before it is read
    assert next(iter(streamed)) == 1000
    assert made == [100]
    assert list(streamed) == [2000]
    assert next(results) == [30]
    one_job = ordered_map_with(_scaled, 10, iter([1, kept()]), 1, here=here)  # type: ignore[arg-type]
    assert [list(result) for result in one_job] == [[10], [1000, 2000]]


def test_jobs_defaults_and_argument() -> None:
    assert default_jobs(1) == 1
    assert default_jobs(5) == len(os.sched_getaffinity(0))
    assert positive_jobs("3") == 3
    for wrong in ("0", "-1", "two"):
        with pytest.raises(Exception, match="expected"):
            positive_jobs(wrong)


def _mixed_reports(folder: Path, count: int) -> None:
    """``count`` inputs: real reports; every fifth empty, else every seventh not a report."""
    folder.mkdir(parents=True, exist_ok=True)
    for number in range(count):
        path = folder / f"r{number:03d}.txt"
        if number % 5 == 4:
            path.write_bytes(b"")
        elif number % 7 == 6:
            path.write_bytes(b"A letter about something else entirely.\n")
        else:
            path.write_bytes(TEXT.replace(b"2515609", f"{2515000 + number}".encode()))


def test_extract_report_jobs_1_and_2_agree(tmp_path: Path) -> None:
    _mixed_reports(tmp_path / "reports", 24)
    one = run_module("extract-report", "reports", "--jsonl", "--jobs", "1", cwd=tmp_path)
    two = run_module("extract-report", "reports", "--jsonl", "--jobs", "2", cwd=tmp_path)
    assert one.returncode == two.returncode == 2
    assert one.stdout == two.stdout
    assert one.stderr == two.stderr
    urns = [line.split('"urn":"')[1][:7] for line in one.stdout.splitlines()]
    assert urns == sorted(urns)
    assert one.stderr.splitlines()[-1] == "extracted 17, refused 3, unreadable 4, failed 0"


def test_extract_report_jobs_into_a_folder(tmp_path: Path) -> None:
    _mixed_reports(tmp_path / "reports", 8)
    assert run_module(
        "extract-report", "reports", "-o", "one/", "--jobs", "1", cwd=tmp_path
    ).returncode
    assert run_module(
        "extract-report", "reports", "-o", "two/", "--jobs", "2", cwd=tmp_path
    ).returncode
    one = sorted(p.name for p in (tmp_path / "one").iterdir())
    assert one == sorted(p.name for p in (tmp_path / "two").iterdir())
    for name in one:
        assert (tmp_path / "one" / name).read_bytes() == (tmp_path / "two" / name).read_bytes()


def test_validate_report_jobs_1_and_2_agree(tmp_path: Path) -> None:
    folder = tmp_path / "docs"
    folder.mkdir()
    lines = []
    for number in range(30):
        document = load_example(EXAMPLES[number % 2])
        if number % 4 == 3:
            document["urn"] = "12"
        if number % 9 == 8:
            document["judgements"]["helped_and_protected"] = "Good"
        text = json.dumps(document)
        (folder / f"d{number:02d}.json").write_text(text, encoding="utf-8")
        lines.append(text)
    lines.insert(7, "{broken")
    (folder / "all.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    (folder / "empty.json").write_text("", encoding="utf-8")
    for output in REPORTERS:  # each format is rendered by the workers with --jobs 2
        one = run_module("validate-report", "docs", "--format", output, "--jobs", "1", cwd=tmp_path)
        two = run_module("validate-report", "docs", "--format", output, "--jobs", "2", cwd=tmp_path)
        assert one.returncode == two.returncode == 2
        assert one.stdout == two.stdout
        assert one.stderr == two.stderr
    assert "docs/all.jsonl:8: is not valid JSON" in one.stderr
    assert (
        "62 documents: 40 valid, 20 invalid, 2 unreadable"
        in run_module("validate-report", "docs", "--jobs", "2", cwd=tmp_path).stdout
    )


_WITH_DEFAULT_INTERRUPT = (
    "import os, signal, sys; signal.signal(signal.SIGINT, signal.SIG_DFL); "
    "os.execv(sys.argv[1], sys.argv[1:])"
)
"""Runs a command with SIGINT at its default, as a terminal's foreground command has it: a
shell starts background jobs with SIGINT ignored, and Python then never raises
KeyboardInterrupt."""


def _interrupt(command: list[str], cwd: Path) -> subprocess.CompletedProcess[str]:
    """Run the command in a process group of its own; Ctrl-C it once it has shown a result."""
    process = subprocess.Popen(
        [sys.executable, "-c", _WITH_DEFAULT_INTERRUPT, *command],
        cwd=cwd,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        start_new_session=True,
    )
    assert process.stdout is not None
    first = process.stdout.readline()
    assert first, "the command ended before giving a result"
    os.killpg(process.pid, signal.SIGINT)  # as a terminal does: the whole foreground group
    stdout, stderr = process.communicate(timeout=60)
    return subprocess.CompletedProcess(command, process.returncode, first + stdout, stderr)


def test_ctrl_c_stops_extraction_cleanly(tmp_path: Path) -> None:
    folder = tmp_path / "reports"
    folder.mkdir()
    (folder / "r.txt").write_bytes(TEXT)
    for number in range(400):
        os.link(folder / "r.txt", folder / f"r{number:03d}.txt")
    command = [sys.executable, "-m", "inspection_schema", "extract-report", "reports"]
    result = _interrupt([*command, "--jsonl", "--jobs", "2"], tmp_path)
    assert result.returncode == 130
    assert "Traceback" not in result.stderr
    assert result.stderr.strip().splitlines()[-1] == "extract-report: stopped (Ctrl-C)"
    assert len(result.stdout.splitlines()) < 400


def test_ctrl_c_stops_validation_cleanly(tmp_path: Path) -> None:
    line = EXAMPLES[0].read_text(encoding="utf-8").replace("\n", " ")
    (tmp_path / "many.jsonl").write_text((line + "\n") * 20_000, encoding="utf-8")
    command = [sys.executable, "-m", "inspection_schema", "validate-report", "many.jsonl"]
    result = _interrupt([*command, "--jobs", "2"], tmp_path)
    assert result.returncode == 130
    assert "Traceback" not in result.stderr
    assert result.stderr.strip().splitlines()[-1] == "validate-report: stopped (Ctrl-C)"
