"""What a report document says that Ofsted's outcome data also records, read defensively.

The cross-check runs on any document, valid or not, so a value of the wrong type or form
reads as absent (the schema reports it) and is not compared.
"""

from __future__ import annotations

import datetime
import re
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from inspection_schema.spec.codelists import overall_area
from inspection_schema.spec.patterns import EVENT_NUMBER_PATTERN, ISO_DATE_PATTERN
from inspection_schema.validate.findings import pointer

__all__ = ["DocumentFacts", "Grade", "HistoryRow", "read_facts"]

_DATE = re.compile(ISO_DATE_PATTERN)
_EVENT_NUMBER = re.compile(EVENT_NUMBER_PATTERN)


@dataclass(frozen=True, slots=True)
class Grade:
    """One judgement of the document: its area, its code and where it is."""

    area: str
    code: str
    path: str


@dataclass(frozen=True, slots=True)
class HistoryRow:
    """An earlier event as the document states it: a history row or the last inspection.

    ``name`` says which in words, ``path`` is its JSON Pointer and ``judgement_key`` names
    the member holding its grade.
    """

    name: str
    path: str
    date: datetime.date | None
    inspection_type: str | None
    judgement: str | None
    judgement_key: str


@dataclass(frozen=True, slots=True)
class DocumentFacts:
    """The document's URN, kind, event number, dates, grades and earlier events."""

    urn: str
    report_kind: str | None
    event_number: str | None
    start: datetime.date | None
    publication_date: datetime.date | None
    grades: tuple[Grade, ...]
    history: tuple[HistoryRow, ...]
    last_inspection: HistoryRow | None


def _text(value: Any) -> str | None:
    return value.strip() if isinstance(value, str) and value.strip() else None


def _date(value: Any) -> datetime.date | None:
    if not isinstance(value, str) or not _DATE.match(value):
        return None
    try:
        return datetime.date.fromisoformat(value)
    except ValueError:
        return None


def _object(value: Any) -> Mapping[str, Any]:
    return value if isinstance(value, Mapping) else {}


def _grades(document: Mapping[str, Any]) -> tuple[Grade, ...]:
    """A full report's area grades, and an interim report's outcome as its overall grade."""
    grades = [
        Grade(area, code, pointer("judgements", area))
        for area, value in _object(document.get("judgements")).items()
        if (code := _text(value)) is not None
    ]
    interim = _text(document.get("interim_judgement"))
    if interim is not None:
        grades.append(Grade(overall_area(), interim, "/interim_judgement"))
    return tuple(grades)


def _history(document: Mapping[str, Any]) -> tuple[HistoryRow, ...]:
    rows = document.get("inspection_history")
    if not isinstance(rows, list):
        return ()
    return tuple(
        HistoryRow(
            f"history row {index + 1}",
            pointer("inspection_history", index),
            _date(row.get("date")),
            _text(row.get("inspection_type")),
            _text(row.get("judgement")),
            "judgement",
        )
        for index, row in enumerate(rows)
        if isinstance(row, Mapping)
    )


def _last_inspection(document: Mapping[str, Any]) -> HistoryRow | None:
    last = document.get("last_inspection")
    if not isinstance(last, Mapping):
        return None
    judgement = _text(last.get("overall_judgement"))
    return HistoryRow(
        "the last inspection",
        "/last_inspection",
        _date(last.get("date")),
        None,
        judgement,
        "overall_judgement",
    )


def read_facts(document: Any) -> DocumentFacts | None:
    """The facts of a document; None when it is not an object or names no URN."""
    if not isinstance(document, Mapping):
        return None
    urn = _text(document.get("urn"))
    if urn is None:
        return None
    number = _text(document.get("event_number"))
    return DocumentFacts(
        urn=urn.upper(),
        report_kind=_text(document.get("report_kind")),
        event_number=number if number is not None and _EVENT_NUMBER.match(number) else None,
        start=_date(_object(document.get("inspection_dates")).get("start")),
        publication_date=_date(document.get("publication_date")),
        grades=_grades(document),
        history=_history(document),
        last_inspection=_last_inspection(document),
    )
