"""Dates in the periods each kind of inspection was held."""

from __future__ import annotations

import datetime

from hypothesis import strategies as st

from inspection_schema.model import DateRange
from inspection_schema.spec.codelists import period


def _day(found: datetime.date | None, what: str) -> datetime.date:
    if found is None:
        raise LookupError(f"the codelists give no date for {what}")
    return found


# Inspection periods, from the codelists: the SCCIF from April 2017, interim inspections to
# March 2022, assurance inspections from April 2022.
SCCIF_START = _day(period("framework", "sccif")[0], "the start of the SCCIF")
INTERIM_END = _day(period("inspection-type", "interim")[1], "the end of interim inspections")
ASSURANCE_START = _day(period("inspection-type", "assurance")[0], "the first assurance visit")
LATEST = datetime.date(2025, 12, 31)
"""The last day generated reports are dated (a choice of the generator, not a domain fact)."""
HISTORY_FLOOR = datetime.date(2014, 4, 1)
"""How far back generated histories go (a choice of the generator)."""


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
