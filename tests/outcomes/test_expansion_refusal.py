"""An outcome spreadsheet that would expand past the outcome file limit is refused unread."""

from __future__ import annotations

from pathlib import Path

import pytest

from inspection_schema.cli.validate import main
from inspection_schema.outcomes import OutcomeFileError, read_outcome_file
from inspection_schema.outcomes.tables import MAX_BYTES
from tests.reading.crafted_sheets import far_apart_xlsx, repeated_ods, shared_string_xlsx
from tests.support import EXAMPLES

_OVER = MAX_BYTES // 100_000 + 10
"""Cells of a 100,000-character text that take more than the outcome file limit."""
CRAFTED = {
    "shared.xlsx": lambda: shared_string_xlsx(100_000, rows=_OVER, columns=1, sheet="events"),
    "repeated.ods": lambda: repeated_ods(100_000, rows=_OVER, columns=1, name="events"),
    "far-apart.xlsx": lambda: far_apart_xlsx(100_000, 1_000, sheet="events"),
}


@pytest.mark.parametrize("name", CRAFTED)
def test_the_reader_refuses_it_naming_file_and_sheet(name: str, tmp_path: Path) -> None:
    path = tmp_path / name
    path.write_bytes(CRAFTED[name]())
    with pytest.raises(OutcomeFileError) as raised:
        read_outcome_file(path)
    assert str(raised.value) == (
        f"{path}: sheet 'events' would expand to more than {MAX_BYTES / 1_048_576:g} MB of "
        "cell values, the most read from one outcome file"
    )


@pytest.mark.parametrize("name", CRAFTED)
def test_validate_report_outcomes_refuses_it_in_one_line_with_exit_2(
    name: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / name
    path.write_bytes(CRAFTED[name]())
    assert main(["--outcomes", str(path), str(EXAMPLES[0])]) == 2
    captured = capsys.readouterr()
    assert captured.out == ""
    (line,) = captured.err.splitlines()
    assert line.startswith(f"validate-report: error: --outcomes: {path}: sheet 'events' would")
