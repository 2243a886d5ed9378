"""The conformance suite's runner and its case reader (the suite is the top-level folder).

- :mod:`.cases`: reading the validation case files, with a clear message for a bad one;
- :mod:`.runner`: running the cases against any validator command and comparing.

Run it with ``python -m inspection_schema.conformance`` (see ``conformance/README.md``).
"""

from __future__ import annotations

from inspection_schema.conformance.cases import (
    Case,
    CaseFileError,
    FindingKey,
    case_files,
    load_cases,
)
from inspection_schema.conformance.runner import (
    DEFAULT_COMMAND,
    EXIT_AGREEMENT,
    EXIT_DISAGREEMENT,
    EXIT_UNUSABLE,
    REPORT_SCHEMA,
    Outcome,
    RunnerError,
    SuiteResult,
    command_line,
    disagreement,
    run,
    run_command,
)

__all__ = [
    "DEFAULT_COMMAND",
    "EXIT_AGREEMENT",
    "EXIT_DISAGREEMENT",
    "EXIT_UNUSABLE",
    "REPORT_SCHEMA",
    "Case",
    "CaseFileError",
    "FindingKey",
    "Outcome",
    "RunnerError",
    "SuiteResult",
    "case_files",
    "command_line",
    "disagreement",
    "load_cases",
    "run",
    "run_command",
]
