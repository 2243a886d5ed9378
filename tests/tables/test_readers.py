"""Workbooks and CSV folders that cannot be read are refused with one line."""

from __future__ import annotations

import io
import zipfile
from pathlib import Path

import pytest

from inspection_schema.tables import readers
from inspection_schema.tables.readers import TablesUnreadable, read_csv_folder, read_workbook


@pytest.mark.parametrize(
    ("data", "words"),
    [
        (b"", "is not a spreadsheet"),
        (b"urn,report_kind\n", "is not a spreadsheet"),
        (b"PK\x03\x04broken", "is not a readable spreadsheet"),
    ],
)
def test_files_that_are_not_workbooks(tmp_path: Path, data: bytes, words: str) -> None:
    path = tmp_path / "team.xlsx"
    path.write_bytes(data)
    with pytest.raises(TablesUnreadable, match=words):
        read_workbook(path)


def test_a_zip_that_is_not_a_workbook(tmp_path: Path) -> None:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        archive.writestr("hello.txt", "hello")
    path = tmp_path / "team.xlsx"
    path.write_bytes(buffer.getvalue())
    with pytest.raises(TablesUnreadable, match="is not a readable spreadsheet"):
        read_workbook(path)


def test_a_workbook_that_would_unpack_too_far(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("xl/worksheets/sheet1.xml", "0" * 10_000)
    path = tmp_path / "team.xlsx"
    path.write_bytes(buffer.getvalue())
    monkeypatch.setattr(readers, "MAX_UNPACKED_BYTES", 1000)
    with pytest.raises(TablesUnreadable, match="would unpack to 0 MB, more than the 0 MB"):
        read_workbook(path)


def test_a_file_too_large_is_not_read(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = tmp_path / "team.xlsx"
    path.write_bytes(b"PK\x03\x04" + b"0" * 2000)
    monkeypatch.setattr(readers, "MAX_FILE_BYTES", 1000)
    with pytest.raises(TablesUnreadable) as raised:
        read_workbook(path)
    assert (
        str(raised.value)
        == "is 2,004 bytes, larger than the limit of 1,000 bytes for one table file"
    )


def test_csv_that_is_not_utf8_or_not_csv(tmp_path: Path) -> None:
    folder = tmp_path / "tables"
    folder.mkdir()
    (folder / "reports.csv").write_bytes(b"urn\n\xe9\n")
    with pytest.raises(TablesUnreadable, match=r"reports.csv is not UTF-8 text \(byte 0xe9"):
        read_csv_folder(folder)
    (folder / "reports.csv").write_bytes(b'urn,report_kind\n"2515609,full\n')
    with pytest.raises(TablesUnreadable, match=r"reports\.csv is not valid CSV at line"):
        read_csv_folder(folder)


def test_csv_rows_are_numbered_as_a_spreadsheet_shows_them(tmp_path: Path) -> None:
    folder = tmp_path / "tables"
    folder.mkdir()
    (folder / "reports.csv").write_bytes(
        b'\xef\xbb\xbfurn,home_information\r\n2515609,"One.\nTwo."\r\n1252023,Three.\r\n'
    )
    table = read_csv_folder(folder)["reports"]
    assert table.sheet == "reports.csv"
    assert [number for number, _ in table.rows] == [1, 2, 3]
    assert table.rows[0][1] == ["urn", "home_information"]
    assert table.rows[2][1] == ["1252023", "Three."]
