"""Every way extraction can stop, in one place: one base class per outcome.

An input that does not give an instance ends in one of three outcomes. Each problem is a
subclass of its outcome's base class, so a caller can count by class (:func:`outcome`):

- :class:`Unreadable`: the input could not be read as a document. It is missing or a
  folder (:class:`UnreadableInput`), empty (:class:`EmptyInput`), a damaged PDF
  (:class:`DamagedPdf`), an encrypted PDF (:class:`EncryptedPdf`), a PDF with no pages
  (:class:`NoPages`) or with no text layer (:class:`NoTextLayer`).
- :class:`Refused`: a readable document this extractor does not read. It is a file of
  another kind, such as JSON or Markdown (:class:`NotAReportFile`), not a children's home
  inspection report (:class:`NotAnInspectionReport`), or a report in an older layout
  (:class:`UnsupportedLayout`).
- :class:`Failed`: a report that did not give a valid instance. A field every instance must
  have is missing or unreadable (:class:`IncompleteReport`), or the extractor went wrong
  (:class:`ExtractorFault`).

Every message is one line that completes the sentence "<input> …", so the command line can
print ``extract-report: <path>: <message>``. They survive pickling with their class and
message, so a process pool can hand them back.

Most documents that are not reports are refused early, from their opening text alone
(:func:`refuse_other_documents`, below); the PDF reader raises the unreadable-PDF problems
(an encrypted PDF is refused there, with :class:`EncryptedPdf`), and building the report
raises :class:`IncompleteReport`.
"""

from __future__ import annotations

import re
from typing import Any, Literal

from inspection_schema.extract.normalise import straighten

__all__ = [
    "DamagedPdf",
    "EmptyInput",
    "EncryptedPdf",
    "ExtractionError",
    "ExtractorFault",
    "Failed",
    "IncompleteReport",
    "NoPages",
    "NoTextLayer",
    "NotAReportFile",
    "NotAnInspectionReport",
    "Outcome",
    "Refused",
    "Unreadable",
    "UnreadableInput",
    "UnsupportedLayout",
    "outcome",
    "refuse_other_documents",
]

Outcome = Literal["unreadable", "refused", "failed"]


class ExtractionError(Exception):
    """A document could not be turned into a canonical instance."""

    def __init__(self, message: str) -> None:
        super().__init__(" ".join(message.split()))

    @property
    def message(self) -> str:
        """The one-line problem, as "is encrypted"."""
        return str(self)

    def __reduce__(self) -> tuple[Any, ...]:
        return _restore, (type(self), self.message, self.__dict__)


def _restore(kind: type[ExtractionError], message: str, state: dict[str, Any]) -> ExtractionError:
    """An extraction error rebuilt from its class, message and attributes (for unpickling)."""
    error = kind.__new__(kind)
    Exception.__init__(error, message)
    error.__dict__.update(state)
    return error


class Unreadable(ExtractionError):
    """The input could not be read as a document."""


class Refused(ExtractionError):
    """A readable document that this extractor does not turn into an instance."""


class Failed(ExtractionError):
    """A report that did not give a valid instance."""


def outcome(error: ExtractionError) -> Outcome:
    """Which of the three outcomes an extraction error is."""
    if isinstance(error, Unreadable):
        return "unreadable"
    if isinstance(error, Refused):
        return "refused"
    return "failed"


# Unreadable


class UnreadableInput(Unreadable):
    """The input could not be read at all (missing, a folder, not text)."""


class EmptyInput(Unreadable):
    """The input has no content."""

    def __init__(self, message: str = "is empty") -> None:
        super().__init__(message)


class DamagedPdf(Unreadable):
    """Not a PDF, or a PDF too damaged to read."""

    def __init__(self, message: str = "is not a PDF or is damaged") -> None:
        super().__init__(message)


class EncryptedPdf(Unreadable):
    """A PDF that needs a password: it is refused, as it cannot be read without one."""

    def __init__(self, message: str = "is encrypted") -> None:
        super().__init__(message)


class NoPages(Unreadable):
    """A PDF with zero pages."""

    def __init__(self, message: str = "has no pages") -> None:
        super().__init__(message)


class NoTextLayer(Unreadable):
    """A PDF whose pages carry no text (a scan, or blank pages)."""

    def __init__(self, message: str = "has no text layer") -> None:
        super().__init__(message)


# Refused


class NotAReportFile(Refused):
    """A file of another kind (JSON, Markdown, …): not a report's PDF or text."""

    def __init__(self, kind: str, *, advice: str = "") -> None:
        super().__init__(
            f"is {kind}, not a report PDF or text: extract-report reads the .pdf and .txt "
            f"files of Ofsted's reports{advice}"
        )


class NotAnInspectionReport(Refused):
    """A readable document that is not a children's home inspection report."""

    def __init__(self, reason: str) -> None:
        super().__init__(f"is not a children's home inspection report ({reason})")
        self.reason = reason


class UnsupportedLayout(Refused):
    """A children's home report in a layout this extractor does not read."""


# Failed


class IncompleteReport(Failed):
    """A report that lacks a field every canonical instance must have, or cannot read one."""


class ExtractorFault(Failed):
    """The extractor went wrong on this input: a bug to report, not a problem of the input."""


# Refusing early, from the opening text

_OPENING = 4000
_OTHER_DOCUMENTS: tuple[tuple[re.Pattern[str], str], ...] = (
    (
        re.compile(r"\bfocused visit to\b", re.IGNORECASE),
        "it reads as a local-authority focused visit letter",
    ),
    (
        re.compile(
            r"\binspection of local authority children'?s services\b|\bILACS\b", re.IGNORECASE
        ),
        "it reads as an inspection of local-authority children's services",
    ),
    (
        re.compile(r"\bjoint targeted area inspection\b", re.IGNORECASE),
        "it reads as a joint targeted area inspection letter",
    ),
    (
        re.compile(r"\bschool inspection report\b", re.IGNORECASE),
        "it reads as a school inspection report",
    ),
)
_OLD_LAYOUTS: tuple[tuple[re.Pattern[str], str], ...] = (
    (
        re.compile(r"children'?s homes? inspection\s*\S?\s*full\b", re.IGNORECASE),
        "is a children's home report in the 2015–17 layout, which this extractor does not read",
    ),
    (
        re.compile(
            r"inspection report for children'?s home\s+unique reference number", re.IGNORECASE
        ),
        "is a children's home report in a pre-2014 layout, which this extractor does not read",
    ),
    (
        re.compile(r"\bkey findings from this inspection\b", re.IGNORECASE),
        "is a children's home report in the 2017 layout, which this extractor does not read",
    ),
)
_REPORT_SIGNS = re.compile(
    r"registered provider|children'?s home|inspection dates?\s*:|inspected under", re.IGNORECASE
)


def refuse_other_documents(text: str) -> None:
    """Raise if the text is empty, JSON, not a children's home report, or in an older layout."""
    if not text.strip():
        raise EmptyInput("is empty" if not text else "has no text")
    if text.lstrip()[:1] in {"{", "["}:
        raise NotAReportFile("JSON", advice="; validate-report checks JSON instances")
    opening = straighten(text[:_OPENING])
    for pattern, reason in _OTHER_DOCUMENTS:
        if pattern.search(opening):
            raise NotAnInspectionReport(reason)
    for pattern, message in _OLD_LAYOUTS:
        if pattern.search(opening):
            raise UnsupportedLayout(message)
    if not _REPORT_SIGNS.search(opening):
        raise NotAnInspectionReport(
            "it has no URN, registered provider, inspection dates or report title"
        )
