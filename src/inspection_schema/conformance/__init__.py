"""The conformance suite's runners and case reader; the suite ships inside the package.

- :mod:`.suite`: where the suite is (shipped, or ``conformance/`` in a checkout) and its
  versions;
- :mod:`.cases`: reading validation and extraction case files, with a clear message for a
  bad one;
- :mod:`.commands`: running the command under test, bounded in time and output;
- :mod:`.reports`: reading a validator's findings report, entry by entry;
- :mod:`.runner`: the validation cases against any validator command;
- :mod:`.extraction`: the extraction cases against any extractor command;
- :mod:`.results`: what a run found, case by case.

Run it with ``inspection-conformance`` (or ``python -m inspection_schema.conformance``);
see ``conformance/README.md``.
"""

from __future__ import annotations

from inspection_schema.conformance.cases import (
    Case,
    CaseFileError,
    ExtractionCase,
    FindingKey,
    case_files,
    load_cases,
    load_extraction_cases,
)
from inspection_schema.conformance.commands import CannotRun, RunnerError
from inspection_schema.conformance.extraction import DEFAULT_EXTRACT_COMMAND, run_extraction
from inspection_schema.conformance.reports import REPORT_SCHEMAS, Outcome
from inspection_schema.conformance.results import (
    EXIT_AGREEMENT,
    EXIT_DISAGREEMENT,
    EXIT_UNUSABLE,
    CaseResult,
    SuiteResult,
)
from inspection_schema.conformance.runner import (
    DEFAULT_COMMAND,
    command_line,
    disagreement,
    run,
    run_command,
)
from inspection_schema.conformance.suite import default_suite, suite_versions

REPORT_SCHEMA = REPORT_SCHEMAS["1.1"]
"""The report schema validate-report writes (format 1.1, which lets any tool report)."""

__all__ = [
    "DEFAULT_COMMAND",
    "DEFAULT_EXTRACT_COMMAND",
    "EXIT_AGREEMENT",
    "EXIT_DISAGREEMENT",
    "EXIT_UNUSABLE",
    "REPORT_SCHEMA",
    "REPORT_SCHEMAS",
    "CannotRun",
    "Case",
    "CaseFileError",
    "CaseResult",
    "ExtractionCase",
    "FindingKey",
    "Outcome",
    "RunnerError",
    "SuiteResult",
    "case_files",
    "command_line",
    "default_suite",
    "disagreement",
    "load_cases",
    "load_extraction_cases",
    "run",
    "run_command",
    "run_extraction",
    "suite_versions",
]
