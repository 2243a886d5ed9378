"""Rules on the inspection's own dates."""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from typing import Any

from inspection_schema.rules._registry import rule
from inspection_schema.rules.json_access import inspection_days
from inspection_schema.validate.findings import Finding, make_finding

_MAX_DAYS = {"full": 3, "interim": 1}


@rule("inspection-dates-order")
def dates_in_order(document: Mapping[str, Any]) -> Iterator[Finding]:
    start, end = inspection_days(document)
    if start and end and end < start:
        yield make_finding(
            "inspection-dates-order",
            "/inspection_dates/end",
            f"The last day on site ({end}) is before the first ({start}).",
            expected=f">= {start}",
            found=end.isoformat(),
        )


@rule("inspection-length")
def usual_length(document: Mapping[str, Any]) -> Iterator[Finding]:
    start, end = inspection_days(document)
    kind = document.get("report_kind")
    limit = _MAX_DAYS.get(kind) if isinstance(kind, str) else None
    if start and end and limit and end >= start and (days := (end - start).days + 1) > limit:
        yield make_finding(
            "inspection-length",
            "/inspection_dates/end",
            f"A {document['report_kind']} inspection lasts at most {limit} day(s); "
            f"this one lasts {days}.",
            expected=limit,
            found=days,
        )


@rule("copyright-year-unusual")
def copyright_year(document: Mapping[str, Any]) -> Iterator[Finding]:
    start, _ = inspection_days(document)
    year = document.get("copyright_year")
    if start and type(year) is int and not start.year <= year <= start.year + 1:
        yield make_finding(
            "copyright-year-unusual",
            "/copyright_year",
            f"The copyright year {year} is neither the inspection's year ({start.year}) "
            "nor the next.",
            expected=[start.year, start.year + 1],
            found=year,
        )
