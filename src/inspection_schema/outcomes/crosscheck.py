"""The cross-check: a report document held against Ofsted's published outcome data.

>>> from inspection_schema.outcomes import cross_check, load_outcomes
>>> record = load_outcomes("data/ofsted-outcomes")        # read once, for many documents
>>> findings = cross_check(document, record)

The document is matched to its inspection event (:mod:`.matching`); then its report kind,
publication date and grades are compared with the event's, and its history rows and last
inspection with the URN's earlier events (:mod:`.history_check`) unless the record has no
event of that URN at all (``outcome-not-found`` at ``/urn`` says so once). Ofsted's wordings were
mapped to the codelists' codes when the files were read, so the codes compare directly.
An event of another kind than the document's has grades of another scale: only the kind
is reported then. Findings are catalogued with source ``outcomes`` and apply to documents
of every schema version; the checker adds them to the schema and rule findings when it is
given a record (``validate(document, outcomes=record)``).
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from inspection_schema.outcomes import messages
from inspection_schema.outcomes.document_facts import DocumentFacts, read_facts
from inspection_schema.outcomes.history_check import check_history
from inspection_schema.outcomes.index import OutcomeIndex
from inspection_schema.outcomes.matching import match_event
from inspection_schema.outcomes.records import OutcomeEvent
from inspection_schema.validate.findings import Finding

__all__ = ["compare_event", "cross_check"]


def compare_event(facts: DocumentFacts, event: OutcomeEvent) -> Iterator[Finding]:
    """Where the document disagrees with the event it reports on."""
    if facts.publication_date is not None and event.publication_date not in (
        None,
        facts.publication_date,
    ):
        yield messages.publication_mismatch(event, facts.publication_date)
    if facts.report_kind is not None and event.event_type not in (None, facts.report_kind):
        yield messages.kind_mismatch(event, facts.report_kind)
        return
    for grade in facts.grades:
        ofsted = event.grades.get(grade.area)
        if ofsted is not None and ofsted != grade.code:
            yield messages.judgement_mismatch(event, grade, ofsted)


def cross_check(document: Any, record: OutcomeIndex) -> list[Finding]:
    """Every finding of holding one document against Ofsted's record (unsorted)."""
    facts = read_facts(document)
    if facts is None:
        return []
    match = match_event(facts, record)
    findings = list(match.findings)
    if match.event is not None:
        findings.extend(compare_event(facts, match.event))
    if match.event is not None or record.for_urn(facts.urn):
        findings.extend(check_history(facts, record))
    return findings
