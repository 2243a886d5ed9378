"""A file that is not a table of inspection events raises one exception with a one-line message."""

from __future__ import annotations

import io
import zipfile
from pathlib import Path

import pytest

from inspection_schema.outcomes import OutcomeFileError, load_outcomes, read_outcome_file

from .conftest import CRAFTED, Write


def _zip() -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        archive.writestr("notes.txt", "not a spreadsheet")
    return buffer.getvalue()


@pytest.mark.parametrize(
    ("name", "content", "reason"),
    [
        ("empty.csv", b"", "is empty"),
        ("blank.csv", b"\n \n", "is empty"),
        ("image.csv", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "holds binary data"),
        ("report.csv", b'{"urn": "SC000001"}\n', "no header row in the first 30 rows names"),
        (
            "wrong.csv",
            b"URN,Name,Town\nSC000001,A home,Leeds\n",
            "names the event type, the inspection date",
        ),
        (
            "broken.csv",
            b'URN,Event type,Inspection date\nSC1,"Full"x,01/01/2020\n',
            "not valid CSV",
        ),
        ("broken.csv.gz", b"\x1f\x8b\x08\x00garbage", "cannot be read"),
        ("sheet.xlsx", _zip(), "is not a readable spreadsheet"),
        ("sheet.ods", b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(100), "spreadsheet"),
    ],
)
def test_a_malformed_file_is_one_line_naming_it(
    write: Write, name: str, content: bytes, reason: str
) -> None:
    path = write(name, content)
    with pytest.raises(OutcomeFileError) as raised:
        read_outcome_file(path)
    message = str(raised.value)
    assert "\n" not in message
    assert message.startswith(str(path))
    assert reason in message
    assert raised.value.path == str(path)


def test_a_csv_error_names_its_row(write: Write) -> None:
    path = write("broken.csv", 'URN,Event type,Inspection date\nSC1,"Full"x,01/01/2020\n')
    with pytest.raises(OutcomeFileError) as raised:
        read_outcome_file(path, name="broken.csv")
    assert str(raised.value).startswith("broken.csv, row 2: is not valid CSV")


def test_a_spreadsheet_without_an_events_table_names_its_sheets() -> None:
    with pytest.raises(OutcomeFileError) as raised:
        read_outcome_file(CRAFTED / "no-events.xlsx", name="no-events.xlsx")
    assert str(raised.value) == (
        "no-events.xlsx: no sheet has a header row naming the URN, event type and inspection "
        "date (sheets: 'notes')"
    )


def test_a_missing_path_and_a_bad_file_in_a_folder(write: Write, tmp_path: Path) -> None:
    with pytest.raises(OutcomeFileError, match="does not exist"):
        load_outcomes(tmp_path / "absent")
    write("good.csv", "URN,Event type,Inspection date\nSC000001,Full inspection,01/01/2020\n")
    write("README.md", "# not read\n")
    assert len(load_outcomes(tmp_path)) == 1
    bad = write("bad.csv.gz", b"")
    with pytest.raises(OutcomeFileError) as raised:
        load_outcomes(tmp_path)
    assert str(raised.value).startswith(str(bad))
