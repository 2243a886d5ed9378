"""The JSON report, for programs; its structure is ``schemas/findings-report.schema.json``.

It is written incrementally, as one JSON object, a document at a time. A run that reads a
spreadsheet writes format 1.1 (``schemas/findings-report-1.1.schema.json``), whose findings
also say where in the spreadsheet their value was; every other run writes format 1.0.
"""

from __future__ import annotations

import json
from typing import Any, TextIO

from inspection_schema import __version__
from inspection_schema.validate.findings import Finding
from inspection_schema.validate.reporters.base import Summary
from inspection_schema.validate.results import DocumentResult

REPORT_FORMAT = "1.0"
"""The version of ``findings-report.schema.json`` the report follows."""
LOCATED_FORMAT = "1.1"
"""The version of the report whose findings may have a location in a spreadsheet
(``findings-report-1.1.schema.json``)."""


class JsonReporter:
    """The JSON report, written incrementally as one JSON object."""

    def __init__(self, out: TextIO, *, report_format: str = REPORT_FORMAT) -> None:
        self.out = out
        self.count = 0
        self.located = report_format == LOCATED_FORMAT
        tool = {"name": "validate-report", "version": __version__}
        head = json.dumps({"report_format": report_format, "tool": tool})
        self.out.write(head[:-1] + ', "documents": [')

    def document(self, result: DocumentResult) -> None:
        entry: dict[str, Any] = {"source": result.source}
        if result.line is not None:
            entry["line"] = result.line
        entry["status"] = result.status
        if result.schema_version is not None:
            entry["schema_version"] = result.schema_version
        entry["findings"] = [self._finding(f) for f in result.findings]
        if result.problem is not None:
            entry["problem"] = {"code": result.problem.code, "message": result.problem.message}
        separator = "\n  " if self.count == 0 else ",\n  "
        self.out.write(separator + json.dumps(entry, ensure_ascii=False, default=str))
        self.count += 1

    def _finding(self, finding: Finding) -> dict[str, Any]:
        data = finding.to_json()
        if not self.located:
            data.pop("location", None)
        return data

    def finish(self, summary: Summary) -> None:
        counts = {
            "documents": summary.documents,
            "valid": summary.valid,
            "invalid": summary.invalid,
            "unreadable": summary.unreadable,
            "errors": summary.errors,
            "warnings": summary.warnings,
        }
        self.out.write(f'\n], "summary": {json.dumps(counts)}}}\n')
