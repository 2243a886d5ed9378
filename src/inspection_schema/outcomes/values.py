"""Cells of an outcome file read into typed values, or into a note of what was expected.

Blank and 'NULL' cells say nothing. Dates are DD/MM/YYYY as published (or ISO, as a
spreadsheet cell gives them). An event number is digits; one that a spreadsheet program
rounded into a number such as '1.02E+07' is recognised as unknown, never read as a number.
Coded values map to codes through the codelists' own wordings and variants.
"""

from __future__ import annotations

import datetime
import re
from functools import cache

from inspection_schema.outcomes.columns import fold
from inspection_schema.spec.codelists import codelist

__all__ = [
    "MANGLED",
    "Unreadable",
    "code",
    "is_blank",
    "read_date",
    "read_event_number",
    "read_flag",
    "read_places",
    "read_urn",
]

#: The event number a spreadsheet program rounded to a few significant figures.
MANGLED = re.compile(r"[0-9](?:\.[0-9]+)?E\+?[0-9]+", re.IGNORECASE)
_DIGITS = re.compile(r"[0-9]+")
_URN = re.compile(r"(?:SC)?[0-9]{6,8}", re.IGNORECASE)
_DMY = re.compile(r"([0-9]{1,2})/([0-9]{1,2})/([0-9]{4})")
_ISO = re.compile(r"([0-9]{4})-([0-9]{2})-([0-9]{2})(?:[ T][0-9:.]+)?")
_YES = frozenset({"yes", "y", "true", "1", "short breaks only", "short break only"})
_NO = frozenset({"no", "n", "false", "0", "long term care only", "short breaks and long term care"})


class Unreadable(ValueError):
    """A cell that holds something other than what its column means; says what was expected."""

    def __init__(self, expected: str) -> None:
        super().__init__(expected)
        self.expected = expected


def is_blank(cell: str) -> bool:
    """Whether a cell says nothing: empty, spaces, or 'NULL'."""
    text = cell.strip()
    return not text or text.upper() == "NULL"


@cache
def code(codelist_name: str, cell: str) -> str:
    """The code for a wording in one codelist; :class:`Unreadable` if it lists no such wording."""
    found = codelist(codelist_name).code_for(cell)
    if found is None:
        raise Unreadable(f"a wording of the {codelist_name} codelist")
    return found


def read_urn(cell: str) -> str:
    """A URN as written, upper case: 'SC' and six digits, or six to eight digits."""
    text = cell.strip().upper()
    if not _URN.fullmatch(text):
        raise Unreadable("a URN ('SC' and six digits, or six to eight digits)")
    return text


def read_date(cell: str) -> datetime.date:
    """A DD/MM/YYYY (or YYYY-MM-DD) date."""
    text = cell.strip()
    found = _DMY.fullmatch(text)
    parts = (found.group(3), found.group(2), found.group(1)) if found else None
    if parts is None and (iso := _ISO.fullmatch(text)):
        parts = (iso.group(1), iso.group(2), iso.group(3))
    try:
        if parts is None:
            raise ValueError(text)
        return datetime.date(*(int(part) for part in parts))
    except ValueError:
        raise Unreadable("a date written DD/MM/YYYY") from None


def read_event_number(cell: str) -> str | None:
    """The event number as digits; None for one rounded into a number like '1.02E+07'."""
    text = cell.strip()
    if _DIGITS.fullmatch(text):
        return text
    if MANGLED.fullmatch(text):
        return None
    raise Unreadable("an event number (digits)")


def read_places(cell: str) -> int:
    """The number of places, a whole number."""
    text = cell.strip()
    if not _DIGITS.fullmatch(text):
        raise Unreadable("a number of places (a whole number)")
    return int(text)


def read_flag(cell: str, header: str) -> bool:
    """A yes/no column: 'Yes', 'Y', '1', or the column's own name for yes; 'No', '0' for no.

    Some years write the column's name in the cell to mean yes ('Short-break-only
    children's home'), and 2016-17 writes the kind of care ('Short breaks only', 'Long term
    care only', 'Short breaks and long term care').
    """
    words = fold(cell)
    if words in _YES or words == fold(header):
        return True
    if words in _NO:
        return False
    raise Unreadable("yes or no")
