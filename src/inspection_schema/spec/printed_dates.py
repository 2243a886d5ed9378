"""One day as Ofsted's reports print it: ``25 September 2019`` or ``25/09/2019``.

Month names (full and short), ordinal days (``1st``) and the day-first numeric form of
history tables and older layouts. The extractor reads report dates with these, and the
validator suggests the ISO form of a date written this way.
"""

from __future__ import annotations

import datetime
import re

__all__ = [
    "DAY",
    "MONTH",
    "MONTH_NAME",
    "YEAR",
    "DateSyntaxError",
    "calendar_date",
    "month_number",
    "parse_date",
    "parse_numeric_date",
]

_MONTHS = {
    name: number
    for number, names in enumerate(
        (
            ("january", "jan"),
            ("february", "feb"),
            ("march", "mar"),
            ("april", "apr"),
            ("may",),
            ("june", "jun"),
            ("july", "jul"),
            ("august", "aug"),
            ("september", "sep", "sept"),
            ("october", "oct"),
            ("november", "nov"),
            ("december", "dec"),
        ),
        start=1,
    )
    for name in names
}
DAY = r"([0-9]{1,2})(?:st|nd|rd|th)?"
MONTH = r"([A-Za-z]+)"
YEAR = r"([0-9]{4})"
MONTH_NAME = "|".join(sorted(_MONTHS, key=len, reverse=True))
"""A month's name or its abbreviation, as a regular-expression alternation."""
_SINGLE = re.compile(rf"^{DAY}\s+{MONTH}\s+{YEAR}$", re.IGNORECASE)
_NUMERIC = re.compile(r"^([0-9]{1,2})/([0-9]{1,2})/([0-9]{4})$")


class DateSyntaxError(ValueError):
    """Text that is not a date in one of the report's forms."""


def month_number(name: str, text: str) -> int:
    """The number of a month's name (``October``, ``Oct``); ``text`` is named if it is none."""
    number = _MONTHS.get(name.lower())
    if number is None:
        raise DateSyntaxError(f"{text!r}: {name!r} is not a month")
    return number


def calendar_date(year: str, month: int, day: str, text: str) -> datetime.date:
    """The date of the parts read from ``text``, which is named if they make no real date."""
    try:
        return datetime.date(int(year), month, int(day))
    except ValueError as error:
        raise DateSyntaxError(f"{text!r} is not a real date") from error


def parse_date(text: str) -> datetime.date:
    """``25 September 2019`` or ``25/09/2019``."""
    value = " ".join(text.split()).rstrip(".")
    numeric = _NUMERIC.match(value)
    if numeric:
        return parse_numeric_date(value)
    single = _SINGLE.match(value)
    if single is None:
        raise DateSyntaxError(f"{text!r} is not a date such as '25 September 2019'")
    day, month, year = single.groups()
    return calendar_date(year, month_number(month, text), day, text)


def parse_numeric_date(text: str) -> datetime.date:
    """``DD/MM/YYYY``."""
    numeric = _NUMERIC.match(text.strip())
    if numeric is None:
        raise DateSyntaxError(f"{text!r} is not a date as DD/MM/YYYY")
    day, month, year = numeric.groups()
    return calendar_date(year, int(month), day, text)
