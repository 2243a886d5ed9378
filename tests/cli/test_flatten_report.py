"""flatten-report and extract-report --format csv|xlsx as a user runs them."""

from __future__ import annotations

import datetime
import json
from pathlib import Path
from typing import Any

import openpyxl
import pytest

from inspection_schema.cli import extract, flatten
from inspection_schema.tables.layout import layout
from inspection_schema.tables.readers import read_csv_folder, read_workbook
from inspection_schema.tables.unflatten import unflatten
from tests.support import EXAMPLES, EXAMPLES_DIR, load_example

REAL_TEXTS = sorted((EXAMPLES_DIR / "reports").glob("*.txt"))


def _run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    status = flatten.main(list(args))
    out, err = capsys.readouterr()
    return status, out, err


def _documents(path: Path) -> list[dict[str, Any] | None]:
    raw = read_workbook(path) if path.suffix == ".xlsx" else read_csv_folder(path)
    read = unflatten(raw, layout())
    assert read.problems == []
    return [entry.document for entry in read.documents]


def test_json_files_to_a_workbook_and_back(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "reports.xlsx"
    every_example = sorted(EXAMPLES_DIR.rglob("*.json"))
    status, stdout, err = _run(capsys, str(EXAMPLES_DIR), "-o", str(out))
    assert (status, stdout) == (0, "")
    assert err == f"flatten-report: wrote {len(every_example)}, refused 0, unreadable 0\n"
    assert _documents(out) == [load_example(path) for path in every_example]


def test_json_lines_to_csv_tables_and_csv_tables_to_a_workbook(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    lines = tmp_path / "batch.jsonl"
    lines.write_text("\n".join(json.dumps(load_example(p)) for p in EXAMPLES), encoding="utf-8")
    folder = tmp_path / "tables"
    assert _run(capsys, str(lines), "-o", str(folder))[0] == 0
    assert sorted(p.name for p in folder.iterdir()) == sorted(
        [f"{table.name}.csv" for table in layout().tables] + ["fields.csv"]
    )
    book = tmp_path / "book.xlsx"
    assert _run(capsys, str(folder), "-o", str(book))[0] == 0
    assert _documents(book) == _documents(folder) == [load_example(p) for p in EXAMPLES]


def test_a_document_that_does_not_fit_is_refused_alone(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    odd = load_example(EXAMPLES[0])
    odd["provider"]["colour"] = "red"
    odd_path = tmp_path / "odd.json"
    odd_path.write_text(json.dumps(odd), encoding="utf-8")
    out = tmp_path / "out.xlsx"
    status, _, err = _run(
        capsys, str(odd_path), str(EXAMPLES[1]), str(tmp_path / "no.json"), "-o", str(out)
    )
    assert status == 2
    refused = (
        f"flatten-report: {odd_path}: cannot be written as tables: /provider/colour is not a "
        f"field of schema {layout().version}, so it has no column"
    )
    assert err.splitlines() == [
        refused,
        f"flatten-report: {tmp_path / 'no.json'}: does not exist",
        "flatten-report: wrote 1, refused 1, unreadable 1",
    ]
    assert _documents(out) == [load_example(EXAMPLES[1])]


def test_validate_adds_a_sheet_of_findings(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    early = load_example(EXAMPLES[1])
    early["requirements"][0]["due_date"] = "2021-10-01"
    early_path = tmp_path / "early.json"
    early_path.write_text(json.dumps(early), encoding="utf-8")
    out = tmp_path / "checked.xlsx"
    status, _, _ = _run(capsys, "--validate", str(EXAMPLES[0]), str(early_path), "-o", str(out))
    assert status == 1
    rows = list(openpyxl.load_workbook(out)["validation"].iter_rows(values_only=True))
    key = [column.heading for column in layout().key]
    assert rows[0] == (*key, "code", "severity", "path", "message")
    assert [row[len(key) : len(key) + 3] for row in rows[1:]] == [
        ("due-date-before-inspection", "error", "/requirements/0/due_date")
    ]
    assert rows[1][:2] == ("2515609", datetime.datetime(2021, 10, 12))  # a date cell


@pytest.mark.parametrize("table_format", ["xlsx", "csv"])
def test_the_template_of_a_version(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], table_format: str
) -> None:
    out = tmp_path / f"template.{table_format}"
    status, _, err = _run(
        capsys, "--template", "--schema-version", "1.0", "--format", table_format, "-o", str(out)
    )
    assert (status, err) == (0, "")
    expected = layout("1.0")
    raw = read_workbook(out) if table_format == "xlsx" else read_csv_folder(out)
    for table in expected.tables:
        assert [list(row) for _, row in raw[table.name].rows] == [table.headings]
    assert "event_number" not in raw["reports"].rows[0][1]


@pytest.mark.parametrize(
    ("args", "words"),
    [
        (["-o", "x.xlsx"], "give the documents to write, or --template"),
        (["--template", "a.json", "-o", "x.xlsx"], "--template writes an empty layout"),
        (["a.json", "-o", "x.json"], "give --format xlsx or csv"),
        (["--template", "--schema-version", "0.9", "-o", "x.xlsx"], "unknown schema version"),
    ],
)
def test_usage_errors_exit_2(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], args: list[str], words: str
) -> None:
    status, _, err = _run(
        capsys, *[str(tmp_path / a) if a.endswith((".json", ".xlsx")) else a for a in args]
    )
    assert status == 2
    assert err.startswith("flatten-report: error: ")
    assert words in err


def test_an_output_that_is_an_input_is_refused(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    data = tmp_path / "tables"
    data.mkdir()
    (data / "reports.csv").write_text("urn\n", encoding="utf-8")
    status, _, err = _run(capsys, str(data), "-o", str(data))
    assert status == 2
    assert err == f"flatten-report: error: -o {data} would overwrite the input {data}\n"


def test_extract_report_writes_a_workbook_or_csv_tables(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    book = tmp_path / "real.xlsx"
    assert extract.main([*map(str, REAL_TEXTS), "--format", "xlsx", "-o", str(book)]) == 0
    folder = tmp_path / "real"
    assert extract.main([str(EXAMPLES_DIR / "reports"), "--format", "csv", "-o", str(folder)]) == 0
    capsys.readouterr()
    documents = _documents(book)
    assert documents == _documents(folder)
    assert [d["urn"] for d in documents if d] == ["1252023", "2515609"]


@pytest.mark.parametrize(
    ("args", "words"),
    [
        (["--format", "xlsx"], "--format xlsx writes files: give -o"),
        (
            ["--format", "csv", "--jsonl", "-o", "out"],
            "--jsonl cannot be combined with --format csv",
        ),
    ],
)
def test_extract_report_table_formats_need_an_output(
    capsys: pytest.CaptureFixture[str], args: list[str], words: str
) -> None:
    assert extract.main([str(REAL_TEXTS[0]), *args]) == 2
    assert capsys.readouterr().err == f"extract-report: error: {words}\n"


def test_extract_report_tables_of_a_pinned_version_on_two_processes(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    found = []
    for jobs in ("1", "2"):
        folder = tmp_path / f"jobs-{jobs}"
        arguments = ["--format", "csv", "-o", str(folder), "--schema-version", "1.0"]
        assert extract.main([*map(str, REAL_TEXTS), *arguments, "--jobs", jobs]) == 0
        read = unflatten(read_csv_folder(folder), layout("1.0"))
        assert read.problems == []
        found.append([entry.document for entry in read.documents])
    capsys.readouterr()
    assert found[0] == found[1]
    for document in found[0]:
        assert document is not None
        document.pop("provenance")
    assert found[0] == [load_example(path.stem) for path in REAL_TEXTS]
