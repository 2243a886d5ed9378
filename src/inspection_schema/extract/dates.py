"""Dates as reports print them.

* ``12 to 13 October 2021``, ``31 January to 1 February 2023``,
  ``30 December 2022 to 2 January 2023``, ``7 and 8 May 2025`` — a range;
* ``25 September 2019`` — one day (a range whose start equals its end);
* ``25/09/2019`` — history tables and older layouts (day first);
* ``February 2019`` — a month (when a manager registered).
"""

from __future__ import annotations

import datetime
import re

__all__ = [
    "MONTH_NAME",
    "DateSyntaxError",
    "parse_date",
    "parse_date_range",
    "parse_month",
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
_DAY = r"([0-9]{1,2})(?:st|nd|rd|th)?"
_MONTH = r"([A-Za-z]+)"
_YEAR = r"([0-9]{4})"
_RANGE = re.compile(
    rf"^{_DAY}(?:\s+{_MONTH})?(?:\s+{_YEAR})?\s*(?:to|and|-|\u2013|\u2014)\s*{_DAY}\s+{_MONTH}\s+{_YEAR}$",
    re.IGNORECASE,
)
_SINGLE = re.compile(rf"^{_DAY}\s+{_MONTH}\s+{_YEAR}$", re.IGNORECASE)
_NUMERIC = re.compile(r"^([0-9]{1,2})/([0-9]{1,2})/([0-9]{4})$")
_MONTH_YEAR = re.compile(rf"^{_MONTH}\s+{_YEAR}$", re.IGNORECASE)
MONTH_NAME = "|".join(sorted(_MONTHS, key=len, reverse=True))
"""A month's name or its abbreviation, as a regular-expression alternation."""


class DateSyntaxError(ValueError):
    """Text that is not a date in one of the report's forms."""


def _month(name: str, text: str) -> int:
    number = _MONTHS.get(name.lower())
    if number is None:
        raise DateSyntaxError(f"{text!r}: {name!r} is not a month")
    return number


def _date(year: str, month: int, day: str, text: str) -> datetime.date:
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
    return _date(year, _month(month, text), day, text)


def parse_month(text: str) -> tuple[int, int]:
    """``February 2019`` → ``(2019, 2)``."""
    found = _MONTH_YEAR.match(" ".join(text.split()).rstrip("."))
    if found is None:
        raise DateSyntaxError(f"{text!r} is not a month such as 'February 2019'")
    return int(found.group(2)), _month(found.group(1), text)


def parse_numeric_date(text: str) -> datetime.date:
    """``DD/MM/YYYY``."""
    numeric = _NUMERIC.match(text.strip())
    if numeric is None:
        raise DateSyntaxError(f"{text!r} is not a date as DD/MM/YYYY")
    day, month, year = numeric.groups()
    return _date(year, int(month), day, text)


def parse_date_range(text: str) -> tuple[datetime.date, datetime.date]:
    """A range of days on site, or one day; the start must not follow the end."""
    value = " ".join(text.split()).rstrip(".")
    found = _RANGE.match(value)
    if found is None:
        one = parse_date(value)
        return one, one
    start_day, start_month, start_year, end_day, end_month, end_year = found.groups()
    end_month_number = _month(end_month, text)
    end = _date(end_year, end_month_number, end_day, text)
    start_month_number = _month(start_month, text) if start_month else end_month_number
    start = _date(start_year or end_year, start_month_number, start_day, text)
    if start > end and not start_year and start_month:
        start = _date(str(int(end_year) - 1), start_month_number, start_day, text)
    if start > end:
        raise DateSyntaxError(f"{text!r}: the first day follows the last")
    return start, end
