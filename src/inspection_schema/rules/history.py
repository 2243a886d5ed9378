"""Rules on the previous inspection and the inspection history table."""

from __future__ import annotations

import datetime
from collections.abc import Iterator, Mapping
from typing import Any

from inspection_schema.rules._registry import rule
from inspection_schema.rules.json_access import as_date, as_dict, as_list, inspection_days
from inspection_schema.spec.codelists import codelist, period
from inspection_schema.validate.findings import Finding, make_finding, pointer


def _rows(document: Mapping[str, Any]) -> list[tuple[int, Mapping[str, Any], datetime.date | None]]:
    rows = [as_dict(row) for row in as_list(document.get("inspection_history"))]
    return [(index, row, as_date(row.get("date"))) for index, row in enumerate(rows)]


@rule("history-date-not-before-inspection")
def history_before_inspection(document: Mapping[str, Any]) -> Iterator[Finding]:
    start, _ = inspection_days(document)
    for index, _row, day in _rows(document):
        if start and day and day >= start:
            yield make_finding(
                "history-date-not-before-inspection",
                pointer("inspection_history", index, "date"),
                f"History row {index + 1} is dated {day}, "
                f"not before this inspection began ({start}).",
                expected=f"< {start}",
                found=day.isoformat(),
            )


@rule("history-not-descending")
def history_newest_first(document: Mapping[str, Any]) -> Iterator[Finding]:
    previous: datetime.date | None = None
    for index, _row, day in _rows(document):
        if previous and day and day > previous:
            yield make_finding(
                "history-not-descending",
                pointer("inspection_history", index, "date"),
                f"History row {index + 1} ({day}) is newer than the row above it ({previous}); "
                "the newest inspection comes first.",
                found=day.isoformat(),
            )
        previous = day or previous


@rule("history-duplicate")
def history_unique(document: Mapping[str, Any]) -> Iterator[Finding]:
    seen: set[tuple[Any, Any]] = set()
    for index, row, day in _rows(document):
        kind = row.get("inspection_type")
        key = (day, kind if isinstance(kind, str) else None)
        if day and key in seen:
            yield make_finding(
                "history-duplicate",
                pointer("inspection_history", index),
                f"History row {index + 1} repeats an earlier row "
                f"({day}, {row.get('inspection_type')}).",
            )
        seen.add(key)


def _newest(document: Mapping[str, Any]) -> Mapping[str, Any] | None:
    rows = as_list(document.get("inspection_history"))
    return as_dict(rows[0]) if rows else None


@rule("last-inspection-date-mismatch")
def last_date_is_newest_row(document: Mapping[str, Any]) -> Iterator[Finding]:
    newest, last = _newest(document), as_dict(document.get("last_inspection"))
    if newest is None:
        return
    row_day, last_day = as_date(newest.get("date")), as_date(last.get("date"))
    if row_day and last_day and row_day != last_day:
        yield make_finding(
            "last-inspection-date-mismatch",
            "/last_inspection/date",
            f"The date of last inspection ({last_day}) is not the newest history row's "
            f"({row_day}).",
            expected=row_day.isoformat(),
            found=last_day.isoformat(),
        )


@rule("last-inspection-judgement-mismatch")
def last_judgement_is_newest_row(document: Mapping[str, Any]) -> Iterator[Finding]:
    newest, last = _newest(document), as_dict(document.get("last_inspection"))
    if newest is None:
        return
    row_judgement, last_judgement = newest.get("judgement"), last.get("overall_judgement")
    if (
        isinstance(row_judgement, str)
        and isinstance(last_judgement, str)
        and row_judgement != last_judgement
    ):
        yield make_finding(
            "last-inspection-judgement-mismatch",
            "/last_inspection/overall_judgement",
            f"The judgement at last inspection ({last_judgement!r}) is not the newest history "
            f"row's ({row_judgement!r}).",
            expected=row_judgement,
            found=last_judgement,
        )


@rule("history-judgement-type-mismatch")
def judgement_fits_type(document: Mapping[str, Any]) -> Iterator[Finding]:
    scales = {"full": codelist("judgement"), "interim": codelist("interim-judgement")}
    for index, row, _day in _rows(document):
        kind = row.get("inspection_type")
        scale = scales.get(kind) if isinstance(kind, str) else None
        judgement = row.get("judgement")
        if scale and judgement in codelist("outcome") and judgement not in scale:
            yield make_finding(
                "history-judgement-type-mismatch",
                pointer("inspection_history", index, "judgement"),
                f"A {row['inspection_type']} inspection is not judged {judgement!r}; "
                f"expected one of: {', '.join(sorted(scale.codes))}.",
                expected=sorted(scale.codes),
                found=judgement,
            )


@rule("history-type-date")
def type_within_its_period(document: Mapping[str, Any]) -> Iterator[Finding]:
    for index, row, day in _rows(document):
        kind = row.get("inspection_type")
        if day is None or not isinstance(kind, str):
            continue
        first, last = period("inspection-type", kind)
        if last is not None and day > last:
            message = f"{kind.capitalize()} inspections ended on {last}; this row is dated {day}."
        elif first is not None and day < first:
            message = (
                f"{kind.capitalize()} inspections began in {first:%B %Y}; this row is dated {day}."
            )
        else:
            continue
        yield make_finding(
            "history-type-date", pointer("inspection_history", index, "date"), message
        )
