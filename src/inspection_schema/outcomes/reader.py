"""One outcome file read into inspection events, with everything it could not read listed."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TypeVar

from inspection_schema.outcomes.columns import REQUIRED, Column, Layout, find_layout
from inspection_schema.outcomes.records import OutcomeEvent, PreviousEvent, UnmappedValue
from inspection_schema.outcomes.tables import read_table
from inspection_schema.outcomes.values import (
    MANGLED,
    Unreadable,
    code,
    is_blank,
    read_date,
    read_event_number,
    read_flag,
    read_places,
    read_urn,
)
from inspection_schema.spec.codelists import codelist

__all__ = ["OutcomeFile", "read_outcome_file"]

T = TypeVar("T")
# The codelist each coded field's wordings map through.
_CODELIST = {
    "provision_type": "provision-type",
    "event_type": "inspection-type",
    "sector": "sector",
}


@dataclass(frozen=True, slots=True)
class OutcomeFile:
    """The events of one file, how its header was read, and what could not be read."""

    path: str
    layout: Layout
    events: tuple[OutcomeEvent, ...]
    unmapped: tuple[UnmappedValue, ...]
    unknown_event_numbers: int
    """Events whose event number a spreadsheet program rounded (such as '1.02E+07')."""

    def notices(self) -> list[str]:
        """One line for each column not understood and each value not read."""
        lines = [
            f"{self.path}, row {self.layout.row}: column {header!r} was not understood, "
            "so it is ignored"
            for header in self.layout.not_understood
        ]
        return lines + [str(value) for value in self.unmapped]


class _Row:
    """One data row being read: its cells, and the notes of what did not read."""

    def __init__(self, path: str, number: int, cells: Sequence[str]) -> None:
        self.path = path
        self.number = number
        self.cells = cells
        self.notes: list[UnmappedValue] = []

    def raw(self, column: Column | None) -> str:
        if column is None or column.index >= len(self.cells):
            return ""
        return self.cells[column.index]

    def note(self, column: Column | None, expected: str) -> None:
        header = column.header if column is not None else ""
        self.notes.append(
            UnmappedValue(self.path, self.number, header, self.raw(column).strip(), expected)
        )

    def read(self, column: Column | None, parse: Callable[[str], T]) -> T | None:
        cell = self.raw(column)
        if column is None or is_blank(cell):
            return None
        try:
            return parse(cell)
        except Unreadable as error:
            self.note(column, error.expected)
            return None

    def coded(self, column: Column | None) -> str | None:
        if column is None:
            return None
        name = _CODELIST[column.field]
        return self.read(column, lambda cell: code(name, cell))

    def flag(self, column: Column | None) -> bool | None:
        if column is None:
            return None
        return self.read(column, lambda cell: read_flag(cell, column.header))

    def grades(self, columns: Sequence[Column]) -> dict[str, str]:
        grades: dict[str, str] = {}
        for column in columns:
            grade = self.read(column, lambda cell: code("outcome", cell))
            if column.area and grade is not None:
                grades[column.area] = grade
        return grades


def _report_kind(event_type: str | None) -> str | None:
    """The report kind of the same code as an event type, if the schema has one."""
    return event_type if event_type is not None and event_type in codelist("report-kind") else None


class _Fields:
    """A layout's columns by field, for the event and for the previous event."""

    def __init__(self, layout: Layout) -> None:
        self.current = {c.field: c for c in layout.columns if not c.previous}
        self.previous = {c.field: c for c in layout.columns if c.previous}
        self.grades = [c for c in layout.columns if c.area and not c.previous]
        self.previous_grades = [c for c in layout.columns if c.area and c.previous]


def _previous(row: _Row, fields: _Fields) -> PreviousEvent | None:
    if all(is_blank(row.raw(column)) for column in fields.previous.values()):
        return None
    event_type = row.coded(fields.previous.get("event_type"))
    return PreviousEvent(
        event_type=event_type,
        report_kind=_report_kind(event_type),
        inspection_date=row.read(fields.previous.get("inspection_date"), read_date),
        publication_date=row.read(fields.previous.get("publication_date"), read_date),
        event_number=row.read(fields.previous.get("event_number"), read_event_number),
        grades=row.grades(fields.previous_grades),
    )


def _event(row: _Row, fields: _Fields, urn: str) -> OutcomeEvent:
    get = fields.current.get
    event_type = row.coded(get("event_type"))
    if is_blank(row.raw(get("event_type"))):
        row.note(get("event_type"), "an event type")
    if is_blank(row.raw(get("inspection_date"))):
        row.note(get("inspection_date"), "an inspection date")
    return OutcomeEvent(
        urn=urn,
        provision_type=row.coded(get("provision_type")),
        event_type=event_type,
        report_kind=_report_kind(event_type),
        inspection_date=row.read(get("inspection_date"), read_date),
        publication_date=row.read(get("publication_date"), read_date),
        event_number=row.read(get("event_number"), read_event_number),
        grades=row.grades(fields.grades),
        previous=_previous(row, fields),
        sector=row.coded(get("sector")),
        places=row.read(get("places"), read_places),
        registration_date=row.read(get("registration_date"), read_date),
        short_break_only=row.flag(get("short_break_only")),
        multi_building=row.flag(get("multi_building")),
        path=row.path,
        row=row.number,
    )


def read_outcome_file(path: str | Path, name: str | None = None) -> OutcomeFile:
    """Read one outcome file (CSV, gzip-compressed CSV, ODS or XLSX) into its events.

    ``name`` is how messages call the file (its path by default). Raises
    :class:`~inspection_schema.outcomes.errors.OutcomeFileError` for a file that is not a
    table of inspection events; values that do not read are listed in ``unmapped``. A row
    with no URN, event type or inspection date (a blank row, a note under the table) is not
    an event.
    """
    label = name or str(path)
    table = read_table(Path(path), label)
    position, layout = find_layout(label, table)
    fields = _Fields(layout)
    number_column = fields.current.get("event_number")
    events: list[OutcomeEvent] = []
    unmapped: list[UnmappedValue] = []
    unknown = 0
    for number, cells in table[position + 1 :]:
        row = _Row(label, number, cells)
        if all(is_blank(row.raw(fields.current[field])) for field in REQUIRED):
            continue  # not an event: a blank row or a note below the table
        urn = row.read(fields.current["urn"], read_urn)
        if urn is None:
            if is_blank(row.raw(fields.current["urn"])):
                row.note(fields.current["urn"], "a URN")
        else:
            events.append(_event(row, fields, urn))
            unknown += bool(MANGLED.fullmatch(row.raw(number_column).strip()))
        unmapped.extend(row.notes)
    return OutcomeFile(label, layout, tuple(events), tuple(unmapped), unknown)
