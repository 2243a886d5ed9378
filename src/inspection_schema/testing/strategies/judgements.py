"""Judgements: the area grades, obeying the limiting rules, the summary sentence and narratives."""

from __future__ import annotations

from functools import cache

from hypothesis import strategies as st

from inspection_schema.model import AreaNarrative, Judgements
from inspection_schema.testing.strategies.text import paragraph_lists

GRADES = ("outstanding", "good", "requires_improvement_to_be_good", "inadequate")
"""The four-point scale, best first."""

INTERIM_JUDGEMENTS = (
    "improved_effectiveness",
    "sustained_effectiveness",
    "declined_effectiveness",
    "not_judged",
)
AREAS = ("overall_experiences_and_progress", "helped_and_protected", "leaders_and_managers")

SUMMARY_SENTENCES: dict[str, tuple[str, ...]] = {
    "outstanding": (
        (
            "The children's home provides highly effective services that consistently exceed the "
            "standards of good. The actions of the children's home contribute to significantly "
            "improved outcomes and positive experiences for children and young people who need "
            "help, protection and care."
        ),
        (
            "The children's home provides highly effective services that consistently exceed the "
            "standards of good. The actions of the home contribute to significantly improved "
            "outcomes for children and young people who need help, protection and care."
        ),
    ),
    "good": (
        "The children's home provides effective services that meet the requirements for good.",
    ),
    "requires_improvement_to_be_good": (
        (
            "The children's home is not yet delivering good help and care for children and young "
            "people. However, there are no serious or widespread failures that result in their "
            "welfare not being safeguarded or promoted."
        ),
    ),
    "inadequate": (
        (
            "There are serious and widespread failures that mean children and young people are "
            "not protected or their welfare is not promoted or safeguarded and the care and "
            "experiences of children and young people are poor."
        ),
        (
            "There are serious and/or widespread failures that mean children and young people are "
            "not protected or their welfare is not promoted or safeguarded and/or the care and "
            "experiences of children and young people are poor and they are not making progress."
        ),
    ),
}
"""Ofsted's summary sentences for each overall grade (domain reference §8)."""


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
        overall_experiences_and_progress=overall,
        helped_and_protected=protected,
        leaders_and_managers=leaders,
    )


@cache
def summary_sentences(overall: str) -> st.SearchStrategy[str]:
    """One of Ofsted's summary sentences for an overall grade."""
    return st.sampled_from(SUMMARY_SENTENCES[overall])


def area_narratives(grades: Judgements) -> st.SearchStrategy[list[AreaNarrative]]:
    """One narrative per area, in the report's order, headed with the table's grade."""
    return st.tuples(*(paragraph_lists(1, 3) for _ in AREAS)).map(
        lambda texts: [
            AreaNarrative(area=area, judgement=getattr(grades, area), paragraphs=list(text))
            for area, text in zip(AREAS, texts, strict=True)
        ]
    )
