"""A small workbook that would expand past the cell limit once read is refused unread."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from inspection_schema.cli.validate import main
from inspection_schema.tables.readers import (
    MAX_CELL_BYTES,
    Limits,
    TablesUnreadable,
    read_workbook_bytes,
)
from tests.reading.crafted_sheets import far_apart_xlsx, repeated_ods, shared_string_xlsx

_OVER = MAX_CELL_BYTES // 100_000 + 100
"""Cells of a 100,000-character text that take more than the default cell limit."""
CRAFTED: dict[str, Callable[[], bytes]] = {
    "shared.xlsx": lambda: shared_string_xlsx(100_000, rows=_OVER // 10, columns=10),
    "repeated.ods": lambda: repeated_ods(100_000, rows=_OVER // 10, columns=10),
    "far-apart.xlsx": lambda: far_apart_xlsx(1_048_575, 16_383),
}


@pytest.mark.parametrize("name", CRAFTED)
def test_validate_report_refuses_it_in_one_line_with_exit_2(
    name: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / name
    path.write_bytes(CRAFTED[name]())
    assert path.stat().st_size < 10_000
    assert main([str(path)]) == 2
    captured = capsys.readouterr()
    (line,) = captured.err.splitlines()
    assert line == (
        f"validate-report: {path}: sheet 'reports' would expand to more than "
        f"{MAX_CELL_BYTES / 1_048_576:g} MB of cell values, the most read from one workbook "
        "or folder of CSV files (see --max-size)"
    )
    assert "1 unreadable" in captured.out


def test_the_json_report_gives_the_refusal_its_code(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "shared.xlsx"
    path.write_bytes(CRAFTED["shared.xlsx"]())
    assert main(["--format", "json", str(path)]) == 2
    out = capsys.readouterr().out
    assert '"code": "input-unreadable"' in out
    assert "would expand to more than" in out


def test_the_limit_is_the_cell_limit_of_the_reading() -> None:
    data = shared_string_xlsx(1_000, rows=100, columns=10)  # 1,000,000 bytes of text
    assert read_workbook_bytes(data, Limits(1.0))["reports"]
    with pytest.raises(TablesUnreadable, match=r"'reports' would expand to more than 0\.5 MB"):
        read_workbook_bytes(data, Limits(1 / 160))
