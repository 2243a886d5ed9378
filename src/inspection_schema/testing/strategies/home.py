"""The home: its structured facts, the paragraphs that state them, and its sector."""

from __future__ import annotations

import datetime
from collections.abc import Sequence
from functools import cache
from typing import Any

from hypothesis import strategies as st

from inspection_schema.model import AgeRange, HistoryEntry, HomeFacts, LastVisit
from inspection_schema.spec.codelists import codes, period
from inspection_schema.testing.rendering.home_facts import fact_paragraphs
from inspection_schema.testing.strategies.dates import HISTORY_FLOOR
from inspection_schema.testing.strategies.text import paragraph_lists

NEEDS = (
    "social and emotional needs",
    "emotional and/or behavioural difficulties",
    "learning disabilities",
    "physical disabilities",
    "sensory impairment",
    "autism",
    "mental health needs",
    "complex health needs",
)
"""Needs as reports write them (a choice of the generator; none holds a comma)."""

_VISIT_KINDS = ("monitoring", "assurance", "emergency")
"""The kinds of visit a report names as Ofsted's last (inspection-type codes): visits the
history table does not list, so that the last visit may follow its newest row."""


@cache
def sectors() -> st.SearchStrategy[str]:
    """A code of the sector codelist."""
    return st.sampled_from(codes("sector"))


def _in_use(kind: str, day: datetime.date) -> bool:
    first, last = period("inspection-type", kind)
    return (first is None or day >= first) and (last is None or day <= last)


@st.composite
def _ages(draw: st.DrawFn) -> AgeRange:
    low = draw(st.integers(1, 14))
    high = draw(st.integers(low + 1, 21))
    shape = draw(st.sampled_from(("both", "minimum", "maximum")))
    if shape == "minimum":
        return AgeRange(minimum=low)
    if shape == "maximum":
        return AgeRange(maximum=high)
    return AgeRange(minimum=low, maximum=high)


@st.composite
def _last_visit(draw: st.DrawFn, after: datetime.date, before: datetime.date) -> LastVisit | None:
    if (before - after).days < 2:
        return None
    day = draw(st.dates(after + datetime.timedelta(days=1), before - datetime.timedelta(days=1)))
    kinds = [kind for kind in _VISIT_KINDS if _in_use(kind, day)]
    return LastVisit(date=day, kind=draw(st.none() | st.sampled_from(kinds)))


@st.composite
def home_facts(
    draw: st.DrawFn, start: datetime.date, history: Sequence[HistoryEntry] = ()
) -> HomeFacts | None:
    """Facts of a home inspected from ``start``: the manager registered before it, and the
    last visit after the newest history row (or the history's first year) and before it."""
    registered = draw(st.dates(HISTORY_FLOOR, start - datetime.timedelta(days=1)))
    after = history[0].date if history else HISTORY_FLOOR
    facts: dict[str, Any] = {
        "registered_places": draw(st.none() | st.integers(1, 15)),
        "age_range": draw(st.none() | _ages()),
        "needs": draw(
            st.none()
            | st.lists(st.sampled_from(NEEDS), min_size=1, max_size=4, unique=True).filter(
                lambda needs: len(needs) != 2
            )
        ),
        "manager_registered": draw(st.none() | st.just(f"{registered:%Y-%m}")),
        "last_visit": draw(st.none() | _last_visit(after, start)),
        "short_break_only": draw(st.none() | st.booleans()),
        "multi_building": draw(st.sampled_from((None, True))),
    }
    return HomeFacts(**facts) if any(value is not None for value in facts.values()) else None


@st.composite
def home_information(draw: st.DrawFn, facts: HomeFacts | None) -> list[str]:
    """'Information about this children's home': paragraphs stating ``facts``, and others."""
    stated = fact_paragraphs(facts) if facts is not None else []
    others = draw(paragraph_lists(0 if stated else 1, 2))
    return stated[:1] + others + stated[1:]
