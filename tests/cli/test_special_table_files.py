"""Workbooks, CSV tables and --outcomes files that are named pipes or endless devices.

They are opened and read through the reading layer, as documents are: a pipe with no
writer is refused after a bounded wait, a device is read up to the limit and no further,
and each gives one line naming the file and exit status 2.
"""

from __future__ import annotations

import contextlib
import os
import threading
from collections.abc import Iterator
from pathlib import Path

import pytest

from inspection_schema.cli import validate
from inspection_schema.outcomes import tables as outcome_tables
from inspection_schema.reading import opening
from inspection_schema.tables import readers
from inspection_schema.validate.inputs import load_inputs
from tests.support import EXAMPLES

DEV_ZERO = Path("/dev/zero")
needs_fifo = pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="no named pipes here")
needs_dev_zero = pytest.mark.skipif(not DEV_ZERO.exists(), reason="no /dev/zero here")
NO_WRITER = "is a named pipe that no program opened for writing within 0.1 seconds"
OVER = "is over 1.0 MB, larger than the limit of 1 MB for one"


@pytest.fixture
def quick_pipes(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(opening, "PIPE_WAIT_SECONDS", 0.1)


@contextlib.contextmanager
def _never_hangs(*pipes: Path) -> Iterator[None]:
    """If reading waited on a pipe for ever, end the wait (the pipe then reads as empty),
    so that the test fails instead of hanging; cancelled as soon as the test is done."""

    def release() -> None:
        for pipe in pipes:
            with contextlib.suppress(OSError):  # no reader: nothing waits on this pipe
                os.close(os.open(pipe, os.O_WRONLY | os.O_NONBLOCK))

    timer = threading.Timer(60, release)
    timer.start()
    try:
        yield
    finally:
        timer.cancel()


def _pipe(path: Path) -> Path:
    """A named pipe at ``path`` (its folder made if need be)."""
    path.parent.mkdir(exist_ok=True)
    os.mkfifo(path)
    return path


def _device(path: Path) -> Path:
    """A link to ``/dev/zero`` at ``path`` (its folder made if need be)."""
    path.parent.mkdir(exist_ok=True)
    path.symlink_to(DEV_ZERO)
    return path


@needs_fifo
@pytest.mark.usefixtures("quick_pipes")
def test_a_named_pipe_as_a_workbook_or_a_table_file(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """A CSV folder whose reports.csv was a pipe was taken for a folder of no JSON."""
    book = _pipe(tmp_path / "team.xlsx")
    table = _pipe(tmp_path / "team" / "reports.csv")
    with _never_hangs(book, table):
        status = validate.main([str(book), str(table.parent), str(EXAMPLES[0])])
    out, err = capsys.readouterr()
    assert status == 2
    assert err.splitlines() == [
        f"validate-report: {book}: {NO_WRITER}",
        f"validate-report: {table}: {NO_WRITER}",
    ]
    assert f"{EXAMPLES[0]}: valid" in out


@needs_dev_zero
def test_an_endless_device_as_a_workbook_or_a_table_file(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    """Such a workbook was read as a JSON document, under the documents' limit and its words;
    a CSV folder whose reports.csv was a device was taken for a folder of no JSON."""
    monkeypatch.setattr(readers, "MAX_FILE_BYTES", 1_048_576)
    book = _device(tmp_path / "zero.xlsx")
    table = _device(tmp_path / "tables" / "reports.csv")
    folder = table.parent
    assert validate.main([str(book), str(folder)]) == 2
    assert capsys.readouterr().err.splitlines() == [
        f"validate-report: {book}: {OVER} table file",
        f"validate-report: {table}: {OVER} table file",
    ]
    problems = [loaded.problem for loaded in load_inputs([str(book), str(folder)])]
    assert [problem.code if problem else None for problem in problems] == [
        "input-too-large",
        "input-too-large",
    ]


@needs_fifo
@pytest.mark.usefixtures("quick_pipes")
def test_a_named_pipe_as_an_outcome_file(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """Such a file blocked the run for ever; in a folder of outcome files it was passed over."""
    given = _pipe(tmp_path / "outcomes.csv")
    inside = _pipe(tmp_path / "outcomes" / "2024.csv")
    for argument, named in ((given, given), (inside.parent, inside)):
        with _never_hangs(named):
            status = validate.main(["--outcomes", str(argument), str(EXAMPLES[0])])
        assert status == 2
        assert capsys.readouterr() == (
            "",
            f"validate-report: error: --outcomes: {named}: {NO_WRITER}\n",
        )


@needs_dev_zero
def test_an_endless_device_as_an_outcome_file(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(outcome_tables, "MAX_BYTES", 1_048_576)
    for given in (DEV_ZERO, _device(tmp_path / "outcomes.csv")):
        assert validate.main(["--outcomes", str(given), str(EXAMPLES[0])]) == 2
        assert capsys.readouterr() == (
            "",
            f"validate-report: error: --outcomes: {given}: {OVER} outcome file\n",
        )
