"""Realistic generated text: names, addresses, sentences and paragraphs of inspection prose."""

from __future__ import annotations

from collections.abc import Sequence
from functools import cache
from typing import Any

from hypothesis import strategies as st

_FIRST_NAMES = (
    "Amira", "Ben", "Chloe", "Daniel", "Eleanor", "Farah", "George", "Hannah", "Imran", "Jade",
    "Kwame", "Laura", "Mohammed", "Niamh", "Oliver", "Priya", "Rachael", "Samuel", "Tariq",
    "Una", "Victoria", "William", "Yasmin", "Zoe",
)  # fmt: skip
_SURNAMES = (
    "Ahmed", "Bird", "Clarke", "Davies", "Evans", "Fletcher", "Green", "Hughes", "Iqbal",
    "Jones", "Khan", "Lewis", "McIntosh", "Nowak", "O'Brien", "Patel", "Roberts", "Sharpe",
    "Taylor", "Walsh", "Wright", "Young",
)  # fmt: skip
_PLACE_WORDS = (
    "Oakwood", "Riverside", "Meadow", "Hillcrest", "Willow", "Beacon", "Harbour", "Ashdown",
    "Brookfield", "Kingsley", "Elm", "Fernhill", "Greystone", "Lakeside",
)  # fmt: skip
_COMPANY_ENDINGS = (
    "Children's Services Limited", "Children's Services Ltd", "Care Limited", "Care Group Ltd",
    "Homes Limited", "Residential Care Ltd", "Family Services",
)  # fmt: skip
_STREETS = ("Road", "Street", "Lane", "Avenue", "Close", "Drive", "Way")
_TOWNS = (
    "Leicester", "Wolverhampton", "Bristol", "Norwich", "Sheffield", "Stoke-on-Trent",
    "Preston", "Exeter", "Lincoln", "Reading",
)  # fmt: skip

_SUBJECTS = (
    "Staff", "The registered manager", "Children", "Managers", "Leaders", "The home's staff",
    "Senior managers", "The responsible individual", "Key workers", "The deputy manager",
)  # fmt: skip
_VERBS = (
    "support", "encourage", "review", "record", "help", "monitor", "understand", "plan",
    "improve", "discuss", "assess", "promote",
)  # fmt: skip
_OBJECTS = (
    "children's progress in education", "the risks that each child faces",
    "the quality of care in the home", "children's views, wishes and feelings",
    "contact with families and friends", "the administration of medication",
    "children's health and well-being", "the home's statement of purpose",
    "incidents of restraint", "the training that staff receive",
    "the planning of children's care", "relationships between children",
)  # fmt: skip
_QUALIFIERS = (
    "effectively", "consistently", "in a timely manner", "with care", "well",
    "through regular meetings", "in line with each child's plan", "with the placing authority",
    "at every handover", "as part of supervision",
)  # fmt: skip
_JOINERS = ("", "As a result, ", "However, ", "For example, ", "Furthermore, ", "Recently, ")


@cache
def person_names() -> st.SearchStrategy[str]:
    """A person's name, such as 'Priya Hughes'."""
    return st.builds(
        lambda a, b: f"{a} {b}", st.sampled_from(_FIRST_NAMES), st.sampled_from(_SURNAMES)
    )


@cache
def provider_names() -> st.SearchStrategy[str]:
    """A registered provider's name, such as 'Oakwood Children's Services Limited'."""
    return st.builds(
        lambda a, b: f"{a} {b}", st.sampled_from(_PLACE_WORDS), st.sampled_from(_COMPANY_ENDINGS)
    )


@cache
def addresses() -> st.SearchStrategy[str]:
    """An address on one line, such as '27 Willow Road, Leicester LE19 3DS'."""
    postcode = st.builds(
        lambda a, b, n, c: f"{a}{b}{n} {c}",
        st.sampled_from("BLNSW"),
        st.sampled_from("ENRS"),
        st.integers(1, 29),
        st.from_regex(r"[1-9][A-Z]{2}", fullmatch=True),
    )
    return st.builds(
        lambda n, w, s, t, p: f"{n} {w} {s}, {t} {p}",
        st.integers(1, 250),
        st.sampled_from(_PLACE_WORDS),
        st.sampled_from(_STREETS),
        st.sampled_from(_TOWNS),
        postcode,
    )


@cache
def sentences() -> st.SearchStrategy[str]:
    """One sentence of inspection prose, ending with a full stop."""
    return _sentences(_JOINERS)


def _sentences(joiners: Sequence[str]) -> st.SearchStrategy[str]:
    # Every combination of the word lists is one index, so a sentence costs Hypothesis one
    # draw instead of six: generating whole reports stays fast enough for the thorough profile.
    parts: tuple[Sequence[Any], ...] = (
        joiners,
        _SUBJECTS,
        (False, True),
        _VERBS,
        _OBJECTS,
        _QUALIFIERS,
    )
    total = 1
    for part in parts:
        total *= len(part)

    def build(index: int) -> str:
        chosen = []
        for part in reversed(parts):
            index, position = divmod(index, len(part))
            chosen.append(part[position])
        joiner, subject, negated, verb, obj, how = reversed(chosen)
        singular = subject.startswith("The ") and not subject.endswith("staff")
        if joiner:
            subject = subject[0].lower() + subject[1:]
        negative = f"{'does' if singular else 'do'} not always {verb}"
        positive = (verb + ("es" if verb.endswith("ss") else "s")) if singular else verb
        middle = negative if negated else positive
        return f"{joiner}{subject} {middle} {obj} {how}."

    return st.integers(0, total - 1).map(build)


@cache
def clauses() -> st.SearchStrategy[str]:
    """A sentence without an opening connective, starting in lower case, to follow words such
    as 'should ensure that'."""
    return _sentences(("",)).map(lambda s: s[0].lower() + s[1:])


@cache
def paragraphs(min_sentences: int = 1, max_sentences: int = 4) -> st.SearchStrategy[str]:
    """A paragraph of one or more sentences on one line."""
    return st.lists(sentences(), min_size=min_sentences, max_size=max_sentences).map(" ".join)


@cache
def paragraph_lists(min_size: int = 1, max_size: int = 4) -> st.SearchStrategy[list[str]]:
    return st.lists(paragraphs(), min_size=min_size, max_size=max_size)
