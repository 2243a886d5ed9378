"""Rules on the previous inspection and the inspection history table."""

from __future__ import annotations

import datetime
from functools import cache, lru_cache
from typing import Any

from inspection_schema.rules._registry import NO_FINDINGS, Findings, rule
from inspection_schema.rules.context import DocumentContext
from inspection_schema.rules.json_access import as_date
from inspection_schema.spec.codelists import Period, codelist, graded_with, period, within
from inspection_schema.validate.findings import Finding, make_finding, pointer


@rule("history-date-not-before-inspection")
def history_before_inspection(document: DocumentContext) -> Findings:
    start, days = document.start, document.history_days
    if start is None or not days or max(days) < start:
        return NO_FINDINGS
    return [
        make_finding(
            "history-date-not-before-inspection",
            pointer("inspection_history", index, "date"),
            f"History row {index + 1} is dated {day}, not before this inspection began ({start}).",
            expected=f"< {start}",
            found=day.isoformat(),
        )
        for index, day, _kind, _judgement in document.history
        if day and day >= start
    ]


@rule("history-not-descending")
def history_newest_first(document: DocumentContext) -> Findings:
    days = document.history_days
    if days == sorted(days, reverse=True):  # the dated rows are newest first
        return NO_FINDINGS
    found = []
    previous: datetime.date | None = None
    for index, day, _kind, _judgement in document.history:
        if previous and day and day > previous:
            found.append(
                make_finding(
                    "history-not-descending",
                    pointer("inspection_history", index, "date"),
                    f"History row {index + 1} ({day}) is newer than the row above it "
                    f"({previous}); the newest inspection comes first.",
                    found=day.isoformat(),
                )
            )
        previous = day or previous
    return found


@rule("history-duplicate")
def history_unique(document: DocumentContext) -> Findings:
    days = document.history_days
    if len(set(days)) == len(days):  # a repeated row repeats a date
        return NO_FINDINGS
    found = []
    seen: set[tuple[Any, Any]] = set()
    for index, day, kind, _judgement in document.history:
        key = (day, kind if isinstance(kind, str) else None)
        if day and key in seen:
            found.append(
                make_finding(
                    "history-duplicate",
                    pointer("inspection_history", index),
                    f"History row {index + 1} repeats an earlier row ({day}, {kind}).",
                )
            )
        seen.add(key)
    return found


@rule("last-inspection-date-mismatch")
def last_date_is_newest_row(document: DocumentContext) -> Findings:
    if not document.history:
        return NO_FINDINGS
    row_day = document.history[0][1]
    last_day = as_date(document.last_inspection.get("date"))
    if not (row_day and last_day and row_day != last_day):
        return NO_FINDINGS
    return [
        make_finding(
            "last-inspection-date-mismatch",
            "/last_inspection/date",
            f"The date of last inspection ({last_day}) is not the newest history row's "
            f"({row_day}).",
            expected=row_day.isoformat(),
            found=last_day.isoformat(),
        )
    ]


@rule("last-inspection-judgement-mismatch")
def last_judgement_is_newest_row(document: DocumentContext) -> Findings:
    if not document.history:
        return NO_FINDINGS
    row_judgement = document.history[0][3]
    last_judgement = document.last_inspection.get("overall_judgement")
    if not (
        isinstance(row_judgement, str)
        and isinstance(last_judgement, str)
        and row_judgement != last_judgement
    ):
        return NO_FINDINGS
    return [
        make_finding(
            "last-inspection-judgement-mismatch",
            "/last_inspection/overall_judgement",
            f"The judgement at last inspection ({last_judgement!r}) is not the newest history "
            f"row's ({row_judgement!r}).",
            expected=row_judgement,
            found=last_judgement,
        )
    ]


def _used_at(kind: str, day: datetime.date | None) -> frozenset[str]:
    """The outcomes rows of an inspection type may hold on a day (on any day, if unknown)."""
    return frozenset().union(
        *(codes for codes, span in graded_with(kind) if day is None or within(day, span))
    )


def graded_as_its_type(kind: str, day: datetime.date | None, judgement: str) -> bool:
    """Whether a row's judgement is one its type was graded with on its day."""
    scales = graded_with(kind)
    for codes, span in scales:
        if judgement in codes and (day is None or within(day, span)):
            return True
    return not scales  # a type not graded on a scale takes any outcome


def _in_words(span: Period) -> str:
    start, end = span
    if start and end:
        return f"from {start} to {end}"
    return f"until {end}" if end else f"from {start}"


def _mismatch(index: int, kind: str, day: datetime.date | None, judgement: str) -> Finding:
    expected = sorted(_used_at(kind, day))
    spans = [span for codes, span in graded_with(kind) if judgement in codes]
    used = f" ({judgement!r} was used {_in_words(spans[0])})" if spans else ""
    return make_finding(
        "history-judgement-type-mismatch",
        pointer("inspection_history", index, "judgement"),
        f"A {kind} inspection{f' of {day}' if day else ''} is not judged {judgement!r}{used}; "
        f"expected one of: {', '.join(expected)}.",
        expected=expected,
        found=judgement,
    )


@lru_cache(maxsize=256)  # keyed by what documents give: bounded
def _always_fits(kind: str) -> frozenset[str] | None:
    """The outcomes rows of a type may hold on any day; None for a type not graded on a scale."""
    scales = graded_with(kind)
    if not scales:
        return None
    return frozenset().union(*(codes for codes, span in scales if span == (None, None)))


@rule("history-judgement-type-mismatch")
def judgement_fits_type(document: DocumentContext) -> Findings:
    outcomes = codelist("outcome").codes
    found = []
    for index, day, kind, judgement in document.history:
        if not (isinstance(judgement, str) and isinstance(kind, str)):
            continue
        always = _always_fits(kind)
        if always is None or judgement in always:  # nearly every row: its type's own scale
            continue
        if judgement in outcomes and not graded_as_its_type(kind, day, judgement):
            found.append(_mismatch(index, kind, day, judgement))
    return found


@cache
def _periods() -> dict[str, tuple[datetime.date | None, datetime.date | None]]:
    """The first and last day of each inspection type held only for a time."""
    spans = {code: period("inspection-type", code) for code in codelist("inspection-type").codes}
    return {code: span for code, span in spans.items() if span != (None, None)}


def _outside_period(index: int, kind: str, day: datetime.date) -> Finding | None:
    first, last = _periods()[kind]
    if last is not None and day > last:
        message = f"{kind.capitalize()} inspections ended on {last}; this row is dated {day}."
    elif first is not None and day < first:
        message = (
            f"{kind.capitalize()} inspections began in {first:%B %Y}; this row is dated {day}."
        )
    else:
        return None
    return make_finding("history-type-date", pointer("inspection_history", index, "date"), message)


@rule("history-type-date")
def type_within_its_period(document: DocumentContext) -> Findings:
    periods = _periods()
    return [
        finding
        for index, day, kind, _judgement in document.history
        if day is not None
        and isinstance(kind, str)
        and kind in periods
        and (finding := _outside_period(index, kind, day)) is not None
    ]
