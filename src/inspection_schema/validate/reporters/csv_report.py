"""The CSV report, for teams that review findings in a spreadsheet: one row per finding.

Columns: source, line, code, severity, path, message, and, for a document read from a
spreadsheet, the sheet, row and column of the value. An unreadable input is one row too,
with its problem's code and message (severity ``error``, no path). Valid documents have no
rows; a run with no findings is the header row alone. Rows are written as they come. A
source whose name holds bytes that are not UTF-8 is written with them escaped
(``caf\\xe9.json``), so the report is always valid UTF-8.
"""

from __future__ import annotations

import csv
import io
from typing import TextIO

from inspection_schema.reading import decodable_name
from inspection_schema.validate.reporters.base import Summary, stream_of
from inspection_schema.validate.results import DocumentResult

HEADINGS = ("source", "line", "code", "severity", "path", "message", "sheet", "row", "column")
"""The header row."""


class CsvReporter:
    """One CSV row per finding and per unreadable input."""

    def __init__(self, out: TextIO | None = None) -> None:
        self.out = out
        if out is not None:
            csv.writer(out).writerow(HEADINGS)

    def render(self, result: DocumentResult) -> str:
        if result.problem is None and not result.findings:
            return ""
        rows = io.StringIO()
        writer = csv.writer(rows)
        line = "" if result.line is None else str(result.line)
        source = decodable_name(result.source)
        if result.problem is not None:
            problem = result.problem
            writer.writerow([source, line, problem.code, "error", "", problem.message, "", "", ""])
        for finding in result.findings:
            place = finding.location
            writer.writerow(
                [
                    source,
                    line,
                    finding.code,
                    finding.severity,
                    finding.path,
                    finding.message,
                    "" if place is None else place.sheet,
                    "" if place is None else str(place.row),
                    "" if place is None or place.column is None else place.column,
                ]
            )
        return rows.getvalue()

    def write(self, text: str) -> None:
        stream_of(self.out).write(text)

    def finish(self, summary: Summary) -> None:
        """The CSV report has no summary row: the counts are the rows."""
