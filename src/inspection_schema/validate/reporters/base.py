"""The one interface every reporter follows, the counts over a run, and a rendered document.

A reporter renders each :class:`~inspection_schema.validate.results.DocumentResult` as text
(:meth:`Reporter.render`), writes that text in its place in the report
(:meth:`Reporter.write`), and closes the report with the run's :class:`Summary`. Rendering
needs no stream, so it can happen where the document was checked: a ``--jobs`` worker
sends back a :class:`Rendered` document (a few lines of text and its counts), which costs
far less to send and to write than the findings it shows. Results are written as they
come, so a large JSON Lines run never holds every result in memory.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import NamedTuple, Protocol, TextIO

from inspection_schema.validate.results import DocumentResult, Status


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
        self.count(result.status, *severities(result))

    def count(self, status: Status, errors: int, warnings: int) -> None:
        """Count one document, by its status and its findings' severities."""
        self.documents += 1
        if status == "valid":
            self.valid += 1
        elif status == "invalid":
            self.invalid += 1
        else:
            self.unreadable += 1
        self.errors += errors
        self.warnings += warnings


class Rendered(NamedTuple):
    """One document's part of a report, ready to write, with what the run counts of it.

    A named tuple, not a dataclass: a ``--jobs`` worker sends one back for every document,
    and a tuple is pickled and unpickled several times faster.
    """

    text: str
    """What the report shows of the document (may be empty: a valid document in CSV)."""
    status: Status
    errors: int
    warnings: int
    location: str
    """The document's source, with its line in a JSON Lines input."""
    problem: str | None = None
    """Why the document could not be read, for the command's line on standard error."""


class Reporter(Protocol):
    """Renders each result, writes each rendered result in order, then the summary."""

    def render(self, result: DocumentResult) -> str:
        """The text of one document's part of the report (needs no stream)."""

    def write(self, text: str) -> None:
        """Write one document's rendered part, in its place in the report."""

    def finish(self, summary: Summary) -> None:
        """Close the report with the run's counts."""


class ReporterFactory(Protocol):
    """A reporter class: built on the stream it writes to (none: it only renders)."""

    def __call__(self, out: TextIO | None = None) -> Reporter: ...


def severities(result: DocumentResult) -> tuple[int, int]:
    """How many of a result's findings are errors, and how many warnings."""
    errors = sum(f.is_error for f in result.findings)
    return errors, len(result.findings) - errors


def rendered(reporter: Reporter, result: DocumentResult) -> Rendered:
    """One result as ``reporter`` shows it, with its counts and its problem's message."""
    errors, warnings = severities(result)
    problem = None if result.problem is None else result.problem.message
    text = reporter.render(result)
    return Rendered(text, result.status, errors, warnings, result.location, problem)


def report_document(reporter: Reporter, result: DocumentResult) -> None:
    """Render one result and write it (what a run in one process does for each)."""
    reporter.write(reporter.render(result))


def stream_of(out: TextIO | None) -> TextIO:
    """The stream a reporter writes to; a reporter built without one only renders."""
    if out is None:
        raise ValueError("this reporter only renders: it was built without a stream")
    return out


def plural(count: int, word: str) -> str:
    """``1 error``, ``2 errors``."""
    return f"{count} {word}{'' if count == 1 else 's'}"
