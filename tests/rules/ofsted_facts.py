"""Ofsted's outcome events turned into the facts each states, and those facts checked by the rules.

Each event of Ofsted's outcome data becomes a document of the facts its row states, and
nothing else: its report kind, URN, provision type, sector, first day, event number,
publication date and grades, the previous event (from the row where the file gives it, else
the URN's newest earlier event), and the URN's history built from its earlier events, newest
first. A blank cell is a fact not stated, so the document leaves it out. The semantic rules
then check each document as a report would be checked.
"""

from __future__ import annotations

import datetime
from collections import Counter
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from typing import Any

from inspection_schema.outcomes import OutcomeEvent, OutcomeIndex
from inspection_schema.rules import rule_findings
from inspection_schema.spec.codelists import overall_area
from inspection_schema.spec.versions import latest_version
from inspection_schema.validate.findings import Finding

Document = dict[str, Any]


def _row(event: OutcomeEvent) -> Document | None:
    """The history row an earlier event makes (None if the file gives it no type or date)."""
    if event.event_type is None or event.inspection_date is None:
        return None
    row: Document = {"date": event.inspection_date.isoformat(), "inspection_type": event.event_type}
    judgement = event.grades.get(overall_area())
    if judgement is not None:
        row["judgement"] = judgement
    return row


def _last_inspection(event: OutcomeEvent, history: Sequence[Document]) -> Document | None:
    """The previous inspection: as the row gives it, else the newest history row."""
    previous = event.previous
    if previous is not None and previous.inspection_date is not None:
        last: Document = {"date": previous.inspection_date.isoformat()}
        judgement = previous.grades.get(overall_area())
    elif history:
        last = {"date": history[0]["date"]}
        judgement = history[0].get("judgement")
    else:
        return None
    if judgement is not None:
        last["overall_judgement"] = judgement
    return last


def _grades(event: OutcomeEvent, document: Document) -> None:
    """The event's grades, where a report of its kind would state them."""
    grades = dict(event.grades)
    if event.report_kind == "interim" and overall_area() in grades:
        document["interim_judgement"] = grades.pop(overall_area())
    if grades:
        document["judgements"] = grades


def facts(event: OutcomeEvent, earlier: Sequence[OutcomeEvent], version: str) -> Document:
    """The document of the facts one event states; ``earlier``: its URN's earlier events."""
    document: Document = {"schema_version": version, "urn": event.urn}
    stated = {
        "report_kind": event.report_kind,
        "provision_type": event.provision_type,
        "sector": event.sector,
        "event_number": event.event_number,
        "publication_date": event.publication_date and event.publication_date.isoformat(),
        "inspection_dates": event.inspection_date and {"start": event.inspection_date.isoformat()},
    }
    document.update((key, value) for key, value in stated.items() if value is not None)
    _grades(event, document)
    history = [row for row in map(_row, reversed(earlier)) if row is not None]
    if history:
        document["inspection_history"] = history
    last = _last_inspection(event, history)
    if last is not None:
        document["last_inspection"] = last
    return document


def documents(
    record: OutcomeIndex, version: str | None = None
) -> Iterator[tuple[OutcomeEvent, Document]]:
    """Every event of ``record`` with the document of its facts, URN by URN."""
    version = version or latest_version()
    urns = dict.fromkeys(event.urn for event in record)
    for urn in urns:
        events = record.for_urn(urn)  # oldest first
        for event in events:
            day = event.inspection_date
            earlier = [e for e in events if day and e.inspection_date and e.inspection_date < day]
            yield event, facts(event, earlier, version)


@dataclass
class Checked:
    """What the rules found in the facts of every event."""

    events: int = 0
    errors: list[tuple[OutcomeEvent, Finding]] = field(default_factory=list)
    warnings: Counter[str] = field(default_factory=Counter)
    found: list[tuple[OutcomeEvent, Finding]] = field(default_factory=list)

    def error_lines(self, limit: int = 20) -> list[str]:
        """One line per error finding (the first ``limit``), naming the event's file and row."""
        return [
            f"{event.place} (URN {event.urn}, {event.inspection_date}): {finding.code} at "
            f"{finding.path}: {finding.message}"
            for event, finding in self.errors[:limit]
        ]


def check(record: OutcomeIndex, version: str | None = None) -> Checked:
    """Run the rules on the facts of every event of ``record``."""
    checked = Checked()
    for event, document in documents(record, version):
        checked.events += 1
        for finding in rule_findings(document):
            checked.found.append((event, finding))
            if finding.is_error:
                checked.errors.append((event, finding))
            else:
                checked.warnings[finding.code] += 1
    return checked


def first_day(event: OutcomeEvent) -> datetime.date:
    """The event's inspection date (every event of Ofsted's data has one)."""
    assert event.inspection_date is not None, event.place
    return event.inspection_date
