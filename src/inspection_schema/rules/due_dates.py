"""Rules on requirements' due dates: given, not before the inspection, within three months."""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from typing import Any

from inspection_schema.rules._registry import rule
from inspection_schema.rules.date_arithmetic import add_months
from inspection_schema.rules.json_access import as_date, inspection_days, requirements
from inspection_schema.validate.findings import Finding, make_finding, pointer

_DUE_WITHIN_MONTHS = 3


@rule("due-date-before-inspection")
def due_not_before_inspection(document: Mapping[str, Any]) -> Iterator[Finding]:
    start, _ = inspection_days(document)
    for index, requirement in requirements(document):
        due = as_date(requirement.get("due_date"))
        if start and due and due < start:
            yield make_finding(
                "due-date-before-inspection",
                pointer("requirements", index, "due_date"),
                f"Requirement {index + 1} is due on {due}, before the inspection began ({start}).",
                expected=f">= {start}",
                found=due.isoformat(),
            )


@rule("due-date-unusual")
def due_soon_after_inspection(document: Mapping[str, Any]) -> Iterator[Finding]:
    start, end = inspection_days(document)
    if not (start and end):
        return
    latest = add_months(end, _DUE_WITHIN_MONTHS)
    for index, requirement in requirements(document):
        due = as_date(requirement.get("due_date"))
        if due is None or due < start:
            continue
        if due <= end:
            message = (
                f"Requirement {index + 1} is due on {due}, before the inspection ended ({end})."
            )
        elif due > latest:
            message = (
                f"Requirement {index + 1} is due on {due}, "
                "more than three months after the inspection."
            )
        else:
            continue
        yield make_finding(
            "due-date-unusual",
            pointer("requirements", index, "due_date"),
            message,
            expected=f"{end} < due date <= {latest}",
            found=due.isoformat(),
        )


@rule("due-date-missing")
def due_date_given(document: Mapping[str, Any]) -> Iterator[Finding]:
    for index, requirement in requirements(document):
        if requirement and "due_date" not in requirement:
            yield make_finding(
                "due-date-missing",
                pointer("requirements", index, "due_date"),
                f"Requirement {index + 1} gives no date to comply by.",
            )
