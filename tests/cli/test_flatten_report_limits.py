"""flatten-report's limits and endings, as validate-report has them, and the rule that tables
never overwrite an input (flatten-report and extract-report --format csv|xlsx alike)."""

from __future__ import annotations

import errno
from pathlib import Path
from typing import Any, NoReturn

import pytest

from inspection_schema.cli import extract, flatten
from inspection_schema.extract import batch
from tests.support import EXAMPLES, REPORTS

REAL_TEXT = min(REPORTS.glob("*.txt"))


def _run(capsys: pytest.CaptureFixture[str], *args: str | Path) -> tuple[int, str]:
    status = flatten.main([str(arg) for arg in args])
    return status, capsys.readouterr().err


def test_max_size_refuses_a_larger_document_with_one_line(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """flatten-report had no --max-size: its inputs were held to validate-report's default."""
    out = tmp_path / "out.xlsx"
    status, err = _run(capsys, "--max-size", "0.001", EXAMPLES[0], "-o", out)
    assert status == 2
    size = EXAMPLES[0].stat().st_size
    assert err.splitlines() == [
        (
            f"flatten-report: {EXAMPLES[0]}: is {size:,} bytes, larger than the limit of 1,048 "
            "bytes for one document (see --max-size)"
        )
    ]
    assert _run(capsys, "--max-size", "1", EXAMPLES[0], "-o", out) == (0, "")


def test_max_size_is_documented_and_checked_as_a_usage_error(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert flatten.main(["--help"]) == 0
    assert "--max-size MB" in capsys.readouterr().out
    status, err = _run(capsys, "--max-size", "nan", EXAMPLES[0], "-o", tmp_path / "out.xlsx")
    assert status == 2
    assert err.splitlines()[-1].startswith(
        "flatten-report: error: argument --max-size: 'nan' is not a size"
    )


def _raising(error: BaseException) -> Any:
    def write(*_args: object, **_kwargs: object) -> NoReturn:
        raise error

    return write


def test_ctrl_c_ends_the_run_with_one_line_and_status_130(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    """Ctrl-C once ended flatten-report with a traceback."""
    monkeypatch.setattr(flatten, "write_document", _raising(KeyboardInterrupt()))
    status, err = _run(capsys, EXAMPLES[0], "-o", tmp_path / "out.xlsx")
    assert (status, err) == (130, "flatten-report: stopped (Ctrl-C)\n")


def test_an_operating_system_error_is_one_line_and_status_2(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    """An OSError (a full disk, say) once ended flatten-report with a traceback."""
    full = OSError(errno.ENOSPC, "No space left on device")
    monkeypatch.setattr(flatten, "write_document", _raising(full))
    status, err = _run(capsys, EXAMPLES[0], "-o", tmp_path / "out.xlsx")
    assert (status, err) == (2, "flatten-report: error: No space left on device\n")


def test_csv_tables_that_would_overwrite_an_input_file_are_refused(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """Only an output named as an input was refused, not a table file written inside it."""
    tables = tmp_path / "tables"
    tables.mkdir()
    given = tables / "fields.csv"
    given.write_text("{}", encoding="utf-8")
    status, err = _run(capsys, given, "-o", tables)
    assert status == 2
    assert err == f"flatten-report: error: -o {given} would overwrite the input {given}\n"
    assert given.read_text(encoding="utf-8") == "{}"


def _never_extracted(*_args: object, **_kwargs: object) -> NoReturn:
    raise AssertionError("an input was read before the output was checked")


@pytest.mark.parametrize("table_format", ["xlsx", "csv"])
def test_extract_report_tables_never_overwrite_an_input(
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
    table_format: str,
) -> None:
    """--format csv|xlsx had no such check (JSON output had): a workbook written over the
    report's text destroyed it. The check comes before any input is read."""
    text = tmp_path / "report.txt"
    text.write_bytes(REAL_TEXT.read_bytes())
    monkeypatch.setattr(batch, "extract_one", _never_extracted)
    status = extract.main([str(text), "--format", table_format, "-o", str(text), "--jobs", "1"])
    assert status == 2
    assert capsys.readouterr().err == (
        f"extract-report: error: -o {text} would overwrite the input {text}\n"
    )
    assert text.read_bytes() == REAL_TEXT.read_bytes()


def test_extract_report_csv_tables_never_overwrite_an_input_inside_their_folder(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    tables = tmp_path / "tables"
    tables.mkdir()
    named = tables / "reports.csv"
    named.write_text("kept", encoding="utf-8")
    status = extract.main([str(REAL_TEXT), str(named), "--format", "csv", "-o", str(tables)])
    assert status == 2
    assert capsys.readouterr().err == (
        f"extract-report: error: -o {named} would overwrite the input {named}\n"
    )
    assert named.read_text(encoding="utf-8") == "kept"
