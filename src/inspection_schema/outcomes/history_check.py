"""A document's inspection history and last inspection held against Ofsted's record.

Each history row, and ``last_inspection``, names an earlier event of the same URN by its
date. Where the outcome files read cover that date, Ofsted's record must have an event of
the URN that day, of the row's type, with the row's overall grade. For a date the files do
not cover (before 2014-15, or a year whose file was not given), the previous event that
newer files state beside each event ('Previous ...' columns, from 2023-24) is compared
where it is of that date; otherwise the row is not. Grades that either side leaves blank
are not compared. Events the history leaves out are not reported: a report's history
table need not list every visit.
"""

from __future__ import annotations

import datetime
from collections.abc import Iterator, Sequence

from inspection_schema.outcomes import messages
from inspection_schema.outcomes.document_facts import DocumentFacts, HistoryRow
from inspection_schema.outcomes.index import OutcomeIndex
from inspection_schema.outcomes.matching import Event, nearest_event, pick
from inspection_schema.outcomes.records import PreviousEvent
from inspection_schema.spec.codelists import overall_area
from inspection_schema.validate.findings import Finding

__all__ = ["check_history"]


def _graded(events: Sequence[Event]) -> Event | None:
    """The last inspection is the graded event of its day, if there is one."""
    area = overall_area()
    return next((e for e in events if area in e.grades), events[0] if events else None)


def _stated_as_previous(record: OutcomeIndex, urn: str, day: datetime.date) -> list[PreviousEvent]:
    """Earlier events of the URN as the newer files state them beside a later event."""
    return [
        event.previous
        for event in record.for_urn(urn)
        if event.previous is not None and event.previous.inspection_date == day
    ]


def _compare(row: HistoryRow, event: Event) -> Iterator[Finding]:
    if row.inspection_type is not None and event.event_type not in (None, row.inspection_type):
        yield messages.history_type_mismatch(row, event)
        return
    ofsted = event.grades.get(overall_area())
    if row.judgement is not None and ofsted is not None and ofsted != row.judgement:
        yield messages.history_grade_mismatch(row, event, ofsted)


def _check_row(row: HistoryRow, urn: str, record: OutcomeIndex) -> Iterator[Finding]:
    if row.date is None:
        return
    kind = row.inspection_type
    if not record.covers(row.date):
        stated = _stated_as_previous(record, urn, row.date)
        earlier = _graded(stated) if kind is None else pick(stated, kind)
        if earlier is not None:
            yield from _compare(row, earlier)
        return
    events = record.at(urn, row.date)
    event = _graded(events) if kind is None else pick(events, kind)
    if event is None:
        yield messages.history_not_found(row, urn, nearest_event(record, urn, row.date, kind))
    else:
        yield from _compare(row, event)


def check_history(facts: DocumentFacts, record: OutcomeIndex) -> Iterator[Finding]:
    """Findings for each history row and the last inspection that Ofsted's record contradicts."""
    rows = (*facts.history, *((facts.last_inspection,) if facts.last_inspection else ()))
    for row in rows:
        yield from _check_row(row, facts.urn, record)
