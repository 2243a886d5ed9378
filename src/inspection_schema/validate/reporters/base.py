"""The one interface every reporter follows, and the counts over a run.

A reporter receives each :class:`~inspection_schema.validate.results.DocumentResult` as it
is ready and writes as it goes, so a large JSON Lines run never holds every result in
memory; then it receives the :class:`Summary`.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Protocol, TextIO

from inspection_schema.validate.results import DocumentResult


@dataclass
class Summary:
    """Counts over a whole run."""

    documents: int = 0
    valid: int = 0
    invalid: int = 0
    unreadable: int = 0
    errors: int = 0
    warnings: int = 0

    def add(self, result: DocumentResult) -> None:
        """Count one document's result."""
        self.documents += 1
        if result.status == "valid":
            self.valid += 1
        elif result.status == "invalid":
            self.invalid += 1
        else:
            self.unreadable += 1
        self.errors += sum(f.is_error for f in result.findings)
        self.warnings += sum(not f.is_error for f in result.findings)


class Reporter(Protocol):
    """Receives each result as it is ready, then the summary."""

    def document(self, result: DocumentResult) -> None:
        """Report one document."""

    def finish(self, summary: Summary) -> None:
        """Close the report with the run's counts."""


class ReporterFactory(Protocol):
    """A reporter class: built on the stream it writes to."""

    def __call__(self, out: TextIO) -> Reporter: ...


def plural(count: int, word: str) -> str:
    """``1 error``, ``2 errors``."""
    return f"{count} {word}{'' if count == 1 else 's'}"
