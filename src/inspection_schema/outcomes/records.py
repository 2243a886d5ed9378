"""The records an outcome file is read into: one per inspection event, plus what was not read.

Every code is one of a codelist's in ``schemas/codelists/``: provision types from
``provision-type``, event types from ``inspection-type`` (with the ``report-kind`` code of
the same name where there is one), sectors from ``sector`` and grades from ``outcome``,
whose codes are those of ``judgement`` and ``interim-judgement`` plus the grades Ofsted
used before 2015. Grades are keyed by judgement area (codelist ``judgement-area``); the
areas of the earlier framework that have no such code keep keys of their own
(:data:`EARLIER_AREAS`). A blank grade is absent; "Not judged" is the code ``not_judged``.
"""

from __future__ import annotations

import datetime
from collections.abc import Mapping
from dataclasses import dataclass

__all__ = [
    "EARLIER_AREAS",
    "EventRecord",
    "OutcomeEvent",
    "PreviousEvent",
    "UnmappedValue",
]

#: Judgement areas of Ofsted's earlier framework (to 2018) with no code in ``judgement-area``.
EARLIER_AREAS = ("outcomes_for_children", "quality_of_care")


@dataclass(frozen=True, slots=True)
class UnmappedValue:
    """A cell whose value could not be read: its place, the value and what was expected."""

    path: str
    row: int
    column: str
    value: str
    expected: str

    def __str__(self) -> str:
        place = f"{self.path}, row {self.row}, column {self.column!r}"
        return f"{place}: {self.value!r} is not {self.expected}"


@dataclass(frozen=True, slots=True)
class EventRecord:
    """What Ofsted's record gives of every event, an event of its own row or the one before
    it: its type (and the report kind of the same code), dates, number and grades.

    ``None`` means the file does not say (a blank or 'NULL' cell, a missing column, or an
    event number that a spreadsheet program rounded to a number such as '1.02E+07'), or the
    value was reported as unmapped.
    """

    event_type: str | None
    report_kind: str | None
    inspection_date: datetime.date | None
    publication_date: datetime.date | None
    event_number: str | None
    grades: Mapping[str, str]


@dataclass(frozen=True, slots=True)
class PreviousEvent(EventRecord):
    """The event before this one, as the newer files give it beside each event."""


@dataclass(frozen=True, slots=True)
class OutcomeEvent(EventRecord):
    """One inspection event of Ofsted's outcome data: a row of its file, with the URN and
    what the row says of the home, and the event before it where the file gives one."""

    urn: str
    provision_type: str | None
    previous: PreviousEvent | None
    sector: str | None
    places: int | None
    registration_date: datetime.date | None
    short_break_only: bool | None
    multi_building: bool | None
    path: str
    row: int

    @property
    def place(self) -> str:
        """Where the event was read, for messages: the file and its row."""
        return f"{self.path}, row {self.row}"
