"""Rules on requirements' due dates: given, not before the inspection, within three months.

Each rule first scans the due dates as a whole (``min``, ``max``, ``in``) and looks at the
requirements one by one only when that scan shows a requirement may fail it.
"""

from __future__ import annotations

import datetime
from functools import lru_cache

from inspection_schema.rules._registry import NO_FINDINGS, Findings, rule
from inspection_schema.rules.context import DocumentContext
from inspection_schema.rules.date_arithmetic import add_months
from inspection_schema.validate.findings import Finding, make_finding, pointer

_DUE_WITHIN_MONTHS = 3


@rule("due-date-before-inspection")
def due_not_before_inspection(document: DocumentContext) -> Findings:
    start, days = document.start, document.due_days
    if start is None or not days or min(days) >= start:
        return NO_FINDINGS
    return [
        make_finding(
            "due-date-before-inspection",
            pointer("requirements", index, "due_date"),
            f"Requirement {index + 1} is due on {due}, before the inspection began ({start}).",
            expected=f">= {start}",
            found=due.isoformat(),
        )
        for index, due in enumerate(document.due)
        if due is not None and due < start
    ]


@lru_cache(maxsize=1024)
def _latest(end: datetime.date) -> datetime.date:
    """The last usual due date for an inspection that ended on ``end``."""
    return add_months(end, _DUE_WITHIN_MONTHS)


def _unusual(index: int, due: datetime.date, end: datetime.date, latest: datetime.date) -> Finding:
    """The finding for a due date on or before the last day, or over three months after."""
    if due <= end:
        message = f"Requirement {index + 1} is due on {due}, before the inspection ended ({end})."
    else:
        message = (
            f"Requirement {index + 1} is due on {due}, more than three months after the inspection."
        )
    return make_finding(
        "due-date-unusual",
        pointer("requirements", index, "due_date"),
        message,
        expected=f"{end} < due date <= {latest}",
        found=due.isoformat(),
    )


@rule("due-date-unusual")
def due_soon_after_inspection(document: DocumentContext) -> Findings:
    start, end, days = document.start, document.end, document.due_days
    if not (start and end and days):
        return NO_FINDINGS
    latest = _latest(end)
    if min(days) > end and max(days) <= latest:
        return NO_FINDINGS
    return [
        _unusual(index, due, end, latest)
        for index, due in enumerate(document.due)
        if due is not None and due >= start and (due <= end or due > latest)
    ]


@rule("due-date-missing")
def due_date_given(document: DocumentContext) -> Findings:
    if None not in document.due:  # every requirement has a valid due date
        return NO_FINDINGS
    return [
        make_finding(
            "due-date-missing",
            pointer("requirements", index, "due_date"),
            f"Requirement {index + 1} gives no date to comply by.",
        )
        for index, data in enumerate(document.requirements)
        if data and "due_date" not in data
    ]
