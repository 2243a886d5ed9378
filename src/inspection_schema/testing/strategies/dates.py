"""Dates in the periods each kind of inspection was held."""

from __future__ import annotations

import datetime

from hypothesis import strategies as st

from inspection_schema.model import DateRange

# Inspection periods (domain reference §1): SCCIF full inspections from April 2017, interim
# inspections to March 2022, assurance inspections from April 2022.
SCCIF_START = datetime.date(2017, 4, 1)
INTERIM_END = datetime.date(2022, 3, 31)
ASSURANCE_START = datetime.date(2022, 4, 1)
LATEST = datetime.date(2025, 12, 31)
HISTORY_FLOOR = datetime.date(2014, 4, 1)


def dates(
    min_value: datetime.date = SCCIF_START, max_value: datetime.date = LATEST
) -> st.SearchStrategy[datetime.date]:
    """A calendar date in a range (by default, the SCCIF era)."""
    return st.dates(min_value=min_value, max_value=max_value)


def _kind_period(kind: str) -> tuple[datetime.date, datetime.date]:
    if kind == "interim":
        return SCCIF_START, INTERIM_END
    if kind == "assurance":
        return ASSURANCE_START, LATEST
    return SCCIF_START, LATEST


def inspection_dates(kind: str = "full") -> st.SearchStrategy[DateRange]:
    """The days on site: at most three for a full inspection, one for an interim inspection."""
    low, high = _kind_period(kind)
    longest = 0 if kind == "interim" else 2
    return st.builds(
        lambda start, extra: DateRange(start=start, end=start + datetime.timedelta(days=extra)),
        dates(low, high),
        st.integers(0, longest),
    )
