"""Judgements: the area grades, obeying the limiting rules, the summary sentence and narratives."""

from __future__ import annotations

from functools import cache
from typing import cast

from hypothesis import strategies as st

from inspection_schema.model import Area, AreaJudgement, AreaNarrative, Judgements
from inspection_schema.spec import codelists
from inspection_schema.testing.strategies.text import paragraph_lists

GRADES: tuple[str, ...] = codelists.grades()
"""The four-point scale, best first (the judgement codelist)."""

INTERIM_JUDGEMENTS: tuple[str, ...] = codelists.interim_judgements()
"""The outcomes of an interim inspection (the interim-judgement codelist)."""

AREAS: tuple[str, ...] = codelists.judgement_areas()
"""The areas judged in every full inspection, in the report's order."""

SUMMARY_SENTENCES: dict[str, tuple[str, ...]] = {
    grade: codelists.summary_sentences(grade) for grade in GRADES
}
"""Ofsted's summary sentences for each overall grade (the judgement codelist)."""


@cache
@st.composite
def judgements(draw: st.DrawFn) -> Judgements:
    """The three area grades, obeying the limiting rules."""
    protected = draw(st.sampled_from(GRADES))
    leaders = draw(st.sampled_from(GRADES))
    if protected == "inadequate":
        overall = "inadequate"
    elif leaders == "inadequate":
        overall = draw(st.sampled_from(GRADES[2:]))
    else:
        overall = draw(st.sampled_from(GRADES))
    return Judgements(
        overall_experiences_and_progress=cast(AreaJudgement, overall),
        helped_and_protected=cast(AreaJudgement, protected),
        leaders_and_managers=cast(AreaJudgement, leaders),
    )


@cache
def summary_sentences(overall: str) -> st.SearchStrategy[str]:
    """One of Ofsted's summary sentences for an overall grade."""
    return st.sampled_from(SUMMARY_SENTENCES[overall])


def area_narratives(grades: Judgements) -> st.SearchStrategy[list[AreaNarrative]]:
    """One narrative per area, in the report's order, headed with the table's grade."""
    return st.tuples(*(paragraph_lists(1, 3) for _ in AREAS)).map(
        lambda texts: [
            AreaNarrative(
                area=cast(Area, area), judgement=getattr(grades, area), paragraphs=list(text)
            )
            for area, text in zip(AREAS, texts, strict=True)
        ]
    )
