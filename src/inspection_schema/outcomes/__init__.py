"""Ofsted's official record of inspection outcomes, read from its published files.

Ofsted's "Children's social care data in England" release gives, for every inspection
event, the URN, the event type, the dates, the event number and the grades. Its files
change layout every year; this package reads them by what each column means::

    from inspection_schema.outcomes import load_outcomes

    record = load_outcomes("data/ofsted-outcomes")        # files or folders, read once
    event = record.by_event_number("10185961")
    events = record.at("2515609", datetime.date(2021, 10, 12))
    for line in record.notices():                         # columns and values not read
        print(line)
    findings = cross_check(document, record)               # a report held against the record

A malformed file raises :class:`OutcomeFileError`, whose message is one line. The
cross-check (:mod:`.crosscheck`) matches a document to its event (:mod:`.matching`) and
reports, with the codes of source ``outcomes`` in ``schemas/rules.json``, where the two
disagree (:mod:`.messages`); ``validate(document, outcomes=record)`` runs it with the
schema and the rules.
"""

from __future__ import annotations

from inspection_schema.outcomes.columns import Column, Layout
from inspection_schema.outcomes.crosscheck import cross_check
from inspection_schema.outcomes.errors import OutcomeFileError
from inspection_schema.outcomes.index import OutcomeIndex, load_outcomes, outcome_files
from inspection_schema.outcomes.reader import OutcomeFile, read_outcome_file
from inspection_schema.outcomes.records import (
    EARLIER_AREAS,
    EventRecord,
    OutcomeEvent,
    PreviousEvent,
    UnmappedValue,
)

__all__ = [
    "EARLIER_AREAS",
    "Column",
    "EventRecord",
    "Layout",
    "OutcomeEvent",
    "OutcomeFile",
    "OutcomeFileError",
    "OutcomeIndex",
    "PreviousEvent",
    "UnmappedValue",
    "cross_check",
    "load_outcomes",
    "outcome_files",
    "read_outcome_file",
]
