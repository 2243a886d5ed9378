"""Which event of Ofsted's record a document reports on.

By event number when the document has one and Ofsted's record holds that number for the
document's URN (event numbers are not unique across URNs: an agency inspected with its
branches gives one number to several URNs); otherwise by URN and inspection start date.
Several events of one URN can begin on one day: the one whose type is the document's
report kind is preferred. A document whose number and date point to different events gets
``outcome-event-mismatch``; one that matches no event gets ``outcome-not-found``, naming
the nearest event of its URN.
"""

from __future__ import annotations

import datetime
from collections.abc import Sequence
from dataclasses import dataclass
from typing import TypeVar

from inspection_schema.outcomes import messages
from inspection_schema.outcomes.document_facts import DocumentFacts
from inspection_schema.outcomes.index import OutcomeIndex
from inspection_schema.outcomes.records import OutcomeEvent, PreviousEvent
from inspection_schema.validate.findings import Finding

__all__ = ["Match", "match_event", "nearest_event", "pick"]


@dataclass(frozen=True, slots=True)
class Match:
    """The event a document is compared with (if any) and what matching it found."""

    event: OutcomeEvent | None
    findings: tuple[Finding, ...] = ()


Event = TypeVar("Event", OutcomeEvent, PreviousEvent)


def pick(events: Sequence[Event], event_type: str | None) -> Event | None:
    """The event of this type among events of one day, else the first; None if there are none."""
    return next((e for e in events if e.event_type == event_type), events[0] if events else None)


def nearest_event(
    record: OutcomeIndex, urn: str, day: datetime.date, event_type: str | None
) -> OutcomeEvent | None:
    """The URN's event closest to ``day``; of this type, where that day has several events."""
    nearest = record.nearest(urn, day)
    if nearest is None or nearest.inspection_date is None:
        return nearest
    return pick(record.at(urn, nearest.inspection_date), event_type)


def _owners(record: OutcomeIndex, event_number: str | None) -> list[str]:
    if event_number is None:
        return []
    return sorted({event.urn for event in record.numbered(event_number)})


def _not_found(facts: DocumentFacts, record: OutcomeIndex, start: datetime.date) -> Match:
    nearest = nearest_event(record, facts.urn, start, facts.report_kind)
    owners = _owners(record, facts.event_number)
    finding = messages.not_found(facts, nearest, owners, covered=record.covers(start))
    return Match(None, (finding,))


def match_event(facts: DocumentFacts, record: OutcomeIndex) -> Match:
    """The event of Ofsted's record that the document reports on, and how it matched."""
    if facts.event_number is not None:
        numbered = record.by_event_number(facts.event_number, urn=facts.urn)
        if numbered is not None:
            moved = (
                facts.start is not None
                and numbered.inspection_date is not None
                and facts.start != numbered.inspection_date
            )
            found = (messages.event_date_mismatch(numbered, facts),) if moved else ()
            return Match(numbered, found)
    if facts.start is None:
        return Match(None)
    event = pick(record.at(facts.urn, facts.start), facts.report_kind)
    if event is None:
        return _not_found(facts, record, facts.start)
    if facts.event_number is not None and event.event_number is not None:
        return Match(event, (messages.event_number_mismatch(event, facts),))
    return Match(event)
