"""Rules on requirements' due dates: given, not before the inspection, within three months."""

from __future__ import annotations

import datetime

from inspection_schema.rules._registry import NO_FINDINGS, Findings, rule
from inspection_schema.rules.context import DocumentContext
from inspection_schema.rules.date_arithmetic import add_months
from inspection_schema.validate.findings import Finding, make_finding, pointer

_DUE_WITHIN_MONTHS = 3


@rule("due-date-before-inspection")
def due_not_before_inspection(document: DocumentContext) -> Findings:
    start = document.start
    if start is None:
        return NO_FINDINGS
    return [
        make_finding(
            "due-date-before-inspection",
            pointer("requirements", index, "due_date"),
            f"Requirement {index + 1} is due on {due}, before the inspection began ({start}).",
            expected=f">= {start}",
            found=due.isoformat(),
        )
        for index, due in document.due_dates
        if due < start
    ]


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
    start, end = document.start, document.end
    if not (start and end and document.due_dates):
        return NO_FINDINGS
    latest = add_months(end, _DUE_WITHIN_MONTHS)
    return [
        _unusual(index, due, end, latest)
        for index, due in document.due_dates
        if due >= start and (due <= end or due > latest)
    ]


@rule("due-date-missing")
def due_date_given(document: DocumentContext) -> Findings:
    return [
        make_finding(
            "due-date-missing",
            pointer("requirements", index, "due_date"),
            f"Requirement {index + 1} gives no date to comply by.",
        )
        for index, data, _due, _regulations in document.requirements
        if data and "due_date" not in data
    ]
