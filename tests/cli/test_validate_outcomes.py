"""validate-report --outcomes: documents held against Ofsted's outcome data."""

from __future__ import annotations

import gzip
import json
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from inspection_schema.cli.validate import main
from tests.support import EXAMPLES, REPO, load_example

OFSTED = REPO / "data" / "ofsted-outcomes"
HEADER = (
    "URN,Inspection event type,Inspection date,Inspection publication date,"
    "Inspection event number,Overall experiences and progress of children and young people,"
    "How well children and young people are helped and protected,"
    "The effectiveness of leaders and managers\n"
)
RI = "Requires improvement to be good"
EARLIER = f"2515609,Full inspection,25/09/2019,22/11/2019,10124774,{RI},{RI},{RI}\n"
EVENT = f"2515609,Full inspection,12/10/2021,22/11/2021,10185961,{RI},{RI},Inadequate\n"
EXAMPLES_BY_URN = {load_example(path)["urn"]: path for path in EXAMPLES}
VALID = str(EXAMPLES[0])


def run(argv: list[str], capsys: pytest.CaptureFixture[str]) -> tuple[int, str, str]:
    status = main(argv)
    captured = capsys.readouterr()
    return status, captured.out, captured.err


def write(folder: Path, name: str, data: Any) -> Path:
    path = folder / name
    if isinstance(data, bytes):
        path.write_bytes(data)
    elif isinstance(data, str):
        path.write_text(data, encoding="utf-8")
    else:
        path.write_text(json.dumps(data), encoding="utf-8")
    return path


def test_the_examples_agree_with_ofsteds_files(capsys: pytest.CaptureFixture[str]) -> None:
    status, out, err = run(["--outcomes", str(OFSTED), *map(str, EXAMPLES)], capsys)
    assert (status, err) == (0, "")
    assert out.splitlines() == [
        *(f"{path}: valid" for path in EXAMPLES),
        "2 documents: 2 valid, 0 invalid, 0 unreadable (0 errors, 0 warnings)",
    ]


