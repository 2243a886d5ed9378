"""The findings of the cross-check with Ofsted's outcome data, worded in one place.

Each message names the event (its number, type and date, as Ofsted's record gives them)
and quotes both values: Ofsted's and the document's. Codes and severities are catalogued
in ``schemas/rules.json`` (source ``outcomes``).
"""

from __future__ import annotations

import datetime
from collections.abc import Sequence

from inspection_schema.outcomes.document_facts import DocumentFacts, Grade, HistoryRow
from inspection_schema.outcomes.records import EventRecord, OutcomeEvent
from inspection_schema.spec.codelists import codelist
from inspection_schema.validate.findings import Finding, make_finding

__all__ = [
    "describe",
    "event_date_mismatch",
    "event_number_mismatch",
    "history_grade_mismatch",
    "history_not_found",
    "history_type_mismatch",
    "judgement_mismatch",
    "kind_mismatch",
    "not_found",
    "publication_mismatch",
]


def describe(event: EventRecord) -> str:
    """An event in words: 'event 10185961 (Full inspection of 2021-10-12)'."""
    name = f"event {event.event_number}" if event.event_number else "an event without a number"
    entry = codelist("inspection-type").entry(event.event_type) if event.event_type else None
    kind = str(entry["label"]) if entry else event.event_type or "event of no stated type"
    day = f" of {event.inspection_date}" if event.inspection_date else ""
    return f"{name} ({kind}{day})"


def _area(grade: Grade) -> str:
    if grade.path == "/interim_judgement":
        return "the interim outcome"
    return grade.area.replace("_", " ")


def judgement_mismatch(event: OutcomeEvent, grade: Grade, ofsted: str) -> Finding:
    return make_finding(
        "outcome-judgement-mismatch",
        grade.path,
        f"Ofsted's record of {describe(event)} grades {_area(grade)} {ofsted!r}; "
        f"the document says {grade.code!r}.",
        expected=ofsted,
        found=grade.code,
    )


def _type_mismatch(
    code: str, path: str, event: EventRecord, found: str | None, says: str
) -> Finding:
    """Ofsted's record gives the event another type than the document: ``says`` what it has."""
    return make_finding(
        code,
        path,
        f"Ofsted's record gives {describe(event)} the type {event.event_type!r}; {says}.",
        expected=event.event_type,
        found=found,
    )


def _iso(day: datetime.date | None) -> str | None:
    return day.isoformat() if day else None


def kind_mismatch(event: OutcomeEvent, kind: str) -> Finding:
    says = f"the document's report kind is {kind!r}"
    return _type_mismatch("outcome-kind-mismatch", "/report_kind", event, kind, says)


def publication_mismatch(event: OutcomeEvent, published: datetime.date) -> Finding:
    ofsted = _iso(event.publication_date)
    return make_finding(
        "outcome-publication-mismatch",
        "/publication_date",
        f"Ofsted's record has {describe(event)} published on {ofsted}; "
        f"the document says {published}.",
        expected=ofsted,
        found=published.isoformat(),
    )


def event_date_mismatch(event: OutcomeEvent, facts: DocumentFacts) -> Finding:
    """The document's event number is this URN's, but that event began on another day."""
    ofsted = _iso(event.inspection_date)
    return make_finding(
        "outcome-event-mismatch",
        "/inspection_dates/start",
        f"Ofsted's record has event {facts.event_number} of URN {facts.urn} beginning on "
        f"{ofsted}; the document gives that event number and a start of {facts.start}.",
        expected=ofsted,
        found=str(facts.start),
    )


def event_number_mismatch(event: OutcomeEvent, facts: DocumentFacts) -> Finding:
    """The document's event number is not this URN's; its URN and date find another event."""
    return make_finding(
        "outcome-event-mismatch",
        "/event_number",
        f"Ofsted's record has {describe(event)} for URN {facts.urn} on {facts.start}; "
        f"the document gives event number {facts.event_number}, which is not that URN's.",
        expected=event.event_number,
        found=facts.event_number,
    )


def not_found(
    facts: DocumentFacts,
    nearest: OutcomeEvent | None,
    owners: Sequence[str],
    *,
    covered: bool,
) -> Finding:
    """No event matches: ``owners`` are the URNs the event number belongs to, if any."""
    number = ""
    if facts.event_number is not None:
        number = f" and no event {facts.event_number} of that URN"
        if owners:
            number += f" (that number is URN {', '.join(owners)}'s)"
    if nearest is None:
        message = f"Ofsted's record has no event for URN {facts.urn}{number}."
        return make_finding("outcome-not-found", "/urn", message, found=facts.urn)
    message = (
        f"Ofsted's record has no event of URN {facts.urn} that began on {facts.start}{number}; "
        f"the nearest is {describe(nearest)}."
    )
    if not covered:
        message += f" The outcome files read hold no events of {facts.start}."
    return make_finding(
        "outcome-not-found", "/inspection_dates/start", message, found=str(facts.start)
    )


def history_not_found(row: HistoryRow, urn: str, nearest: OutcomeEvent | None) -> Finding:
    closest = f"; the nearest is {describe(nearest)}" if nearest else ""
    return make_finding(
        "outcome-history-mismatch",
        f"{row.path}/date",
        f"Ofsted's record has no event of URN {urn} on {row.date}, the date of {row.name}"
        f"{closest}.",
        found=str(row.date),
    )


def history_type_mismatch(row: HistoryRow, event: EventRecord) -> Finding:
    path, says = f"{row.path}/inspection_type", f"{row.name} says {row.inspection_type!r}"
    return _type_mismatch("outcome-history-mismatch", path, event, row.inspection_type, says)


def history_grade_mismatch(row: HistoryRow, event: EventRecord, ofsted: str) -> Finding:
    return make_finding(
        "outcome-history-mismatch",
        f"{row.path}/{row.judgement_key}",
        f"Ofsted's record grades {describe(event)} {ofsted!r} overall; "
        f"{row.name} says {row.judgement!r}.",
        expected=ofsted,
        found=row.judgement,
    )
