"""Rules on the inspection's own dates."""

from __future__ import annotations

from inspection_schema.rules._registry import NO_FINDINGS, Findings, rule
from inspection_schema.rules.context import DocumentContext
from inspection_schema.validate.findings import make_finding

_MAX_DAYS = {"full": 3, "interim": 1}


@rule("inspection-dates-order")
def dates_in_order(document: DocumentContext) -> Findings:
    start, end = document.start, document.end
    if not (start and end and end < start):
        return NO_FINDINGS
    return [
        make_finding(
            "inspection-dates-order",
            "/inspection_dates/end",
            f"The last day on site ({end}) is before the first ({start}).",
            expected=f">= {start}",
            found=end.isoformat(),
        )
    ]


@rule("inspection-length")
def usual_length(document: DocumentContext) -> Findings:
    start, end = document.start, document.end
    kind = document.kind
    limit = _MAX_DAYS.get(kind) if kind is not None else None
    if not (start and end and limit and end >= start):
        return NO_FINDINGS
    days = (end - start).days + 1
    if days <= limit:
        return NO_FINDINGS
    return [
        make_finding(
            "inspection-length",
            "/inspection_dates/end",
            f"A {kind} inspection lasts at most {limit} day(s); this one lasts {days}.",
            expected=limit,
            found=days,
        )
    ]


@rule("copyright-year-unusual")
def copyright_year(document: DocumentContext) -> Findings:
    start = document.start
    year = document.get("copyright_year")
    if not (start and type(year) is int and not start.year <= year <= start.year + 1):
        return NO_FINDINGS
    return [
        make_finding(
            "copyright-year-unusual",
            "/copyright_year",
            f"The copyright year {year} is neither the inspection's year ({start.year}) "
            "nor the next.",
            expected=[start.year, start.year + 1],
            found=year,
        )
    ]
