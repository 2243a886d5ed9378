"""GitHub Actions annotations: each finding on its line of the pull request.

Each finding becomes a workflow command, ``::error file=…,line=…,title=…::message`` (or
``::warning``), that GitHub shows on the line of the file where the value starts: the
document's line in a JSON Lines file, or the line of the finding's JSON Pointer in a JSON
file (:mod:`.source_lines`). An unreadable input is an error on its file. The run's counts
close the output as a plain line, as in the text report.
"""

from __future__ import annotations

from pathlib import Path
from typing import TextIO

from inspection_schema.validate.reporters.base import Summary, plural
from inspection_schema.validate.reporters.source_lines import line_of, value_lines
from inspection_schema.validate.results import DocumentResult

__all__ = ["GithubReporter", "escape_data", "escape_property"]


def escape_data(text: str) -> str:
    """A workflow command's message, with its special characters escaped."""
    return text.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")


def escape_property(text: str) -> str:
    """A workflow command's property value (a file name, a title), escaped."""
    return escape_data(text).replace(":", "%3A").replace(",", "%2C")


def _lines(source: str) -> dict[str, int]:
    """The line of each value in a JSON file (nothing for standard input or if unreadable)."""
    if source == "-":
        return {}
    try:
        return value_lines(Path(source).read_text(encoding="utf-8-sig"))
    except (OSError, UnicodeDecodeError):
        return {}


class GithubReporter:
    """One annotation per finding and per unreadable input, then the counts."""

    def __init__(self, out: TextIO) -> None:
        self.out = out

    def _annotate(self, level: str, source: str, line: int, title: str, message: str) -> None:
        where = f"file={escape_property(source)},line={line},title={escape_property(title)}"
        self.out.write(f"::{level} {where}::{escape_data(message)}\n")

    def document(self, result: DocumentResult) -> None:
        if result.problem is not None:
            line = result.line or 1
            self._annotate(
                "error", result.source, line, result.problem.code, result.problem.message
            )
            return
        if not result.findings:
            return
        lines = {} if result.line is not None else _lines(result.source)
        for finding in result.findings:
            line = result.line or line_of(finding.path, lines)
            level = "error" if finding.is_error else "warning"
            title = f"{finding.code} at {finding.path or '/'}"
            self._annotate(level, result.source, line, title, finding.message)

    def finish(self, summary: Summary) -> None:
        self.out.write(
            f"{plural(summary.documents, 'document')}: {summary.valid} valid, "
            f"{summary.invalid} invalid, {summary.unreadable} unreadable "
            f"({plural(summary.errors, 'error')}, {plural(summary.warnings, 'warning')})\n"
        )
