"""Reporters: how validation results are shown, one module per format behind one interface.

- :mod:`.base`: the :class:`Reporter` interface, the run's :class:`Summary` and a
  :class:`Rendered` document (what a ``--jobs`` worker sends back);
- :mod:`.text`: the text report, for people;
- :mod:`.json_report`: the JSON report, for programs (``schemas/findings-report.schema.json``);
- :mod:`.csv_report`: one CSV row per finding, for review in a spreadsheet;
- :mod:`.github`: GitHub Actions annotations, each finding on its line of a pull request.
"""

from __future__ import annotations

from inspection_schema.validate.reporters.base import (
    Rendered,
    Reporter,
    ReporterFactory,
    Summary,
    rendered,
    report_document,
)
from inspection_schema.validate.reporters.csv_report import CsvReporter
from inspection_schema.validate.reporters.github import GithubReporter
from inspection_schema.validate.reporters.json_report import JsonReporter
from inspection_schema.validate.reporters.text import TextReporter

REPORTERS: dict[str, ReporterFactory] = {
    "text": TextReporter,
    "json": JsonReporter,
    "csv": CsvReporter,
    "github": GithubReporter,
}
"""Reporter class for each ``--format``."""

__all__ = [
    "REPORTERS",
    "CsvReporter",
    "GithubReporter",
    "JsonReporter",
    "Rendered",
    "Reporter",
    "Summary",
    "TextReporter",
    "rendered",
    "report_document",
]
