"""The JSON report, for programs; its structure is ``schemas/findings-report-1.1.schema.json``.

It is written incrementally, as one JSON object, a document at a time. Every run writes
report format 1.1, which only widens the released format 1.0
(``schemas/findings-report.schema.json``): a finding about a document read from a
spreadsheet also says where in the spreadsheet its value was, and a problem may be
``input-table-layout``. A run without a spreadsheet writes what format 1.0 allows, under
the format's new number. A source whose name holds bytes that are not UTF-8 is written
with them escaped (``caf\\xe9.json``), so the report is always valid UTF-8.
"""

from __future__ import annotations

import json
from typing import Any, TextIO

from inspection_schema import __version__
from inspection_schema.reading import decodable_name
from inspection_schema.validate.reporters.base import Summary, stream_of
from inspection_schema.validate.results import DocumentResult

REPORT_FORMAT = "1.1"
"""The version of the findings report format the report follows
(``findings-report-1.1.schema.json``)."""


class JsonReporter:
    """The JSON report, written incrementally as one JSON object."""

    def __init__(self, out: TextIO | None = None) -> None:
        self.out = out
        self.count = 0
        if out is not None:
            tool = {"name": "validate-report", "version": __version__}
            head = json.dumps({"report_format": REPORT_FORMAT, "tool": tool})
            out.write(head[:-1] + ', "documents": [')

    def render(self, result: DocumentResult) -> str:
        entry: dict[str, Any] = {"source": decodable_name(result.source)}
        if result.line is not None:
            entry["line"] = result.line
        entry["status"] = result.status
        if result.schema_version is not None:
            entry["schema_version"] = result.schema_version
        entry["findings"] = [finding.to_json() for finding in result.findings]
        if result.problem is not None:
            entry["problem"] = {"code": result.problem.code, "message": result.problem.message}
        return json.dumps(entry, ensure_ascii=False, default=str)

    def write(self, text: str) -> None:
        separator = "\n  " if self.count == 0 else ",\n  "
        stream_of(self.out).write(separator + text)
        self.count += 1

    def finish(self, summary: Summary) -> None:
        counts = {
            "documents": summary.documents,
            "valid": summary.valid,
            "invalid": summary.invalid,
            "unreadable": summary.unreadable,
            "errors": summary.errors,
            "warnings": summary.warnings,
        }
        stream_of(self.out).write(f'\n], "summary": {json.dumps(counts)}}}\n')
