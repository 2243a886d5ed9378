"""GitHub Actions annotations: each finding on its line of the pull request.

Each finding becomes a workflow command, ``::error file=…,line=…,title=…::message`` (or
``::warning``), that GitHub shows on the line of the file where the value starts: the
document's line in a JSON Lines file, or the line of the finding's JSON Pointer in a JSON
file (:mod:`.source_lines`). A finding about a document read from a spreadsheet is put on
the line where its value's row starts in the CSV file that holds it (a cell may hold
several lines), or on a workbook's first line, and its message names the sheet, row and
column. An unreadable input is an error on its file. The run's
counts close the output as a plain line, as in the text report. A file name's bytes that
are not UTF-8 are written escaped (``caf\\xe9.json``), so the output is valid UTF-8.
"""

from __future__ import annotations

import os
import stat
from pathlib import Path
from typing import TextIO

from inspection_schema.reading import InputError, decodable_name, open_input, read_at_most
from inspection_schema.validate.findings import Finding
from inspection_schema.validate.reporters.base import Summary, plural, stream_of
from inspection_schema.validate.reporters.source_lines import SourceLines
from inspection_schema.validate.results import DocumentResult

__all__ = ["GithubReporter", "escape_data", "escape_property"]


def escape_data(text: str) -> str:
    """A workflow command's message, with its special characters escaped."""
    return text.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")


def escape_property(text: str) -> str:
    """A workflow command's property value (a file name, a title), escaped."""
    return escape_data(text).replace(":", "%3A").replace(",", "%2C")


_MOST_READ_AGAIN = 64 * 1_048_576
"""The largest JSON file read a second time for its lines (its document was read within
``--max-size`` already)."""


def _lines(source: str) -> SourceLines:
    """The lines of the values in a JSON file; none (every value on line 1) for standard
    input, or for a file that is not a regular file (a named pipe or a device cannot be read
    a second time), too large or unreadable. The file is read again through
    :mod:`inspection_schema.reading`, without waiting for a pipe's writer."""
    if source == "-":
        return _NO_LINES
    try:
        with open_input(source, pipe_wait=0) as handle:
            if not stat.S_ISREG(os.fstat(handle.fileno()).st_mode):
                return _NO_LINES
            data = read_at_most(handle, _MOST_READ_AGAIN)
        return SourceLines(data.decode("utf-8-sig"))
    except (InputError, OSError, UnicodeDecodeError):
        return _NO_LINES


_NO_LINES = SourceLines("")
"""The lines of a file that cannot be read again: every value on line 1."""


def _annotation(level: str, source: str, line: int, title: str, message: str) -> str:
    """One workflow command: an error or warning on a line of a file."""
    shown = escape_property(decodable_name(source))
    where = f"file={shown},line={line},title={escape_property(title)}"
    return f"::{level} {where}::{escape_data(message)}\n"


def _row_lines(path: Path) -> list[int]:
    """The line on which each row of a CSV file starts (nothing if it cannot be read)."""
    import csv

    starts: list[int] = []
    try:
        with path.open(encoding="utf-8-sig", newline="") as handle:
            reader = csv.reader(handle)
            start = 1
            for _ in reader:
                starts.append(start)
                start = reader.line_num + 1
    except (OSError, UnicodeDecodeError, csv.Error):
        return []
    return starts


class GithubReporter:
    """One annotation per finding and per unreadable input, then the counts."""

    def __init__(self, out: TextIO | None = None) -> None:
        self.out = out
        self._tables: dict[Path, list[int]] = {}

    def _in_spreadsheet(self, source: str, finding: Finding) -> tuple[str, int, str]:
        """The file, line and message of a finding located in a spreadsheet."""
        assert finding.location is not None
        location = finding.location
        message = f"{finding.message} ({location.describe()})"
        if not location.sheet.endswith(".csv"):
            return source, 1, message
        table = Path(source).with_name(location.sheet)
        if table not in self._tables:
            self._tables[table] = _row_lines(table)
        starts = self._tables[table]
        line = starts[location.row - 1] if 0 < location.row <= len(starts) else 1
        return str(table), line, message

    def render(self, result: DocumentResult) -> str:
        if result.problem is not None:
            line = result.line or 1
            return _annotation(
                "error", result.source, line, result.problem.code, result.problem.message
            )
        if not result.findings:
            return ""
        lines = _NO_LINES if result.line is not None else _lines(result.source)
        annotations = []
        for finding in result.findings:
            source, message = result.source, finding.message
            if finding.location is not None:
                source, line, message = self._in_spreadsheet(source, finding)
            else:
                line = result.line or lines.line_of(finding.path)
            level = "error" if finding.is_error else "warning"
            title = f"{finding.code} at {finding.path or '/'}"
            annotations.append(_annotation(level, source, line, title, message))
        return "".join(annotations)

    def write(self, text: str) -> None:
        stream_of(self.out).write(text)

    def finish(self, summary: Summary) -> None:
        stream_of(self.out).write(
            f"{plural(summary.documents, 'document')}: {summary.valid} valid, "
            f"{summary.invalid} invalid, {summary.unreadable} unreadable "
            f"({plural(summary.errors, 'error')}, {plural(summary.warnings, 'warning')})\n"
        )
