"""Which column of an outcome file holds what: read from the header's words, not positions.

Ofsted renames and moves the columns of its provider-level inspection data from year to
year ('Inspection type', 'Event type', 'Inspection event type'; 'Inspection ID', 'Event
number', 'Inspection event number'; an 'Inspection' prefix on the judgements in 2021-22
only; 'Previous ...' columns for the event before from 2023-24). A header is folded to
lower-case words, a leading 'Previous' marks the previous event's columns, leading
'Inspection' and 'The' are dropped, and what remains is matched against patterns of
meaning. Columns known to carry nothing this reader needs (names, addresses, regions) are
skipped; any other column is reported as not understood.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from inspection_schema.outcomes.errors import OutcomeFileError

__all__ = ["REQUIRED", "Column", "Layout", "describe", "find_layout", "fold", "recognise"]

#: Fields every event needs: without a column for each, a header row is not recognised.
REQUIRED = ("urn", "event_type", "inspection_date")
#: How far down a file the header row may be (title rows come first).
HEADER_SEARCH_ROWS = 30

_WORD = re.compile(r"[^0-9a-z]+")
_LEADING = re.compile(r"^(?:(?:inspection|the) )+")
_PREVIOUS = re.compile(r"^(?:previous|last|prior) ")

# Columns whose content no field of an event needs.
_SKIPPED = re.compile(
    r"web link|(?:provider |setting )?(?:name|address(?: \d+)?|town|county|postcode)"
    r"|.*region|local authority|parliamentary constituency|organisation.*|owner"
    r"|(?:reg|registration) status|linked .*|la code|.*telephone.*|.*email.*"
)

# (field, pattern) in order: the first full match wins. Grades are "grade:<area>".
_FIELDS: tuple[tuple[str, re.Pattern[str]], ...] = tuple(
    (field, re.compile(pattern))
    for field, pattern in (
        ("urn", r"(?:provider |setting )?(?:urn|unique reference number)"),
        ("provision_type", r"(?:provision|provider|setting) type"),
        ("sector", r"(?:provider )?sector"),
        ("places", r"(?:number of |registered |maximum )?places"),
        ("registration_date", r"registration date|date (?:of )?registration|date registered"),
        ("short_break_only", r".*short breaks?(?: only)?.*"),
        ("multi_building", r".*multi building.*"),
        ("event_type", r"(?:event |visit )?type(?: group)?"),
        ("inspection_date", r"(?:event |start |visit )?date|date of (?:inspection|event|visit)"),
        ("publication_date", r"(?:publication|published|report publication) date|date published"),
        ("event_number", r"(?:event )?(?:number|id|no)|event reference"),
        (
            "grade:overall_experiences_and_progress",
            r".*experiences and progress.*|overall effectiveness",
        ),
        (
            "grade:helped_and_protected",
            r".*helped and protected.*|safeguarding.*|safety of children.*",
        ),
        ("grade:leaders_and_managers", r".*leaders and managers.*|leadership and management"),
        ("grade:education_and_learning", r"outcomes in education.*|education(?: and learning)?"),
        ("grade:health", r"health(?: services)?"),
        ("grade:outcomes_for_children", r"outcomes for children.*"),
        ("grade:quality_of_care", r"quality of care"),
    )
)
# Fields the previous event's columns can carry.
_PREVIOUS_FIELDS = frozenset({"event_type", "inspection_date", "publication_date", "event_number"})


def fold(text: str) -> str:
    """A header or cell as lower-case words: 'Short-break-only children's home' → 'short
    break only children s home'."""
    return _WORD.sub(" ", text.casefold()).strip()


@dataclass(frozen=True, slots=True)
class Column:
    """One understood column: where it is, its header, its field and whose event it is."""

    index: int
    header: str
    field: str
    previous: bool = False

    @property
    def area(self) -> str | None:
        """The judgement area of a grade column."""
        return self.field.partition(":")[2] or None


@dataclass(frozen=True, slots=True)
class Layout:
    """A file's header row, read: its row number, the understood and the other columns."""

    row: int
    columns: tuple[Column, ...]
    not_understood: tuple[str, ...]

    def fields(self) -> frozenset[str]:
        return frozenset(c.field for c in self.columns if not c.previous)


def _field(header: str) -> tuple[str, bool] | None:
    """The field a header names and whether it is the previous event's; None if none."""
    words = fold(header)
    previous = _PREVIOUS.match(words) is not None
    words = _LEADING.sub("", _PREVIOUS.sub("", words))
    for field, pattern in _FIELDS:
        if pattern.fullmatch(words):
            if previous and field not in _PREVIOUS_FIELDS and not field.startswith("grade:"):
                return None
            return field, previous
    return None


def describe(column: Column) -> str:
    """What a column holds, in words: 'the inspection date', 'the grade for health'."""
    whose = "the previous event's " if column.previous else "the "
    if column.area:
        return f"{whose}grade for {column.area.replace('_', ' ')}"
    return whose + column.field.replace("_", " ")


def recognise(path: str, row: int, headers: Sequence[str]) -> Layout:
    """Read one header row; raises :class:`OutcomeFileError` if two columns mean one thing."""
    columns: list[Column] = []
    not_understood: list[str] = []
    seen: dict[tuple[str, bool], Column] = {}
    for index, header in enumerate(headers):
        if not fold(header) or _SKIPPED.fullmatch(fold(header)):
            continue
        found = _field(header)
        if found is None:
            not_understood.append(header.strip())
            continue
        column = Column(index, header.strip(), *found)
        twin = seen.setdefault((column.field, column.previous), column)
        if twin is not column:
            raise OutcomeFileError(
                path,
                f"columns {twin.header!r} and {column.header!r} both hold {describe(column)}",
                row=row,
            )
        columns.append(column)
    return Layout(row, tuple(columns), tuple(not_understood))


def _is_header(headers: Sequence[str]) -> bool:
    found = {found[0] for h in headers if (found := _field(h)) is not None and not found[1]}
    return all(field in found for field in REQUIRED)


def find_layout(path: str, rows: Sequence[tuple[int, Sequence[str]]]) -> tuple[int, Layout]:
    """Where the header row is among a file's first rows (numbered), and the header read.

    Raises :class:`OutcomeFileError` when no row names the required fields.
    """
    first = rows[:HEADER_SEARCH_ROWS]
    for position, (number, headers) in enumerate(first):
        if _is_header(headers):
            return position, recognise(path, number, headers)
    if not first:
        raise OutcomeFileError(
            path, "holds no rows (expected Ofsted's provider-level inspection data)"
        )
    best = max((cells for _, cells in first), key=lambda r: sum(bool(c.strip()) for c in r))
    have = {f[0] for h in best if (f := _field(h)) is not None}
    missing = ", ".join(describe(Column(0, "", f)) for f in REQUIRED if f not in have)
    raise OutcomeFileError(
        path,
        f"no header row in the first {HEADER_SEARCH_ROWS} rows names {missing} "
        "(expected Ofsted's provider-level inspection data)",
    )