def test_a_wrong_grade_is_an_error_in_text_and_json(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    document = load_example("2515609-full-2021-10-12")
    document["judgements"]["helped_and_protected"] = "good"
    assert document["area_narratives"][1]["area"] == "helped_and_protected"
    document["area_narratives"][1]["judgement"] = "good"
    path = write(tmp_path, "report.json", document)
    assert main([str(path)]) == 0  # consistent in itself
    capsys.readouterr()
    status, out, _ = run(["--outcomes", str(OFSTED), str(path)], capsys)
    assert status == 1
    assert (
        "  error outcome-judgement-mismatch at /judgements/helped_and_protected: "
        "Ofsted's record of event 10185961 (Full inspection of 2021-10-12) grades helped "
        "and protected 'requires_improvement_to_be_good'; the document says 'good'."
    ) in out.splitlines()
    status, out, _ = run(["--format", "json", "--outcomes", str(OFSTED), str(path)], capsys)
    assert status == 1
    (entry,) = json.loads(out)["documents"]
    assert [(f["code"], f["expected"], f["found"]) for f in entry["findings"]] == [
        ("outcome-judgement-mismatch", "requires_improvement_to_be_good", "good")
    ]


def test_outcomes_repeat_and_are_read_together(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    earlier = write(tmp_path, "2019-20.csv", HEADER + EARLIER)
    later = write(tmp_path, "2021-22.csv.gz", gzip.compress((HEADER + EVENT).encode()))
    example = str(EXAMPLES_BY_URN["2515609"])
    status, out, err = run(["--outcomes", str(earlier), "--outcomes", str(later), example], capsys)
    assert (status, err) == (0, "")
    assert out.startswith(f"{example}: valid\n")
    # Without the later file the inspection itself is not in the record.
    status, out, _ = run(["--outcomes", str(earlier), example], capsys)
    assert status == 0
    assert "warning outcome-not-found at /inspection_dates/start" in out
    assert "nearest is event 10124774 (Full inspection of 2019-09-25)" in out


def test_values_not_read_are_noted_on_standard_error(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    odd = HEADER.rstrip("\n") + ",Colour\n" + EVENT.rstrip("\n") + ",blue\n"
    odd += EARLIER.replace("25/09/2019", "31/09/2019")
    path = write(tmp_path, "odd.csv", odd)
    status, _, err = run(["--outcomes", str(path), str(EXAMPLES_BY_URN["2515609"])], capsys)
    assert status == 0
    assert err.splitlines() == [
        (
            f"validate-report: note: {path}, row 1: column 'Colour' was not understood, "
            "so it is ignored"
        ),
        (
            f"validate-report: note: {path}, row 3, column 'Inspection date': '31/09/2019' is not "
            "a date written DD/MM/YYYY"
        ),
    ]


def _bad_outcome_files(tmp_path: Path) -> dict[str, tuple[Path, str]]:
    empty_folder = tmp_path / "no-outcomes"
    empty_folder.mkdir()
    (empty_folder / "notes.txt").write_text("not an outcome file", encoding="utf-8")
    return {
        "wrong columns": (
            write(tmp_path, "wrong.csv", "Name,Address\nA home,1 Road\n"),
            (
                "no header row in the first 30 rows names the urn, the event type, "
                "the inspection date"
            ),
        ),
        "two columns meaning one thing": (
            write(tmp_path, "twice.csv", "URN,Event type,Inspection date,Date\n"),
            "columns 'Inspection date' and 'Date' both hold the inspection date",
        ),
        "binary": (write(tmp_path, "binary.csv", bytes(range(256)) * 8), "holds binary data"),
        "empty": (write(tmp_path, "empty.csv", b""), "is empty"),
        "damaged gzip": (write(tmp_path, "cut.csv.gz", gzip.compress(b"URN")[:12]), "cannot be"),
        "damaged spreadsheet": (
            write(tmp_path, "damaged.xlsx", b"PK\x03\x04" + b"\x00" * 64),
            "is not a readable spreadsheet",
        ),
        "missing": (tmp_path / "missing.csv", "does not exist"),
        "folder without outcome files": (empty_folder, "is a folder with no outcome files"),
    }


@pytest.mark.parametrize(
    "kind",
    [
        "wrong columns",
        "two columns meaning one thing",
        "binary",
        "empty",
        "damaged gzip",
        "damaged spreadsheet",
        "missing",
        "folder without outcome files",
    ],
)
def test_a_bad_outcome_file_is_one_line_exit_2_and_nothing_is_checked(
    kind: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path, reason = _bad_outcome_files(tmp_path)[kind]
    status, out, err = run(["--outcomes", str(OFSTED), "--outcomes", str(path), VALID], capsys)
    assert status == 2
    assert out == ""
    (line,) = err.splitlines()
    assert line.startswith(f"validate-report: error: --outcomes: {path}")
    assert reason in line


def test_a_bad_outcome_file_never_gives_a_traceback(tmp_path: Path) -> None:
    path = write(tmp_path, "binary.xlsx", b"PK\x03\x04" + bytes(range(256)) * 4)
    completed = subprocess.run(
        [sys.executable, "-m", "inspection_schema.cli.validate", "--outcomes", str(path), VALID],
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert completed.returncode == 2
    assert completed.stdout == ""
    assert completed.stderr.count("\n") == 1
    assert "Traceback" not in completed.stderr


def test_help_documents_the_option() -> None:
    completed = subprocess.run(
        [sys.executable, "-m", "inspection_schema.cli.validate", "--help"],
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert "--outcomes FILE_OR_DIR" in completed.stdout
    assert "no document is checked" in completed.stdout


def test_without_the_option_the_outcome_reader_is_not_imported() -> None:
    script = (
        "import sys\n"
        "from inspection_schema.cli.validate import main\n"
        f"status = main([{VALID!r}])\n"
        "loaded = [m for m in sys.modules if m.startswith('inspection_schema.outcomes')]\n"
        "print(status, loaded)\n"
    )
    completed = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, timeout=120, check=False
    )
    assert completed.stdout.splitlines()[-1] == "0 []"
