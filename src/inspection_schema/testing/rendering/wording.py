"""Ofsted's wording for the codes and dates of a report, as the rendered layout prints them.

Every wording comes from a codelist label (``schemas/codelists``). A code that an open
codelist does not list is printed as the code itself, so that nothing is lost.
"""

from __future__ import annotations

import datetime

from inspection_schema.model import DateRange
from inspection_schema.spec.codelists import codelist, overall_area

_TABLE_SUFFIX = ", taking into account"
"""What the judgement table adds after the overall area's label."""


def label(name: str, code: str) -> str:
    """The codelist's label for ``code``, or the code itself if the codelist lacks it."""
    entry = codelist(name).entry(code)
    return code if entry is None else str(entry["label"])


def grade(code: str) -> str:
    """A four-point grade in lower case, as judgement tables and headings print it; an area
    Ofsted did not judge reads 'not judged' (the outcome codelist's wording)."""
    listed = "judgement" if code in codelist("judgement") else "outcome"
    return label(listed, code).lower()


def area_in_table(area: str) -> str:
    """An area as the headline judgement table prints it."""
    suffix = _TABLE_SUFFIX if area == overall_area() else ""
    return label("judgement-area", area) + suffix


def area_heading(area: str) -> str:
    """An area as the heading of its narrative prints it (before ': <grade>')."""
    return label("judgement-area", area)


def history_type(code: str) -> str:
    """An inspection type as history tables print it: the shortest of its wordings.

    'Full', 'Interim', 'Monitoring', 'Assurance', 'Emergency', 'Random'.
    """
    entry = codelist("inspection-type").entry(code)
    if entry is None:
        return code
    wordings = [str(entry["label"]), *(str(v) for v in entry.get("variants", ()))]
    return min(wordings, key=len)


_MONTHS = (
    "January", "February", "March", "April", "May", "June", "July", "August", "September",
    "October", "November", "December",
)  # fmt: skip


def long_date(day: datetime.date) -> str:
    """'1 April 2023' (month names in English whatever the locale)."""
    return f"{day.day} {_MONTHS[day.month - 1]} {day.year}"


def month(year_month: str) -> str:
    """'2019-02' → 'February 2019'."""
    year, number = year_month.split("-")
    return f"{_MONTHS[int(number) - 1]} {year}"


def short_date(day: datetime.date) -> str:
    """'01/04/2023', as history tables print dates."""
    return f"{day:%d/%m/%Y}"


def date_range(dates: DateRange) -> tuple[str, str]:
    """The label and the value of the inspection dates line.

    ``("Inspection dates", "12 to 13 October 2021")``,
    ``("Inspection dates", "31 January to 1 February 2023")``,
    ``("Inspection dates", "30 December 2022 to 2 January 2023")``, or for one day
    ``("Inspection date", "12 October 2021")``.
    """
    start, end = dates.start, dates.end
    if start == end:
        return "Inspection date", long_date(start)
    if (start.year, start.month) == (end.year, end.month):
        first = str(start.day)
    elif start.year == end.year:
        first = f"{start.day} {_MONTHS[start.month - 1]}"
    else:
        first = long_date(start)
    return "Inspection dates", f"{first} to {long_date(end)}"
