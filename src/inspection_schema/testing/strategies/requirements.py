"""Requirements with regulation references that agree with their provisions, and recommendations."""

from __future__ import annotations

import datetime
from functools import cache

from hypothesis import strategies as st

from inspection_schema.model import GuideReference, Recommendation, RegulationReference, Requirement
from inspection_schema.spec.regulations import quality_standards
from inspection_schema.testing.strategies.text import clauses, paragraph_lists

_GUIDE_TITLE = "'Guide to the children's homes regulations, including the quality standards'"
_LETTERS = "abcdefg"  # not h: "(h)(i)" can read as letter (i)
_HEADS = ("i", "ii", "iii", "iv", "v", "vi", "vii", "viii", "ix", "x")


@cache
@st.composite
def _provision_groups(draw: st.DrawFn) -> list[tuple[int | None, list[tuple[str, list[str]]]]]:
    """Groups of a reference: (paragraph or None, [(letter, [heads])])."""
    letter_lists = st.lists(st.sampled_from(_LETTERS), unique=True, max_size=4).map(sorted)
    head_lists = st.lists(st.sampled_from(_HEADS), unique=True, max_size=3).map(
        lambda heads: sorted(heads, key=_HEADS.index)
    )
    if draw(st.integers(0, 9)) == 0:  # 'Regulation 5 (a)(b)(c)': letters, no paragraph
        letters = draw(letter_lists.filter(bool))
        return [(None, [(letter, []) for letter in letters])]
    paragraphs_ = sorted(draw(st.lists(st.integers(1, 7), unique=True, min_size=1, max_size=3)))
    groups: list[tuple[int | None, list[tuple[str, list[str]]]]] = []
    for number in paragraphs_:
        letters = draw(letter_lists)
        groups.append((number, [(letter, draw(head_lists)) for letter in letters]))
    return groups


def _format_reference(
    regulation: int, groups: list[tuple[int | None, list[tuple[str, list[str]]]]]
) -> RegulationReference:
    parts = [f"Regulation {regulation}"]
    provisions: list[str] = []
    for number, letters in groups:
        para = "" if number is None else f"({number})"
        text = para
        if not letters:
            provisions.append(f"{regulation}{para}")
        for letter, heads in letters:
            text += f"({letter})" + "".join(f"({head})" for head in heads)
            if not heads:
                provisions.append(f"{regulation}{para}({letter})")
            provisions.extend(f"{regulation}{para}({letter})({head})" for head in heads)
        parts.append(text)
    return RegulationReference(text=" ".join(parts), regulation=regulation, provisions=provisions)


@cache
def regulation_references(regulation: int | None = None) -> st.SearchStrategy[RegulationReference]:
    """A reference such as 'Regulation 13 (1)(a) (2)(b)(c)' with the provisions it names.

    The provisions are drawn first and the text is written from them, so the two agree.
    """
    numbers = st.integers(1, 52) if regulation is None else st.just(regulation)
    return st.builds(_format_reference, numbers, _provision_groups())


@cache
def _standard_opening(regulation: int) -> st.SearchStrategy[str]:
    return clauses().map(lambda clause: f"{quality_standards()[regulation]} is that {clause}")


def _gloss(clauses_: list[str]) -> list[str]:
    """The inspector's gloss as reports write it: 'This particularly refers to…', 'It also…'."""
    first, *more = clauses_
    return [f"This particularly refers to {first}", *(f"It also relates to {c}" for c in more)]


@st.composite
def requirements(draw: st.DrawFn, last_day: datetime.date) -> Requirement:
    """A statutory requirement due 14–84 days after ``last_day``."""
    reference = draw(regulation_references())
    text = draw(paragraph_lists(1, 3))
    if reference.regulation in quality_standards() and draw(st.booleans()):
        text = [draw(_standard_opening(reference.regulation)), *text]
    gloss = draw(st.none() | st.lists(clauses(), min_size=1, max_size=3).map(_gloss))
    due = last_day + datetime.timedelta(days=draw(st.integers(14, 84)))
    return Requirement(text=text, regulations=[reference], gloss=gloss, due_date=due)


@cache
def guide_references() -> st.SearchStrategy[GuideReference]:
    """A full citation of the Guide: its title, page and paragraphs."""

    def build(page: int, chapter: int, first: int, count: int) -> GuideReference:
        paras = [f"{chapter}.{first + i}" for i in range(count)]
        text = f"{_GUIDE_TITLE}, page {page}, paragraphs {', '.join(paras)}"
        return GuideReference(text=text, page=page, paragraphs=paras)

    return st.builds(
        build, st.integers(7, 70), st.integers(3, 11), st.integers(1, 30), st.integers(1, 2)
    )


@cache
def recommendations() -> st.SearchStrategy[Recommendation]:
    """A recommendation with its Guide citation."""
    return st.builds(
        lambda clause, ref: Recommendation(
            text=f"The registered person should ensure that {clause}",
            guide_reference=ref,
        ),
        clauses(),
        guide_references(),
    )
