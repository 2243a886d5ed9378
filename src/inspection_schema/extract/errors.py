"""The errors extraction raises: one base class, one subclass per kind of problem.

Every message is one line that completes the sentence "<input> …", so the
command line can print ``extract-report: <path>: <message>``.
"""

from __future__ import annotations

__all__ = [
    "DamagedPdf",
    "EmptyInput",
    "EncryptedPdf",
    "ExtractionError",
    "IncompleteReport",
    "NoPages",
    "NoTextLayer",
    "NotAnInspectionReport",
    "UnreadableInput",
    "UnsupportedLayout",
]


class ExtractionError(Exception):
    """A document could not be turned into a canonical instance."""

    def __init__(self, message: str) -> None:
        super().__init__(" ".join(message.split()))

    @property
    def message(self) -> str:
        """The one-line problem, as "is encrypted"."""
        return str(self)


class UnreadableInput(ExtractionError):
    """The input could not be read at all (missing, a folder, not text)."""


class EmptyInput(ExtractionError):
    """The input has no content."""

    def __init__(self, message: str = "is empty") -> None:
        super().__init__(message)


class DamagedPdf(ExtractionError):
    """Not a PDF, or a PDF too damaged to read."""

    def __init__(self, message: str = "is not a PDF or is damaged") -> None:
        super().__init__(message)


class EncryptedPdf(ExtractionError):
    """A PDF that needs a password."""

    def __init__(self, message: str = "is encrypted") -> None:
        super().__init__(message)


class NoPages(ExtractionError):
    """A PDF with zero pages."""

    def __init__(self, message: str = "has no pages") -> None:
        super().__init__(message)


class NoTextLayer(ExtractionError):
    """A PDF whose pages carry no text (a scan, or blank pages)."""

    def __init__(self, message: str = "has no text layer") -> None:
        super().__init__(message)


class NotAnInspectionReport(ExtractionError):
    """A readable document that is not a children's home inspection report."""

    def __init__(self, reason: str) -> None:
        super().__init__(f"is not a children's home inspection report ({reason})")
        self.reason = reason


class UnsupportedLayout(ExtractionError):
    """A children's home report in a layout this extractor does not read."""


class IncompleteReport(ExtractionError):
    """A report that lacks a field every canonical instance must have."""
