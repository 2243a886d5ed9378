"""The CSV report, for teams that review findings in a spreadsheet: one row per finding.

Columns: source, line, code, severity, path, message, and, for a document read from a
spreadsheet, the sheet, row and column of the value. An unreadable input is one row too,
with its problem's code and message (severity ``error``, no path). Valid documents have no
rows; a run with no findings is the header row alone. Rows are written as they come.
"""

from __future__ import annotations

import csv
from typing import TextIO

from inspection_schema.validate.reporters.base import Summary
from inspection_schema.validate.results import DocumentResult

HEADINGS = ("source", "line", "code", "severity", "path", "message", "sheet", "row", "column")
"""The header row."""


class CsvReporter:
    """One CSV row per finding and per unreadable input."""

    def __init__(self, out: TextIO) -> None:
        self.writer = csv.writer(out)
        self.writer.writerow(HEADINGS)

    def document(self, result: DocumentResult) -> None:
        line = "" if result.line is None else str(result.line)
        if result.problem is not None:
            problem = result.problem
            self.writer.writerow(
                [result.source, line, problem.code, "error", "", problem.message, "", "", ""]
            )
        for finding in result.findings:
            place = finding.location
            self.writer.writerow(
                [
                    result.source,
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

    def finish(self, summary: Summary) -> None:
        """The CSV report has no summary row: the counts are the rows."""
