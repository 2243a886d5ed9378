"""Previous inspections: history rows, the last inspection and enforcement action."""

from __future__ import annotations

import datetime
from collections.abc import Sequence
from functools import cache

from hypothesis import strategies as st

from inspection_schema.model import EnforcementAction, HistoryEntry, LastInspection
from inspection_schema.spec.regulations import quality_standards
from inspection_schema.testing.strategies.dates import HISTORY_FLOOR, INTERIM_END, SCCIF_START
from inspection_schema.testing.strategies.judgements import GRADES, INTERIM_JUDGEMENTS
from inspection_schema.testing.strategies.text import sentences

_ENFORCEMENT_KINDS = (
    "A compliance notice was served",
    "Compliance notices were served",
    "A restriction of accommodation notice was issued",
)


def _row_types(day: datetime.date) -> tuple[str, ...]:
    if day < SCCIF_START:
        return ("full",)
    return ("full", "interim") if day <= INTERIM_END else ("full", "assurance")


@st.composite
def history_entries(draw: st.DrawFn, day: datetime.date) -> HistoryEntry:
    """One history row on a given day, its judgement fitting its type and period."""
    kind = draw(st.sampled_from(_row_types(day)))
    if kind == "full":
        judgement: str | None = draw(st.sampled_from(GRADES))
    elif kind == "interim":
        judgement = draw(st.sampled_from(INTERIM_JUDGEMENTS))
    else:
        judgement = None
    return HistoryEntry(date=day, inspection_type=kind, judgement=judgement)


@st.composite
def inspection_histories(draw: st.DrawFn, before: datetime.date) -> list[HistoryEntry]:
    """'Recent inspection history': rows strictly before ``before``, newest first, distinct."""
    gaps = draw(st.lists(st.integers(28, 540), max_size=5))
    rows: list[HistoryEntry] = []
    day = before
    for gap in gaps:
        day -= datetime.timedelta(days=gap)
        if day < HISTORY_FLOOR:
            break
        rows.append(draw(history_entries(day)))
    return rows


def last_inspection(history: Sequence[HistoryEntry]) -> LastInspection | None:
    if not history:
        return None
    return LastInspection(date=history[0].date, overall_judgement=history[0].judgement)


@cache
def enforcement_actions() -> st.SearchStrategy[EnforcementAction]:
    """'Enforcement action since last inspection': none, or an account of what was taken."""
    taken = st.builds(
        lambda what, reg, tail: EnforcementAction(
            taken=True,
            description=f"{what} under Regulation {reg} ({quality_standards()[reg][4:]}). {tail}",
        ),
        st.sampled_from(_ENFORCEMENT_KINDS),
        st.sampled_from(sorted(quality_standards())),
        sentences(),
    )
    return st.just(EnforcementAction(taken=False)) | taken
