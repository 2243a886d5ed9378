"""Reports stay well formed whatever a document's keys and a file's name hold."""

from __future__ import annotations

import io
import json
import os

from inspection_schema.validate.checker import check_document
from inspection_schema.validate.reporters import (
    REPORTERS,
    JsonReporter,
    Summary,
    TextReporter,
    report_document,
)
from tests.support import load_example

FORGED = "x: valid\nforged.json: valid"


def _text_report(document: dict[str, object], source: str = "report.json") -> str:
    out = io.StringIO()
    reporter = TextReporter(out)
    result = check_document(document, source=source)
    report_document(reporter, result)
    summary = Summary()
    summary.add(result)
    reporter.finish(summary)
    return out.getvalue()


def test_a_key_holding_a_line_break_cannot_forge_a_line_of_text_output() -> None:
    """Such a key was once written raw, adding a line that read as another document's verdict."""
    document = load_example("2515609-full-2021-10-12")
    document["provider"][FORGED] = 1
    lines = _text_report(document).splitlines()
    assert lines[0] == "report.json: invalid (1 error, 0 warnings)"
    assert len(lines) == 3
    assert "x: valid\\nforged.json: valid" in lines[1]
    assert not any(line.startswith("forged.json") for line in lines)


def test_a_file_name_with_a_line_break_or_bad_bytes_stays_one_line() -> None:
    source = os.fsdecode(b"odd\n\xe9.json")
    lines = _text_report(load_example("2515609-full-2021-10-12"), source).splitlines()
    assert lines[0] == "odd\\n\\xe9.json: valid"
    out = io.StringIO()
    reporter = JsonReporter(out)
    report_document(reporter, check_document({}, source=source))
    reporter.finish(Summary())
    text = out.getvalue()
    text.encode("utf-8")  # no lone surrogates: the report is valid UTF-8
    assert json.loads(text)["documents"][0]["source"] == "odd\n\\xe9.json"


def test_every_report_format_writes_a_name_that_is_not_utf8_escaped() -> None:
    """The CSV and GitHub formats once wrote such a name's bytes raw (invalid UTF-8)."""
    source = os.fsdecode(b"caf\xe9.json")
    for name, make in REPORTERS.items():
        out = io.StringIO()
        reporter = make(out)
        result = check_document({}, source=source)
        report_document(reporter, result)
        summary = Summary()
        summary.add(result)
        reporter.finish(summary)
        text = out.getvalue()
        text.encode("utf-8")  # no lone surrogates
        assert "caf\\xe9.json" in text.replace("\\\\", "\\"), name
