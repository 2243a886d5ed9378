"""Recognise documents that are not children's home inspection reports, early.

Each check looks at the opening of the text only, so refusing is cheap. The
reason names what the document reads as, where that can be told.
"""

from __future__ import annotations

import re

from inspection_schema.extract.errors import EmptyInput, NotAnInspectionReport, UnsupportedLayout
from inspection_schema.extract.normalise import straighten

__all__ = ["check_document"]

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


def check_document(text: str) -> None:
    """Raise if the text is empty, not a children's home report, or in an older layout."""
    if not text.strip():
        raise EmptyInput("is empty" if not text else "has no text")
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
