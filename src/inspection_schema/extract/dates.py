"""Dates as reports print them.

* ``12 to 13 October 2021``, ``31 January to 1 February 2023``,
  ``30 December 2022 to 2 January 2023``, ``7 and 8 May 2025`` — a range;
* ``25 September 2019`` — one day (a range whose start equals its end);
* ``25/09/2019`` — history tables and older layouts (day first);
* ``February 2019`` — a month (when a manager registered).

One day's forms are in :mod:`inspection_schema.spec.printed_dates`, shared with the
validator's date suggestions.
"""

from __future__ import annotations

import datetime
import re

from inspection_schema.spec.printed_dates import (
    DAY,
    MONTH,
    MONTH_NAME,
    YEAR,
    DateSyntaxError,
    calendar_date,
    month_number,
    parse_date,
    parse_numeric_date,
)

__all__ = [
    "MONTH_NAME",
    "DateSyntaxError",
    "parse_date",
    "parse_date_range",
    "parse_month",
    "parse_numeric_date",
]

_RANGE = re.compile(
    rf"^{DAY}(?:\s+{MONTH})?(?:\s+{YEAR})?\s*(?:to|and|-|\u2013|\u2014)\s*{DAY}\s+{MONTH}\s+{YEAR}$",
    re.IGNORECASE,
)
_MONTH_YEAR = re.compile(rf"^{MONTH}\s+{YEAR}$", re.IGNORECASE)


def parse_month(text: str) -> tuple[int, int]:
    """``February 2019`` → ``(2019, 2)``."""
    found = _MONTH_YEAR.match(" ".join(text.split()).rstrip("."))
    if found is None:
        raise DateSyntaxError(f"{text!r} is not a month such as 'February 2019'")
    return int(found.group(2)), month_number(found.group(1), text)


def parse_date_range(text: str) -> tuple[datetime.date, datetime.date]:
    """A range of days on site, or one day; the start must not follow the end."""
    value = " ".join(text.split()).rstrip(".")
    found = _RANGE.match(value)
    if found is None:
        one = parse_date(value)
        return one, one
    start_day, start_month, start_year, end_day, end_month, end_year = found.groups()
    end_month_number = month_number(end_month, text)
    end = calendar_date(end_year, end_month_number, end_day, text)
    start_month_number = month_number(start_month, text) if start_month else end_month_number
    start = calendar_date(start_year or end_year, start_month_number, start_day, text)
    if start > end and not start_year and start_month:
        start = calendar_date(str(int(end_year) - 1), start_month_number, start_day, text)
    if start > end:
        raise DateSyntaxError(f"{text!r}: the first day follows the last")
    return start, end
