"""Hypothesis strategies for valid, realistic inspection reports.

For downstream teams that test code which reads or writes canonical instances::

    from hypothesis import given
    from inspection_schema import strategies

    @given(strategies.report_documents(kind="full"))
    def test_my_loader(document):
        assert my_loader(document).urn == document["urn"]

Entry points:

- :func:`reports` — model objects (``FullReport``, ``InterimReport``, …) of one kind or of
  every kind, declaring one schema version or any shipped version;
- :func:`report_documents` — the same as JSON-compatible dicts, exactly what
  ``inspection_schema.model.converter.unstructure`` writes.

Every generated report is valid under the schema version it declares and breaks none of the
semantic rules in ``schemas/rules.json``, warnings included:

- inspection dates: start ≤ end; a full inspection lasts at most three days, an interim one
  day; interim inspections fall before April 2022 and assurance inspections after it;
- the inspection history is strictly before the inspection, newest first, without repeats,
  and each row's judgement fits its type (full → four-point scale, interim → improved,
  sustained or declined effectiveness or not judged, assurance → ungraded);
  ``last_inspection`` repeats the newest row;
- the judgements obey the limiting rules (helped and protected inadequate ⇒ overall
  inadequate; leaders inadequate ⇒ overall requires improvement or inadequate), the summary
  sentence is Ofsted's wording for the overall grade and the area narratives carry the
  table's grades;
- requirements cite regulations 1–52 with a reference text that is built from, and agrees
  with, the parsed provisions (``Regulation 13 (1)(a) (2)(b)(c)`` ↔ ``13(1)(a)``, ``13(2)(b)``,
  ``13(2)(c)``); a "The <name> standard is that…" opening appears only with its own
  regulation (6–14); due dates fall 14–84 days after the last day on site;
- recommendations cite the Guide with page and paragraphs; inspectors have known roles;
  every code comes from its codelist;
- a report declaring 1.1 may carry the fields 1.1 added: an event number (seven or eight
  digits), a publication date 5–60 days after the last day on site and, for a full report on
  a secure children's home, always the education and learning and the health judgements.

Text is realistic but generated: printable, without leading, trailing or double spaces, line
breaks, curly quotes or ``<``, so that rendering a report to text and extracting it again
gives the same report.

The building blocks (:func:`urns`, :func:`inspection_dates`, :func:`regulation_references`,
:func:`requirements`, …) are public too, for tests that need one part of a report.
"""

from __future__ import annotations

import datetime
from collections.abc import Sequence
from functools import cache
from typing import Any

import attrs
from hypothesis import strategies as st

from inspection_schema.model import (
    REPORT_CLASSES,
    AreaNarrative,
    DateRange,
    EnforcementAction,
    GuideReference,
    HistoryEntry,
    Inspector,
    Judgements,
    LastInspection,
    Provenance,
    Provider,
    Recommendation,
    RegulationReference,
    Report,
    Requirement,
)
from inspection_schema.model.converter import unstructure
from inspection_schema.rules.secure_homes import SECURE_HOME
from inspection_schema.spec.codelists import codelist
from inspection_schema.spec.regulations import quality_standards
from inspection_schema.spec.versions import UnknownSchemaVersion, at_least, supported_versions

__all__ = [
    "AREAS",
    "GRADES",
    "INTERIM_JUDGEMENTS",
    "SUMMARY_SENTENCES",
    "addresses",
    "area_narratives",
    "clauses",
    "dates",
    "enforcement_actions",
    "guide_references",
    "history_entries",
    "inspection_dates",
    "inspection_histories",
    "inspectors",
    "judgements",
    "paragraphs",
    "person_names",
    "provenances",
    "provider_names",
    "providers",
    "quality_standards",
    "recommendations",
    "regulation_references",
    "report_documents",
    "reports",
    "requirements",
    "sentences",
    "summary_sentences",
    "urns",
]

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

# Inspection periods (domain reference §1): SCCIF full inspections from April 2017, interim
# inspections to March 2022, assurance inspections from April 2022.
_SCCIF_START = datetime.date(2017, 4, 1)
_INTERIM_END = datetime.date(2022, 3, 31)
_ASSURANCE_START = datetime.date(2022, 4, 1)
_LATEST = datetime.date(2025, 12, 31)
_HISTORY_FLOOR = datetime.date(2014, 4, 1)

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
_ENFORCEMENT_KINDS = (
    "A compliance notice was served",
    "Compliance notices were served",
    "A restriction of accommodation notice was issued",
)
_PREAMBLE = (
    "This section sets out the actions that the registered person(s) must take to meet the "
    "Care Standards Act 2000, Children's Homes (England) Regulations 2015 and the 'Guide to "
    "the children's homes regulations including the quality standards'. The registered "
    "person(s) must comply within the given timescales."
)
_INSPECTION_INFORMATION = (
    "Inspectors have looked closely at the experiences and progress of children and young "
    "people, using the social care common inspection framework. This inspection was carried "
    "out under the Care Standards Act 2000 to assess the effectiveness of the service, how it "
    "meets the core functions of the service as set out in legislation, and to consider how "
    "well it complies with the Children's Homes (England) Regulations 2015 and the 'Guide to "
    "the children's homes regulations including the quality standards'."
)
_GUIDE_TITLE = "'Guide to the children's homes regulations, including the quality standards'"
_PROVISION_TYPES = (
    "childrens_home",
    "secure_childrens_home",
    "residential_special_school_childrens_home",
)
_LETTERS = "abcdefg"  # not h: "(h)(i)" can read as letter (i)
_HEADS = ("i", "ii", "iii", "iv", "v", "vi", "vii", "viii", "ix", "x")
_SECTION_NAMES = (
    "home_information",
    "inspection_dates",
    "inspection_history",
    "requirements",
    "inspectors",
)


@cache
def _codes(name: str) -> tuple[str, ...]:
    return tuple(entry["code"] for entry in codelist(name).entries)


# Text


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
def _paragraph_lists(min_size: int = 1, max_size: int = 4) -> st.SearchStrategy[list[str]]:
    return st.lists(paragraphs(), min_size=min_size, max_size=max_size)


# Identifiers and people


@cache
def urns() -> st.SearchStrategy[str]:
    """A URN: 'SC' and six digits, or seven digits starting 1 or 2."""
    return st.one_of(
        st.from_regex(r"SC[0-9]{6}", fullmatch=True),
        st.from_regex(r"[12][0-9]{6}", fullmatch=True),
    )


@cache
def providers() -> st.SearchStrategy[Provider]:
    """A registered provider, with or without its address."""
    return st.builds(Provider, name=provider_names(), address=st.none() | addresses())


@cache
def inspectors() -> st.SearchStrategy[Inspector]:
    """An inspector with a role from the inspector-role codelist."""
    return st.builds(Inspector, name=person_names(), role=st.sampled_from(_codes("inspector-role")))


@cache
def provenances() -> st.SearchStrategy[Provenance]:
    """Provenance as an extractor writes it."""
    pages = st.lists(st.integers(1, 3), min_size=len(_SECTION_NAMES), max_size=len(_SECTION_NAMES))

    def section_pages(steps: list[int]) -> dict[str, int]:
        page, result = 1, {}
        for name, step in zip(_SECTION_NAMES, steps, strict=True):
            result[name] = page
            page += step - 1
        return result

    return st.builds(
        Provenance,
        source_sha256=st.from_regex(r"[0-9a-f]{64}", fullmatch=True),
        source_name=st.none() | urns().map(lambda urn: f"{urn}.pdf"),
        extractor=st.none() | st.just("inspection-schema 1.0.0"),
        section_pages=st.none() | pages.map(section_pages),
    )


# Dates


def dates(
    min_value: datetime.date = _SCCIF_START, max_value: datetime.date = _LATEST
) -> st.SearchStrategy[datetime.date]:
    """A calendar date in a range (by default, the SCCIF era)."""
    return st.dates(min_value=min_value, max_value=max_value)


def _kind_period(kind: str) -> tuple[datetime.date, datetime.date]:
    if kind == "interim":
        return _SCCIF_START, _INTERIM_END
    if kind == "assurance":
        return _ASSURANCE_START, _LATEST
    return _SCCIF_START, _LATEST


def inspection_dates(kind: str = "full") -> st.SearchStrategy[DateRange]:
    """The days on site: at most three for a full inspection, one for an interim inspection."""
    low, high = _kind_period(kind)
    longest = 0 if kind == "interim" else 2
    return st.builds(
        lambda start, extra: DateRange(start=start, end=start + datetime.timedelta(days=extra)),
        dates(low, high),
        st.integers(0, longest),
    )


# Judgements


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
    return st.tuples(*(_paragraph_lists(1, 3) for _ in AREAS)).map(
        lambda texts: [
            AreaNarrative(area=area, judgement=getattr(grades, area), paragraphs=list(text))
            for area, text in zip(AREAS, texts, strict=True)
        ]
    )


# Previous inspections


def _row_types(day: datetime.date) -> tuple[str, ...]:
    if day < _SCCIF_START:
        return ("full",)
    return ("full", "interim") if day <= _INTERIM_END else ("full", "assurance")


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
        if day < _HISTORY_FLOOR:
            break
        rows.append(draw(history_entries(day)))
    return rows


def _last_inspection(history: Sequence[HistoryEntry]) -> LastInspection | None:
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


# Requirements and recommendations


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
    groups = []
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
    text = draw(_paragraph_lists(1, 3))
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


# Reports


def _copyright_year(dates_: DateRange) -> st.SearchStrategy[int]:
    """The year of the last day on site or, if that is the first day's year, the next year."""
    return st.sampled_from(sorted({dates_.end.year, dates_.start.year + 1}))


@st.composite
def _common(draw: st.DrawFn, kind: str, version: str) -> dict[str, Any]:
    """Fields every kind has, plus the history fields."""
    dates_ = draw(inspection_dates(kind))
    history = draw(inspection_histories(dates_.start))
    reqs = draw(st.lists(requirements(dates_.end), max_size=3))
    recs = draw(st.lists(recommendations(), max_size=2))
    fields: dict[str, Any] = {
        "schema_version": version,
        "urn": draw(urns()),
        "provider": draw(providers()),
        "framework": draw(st.none() | st.just("sccif")),
        "provision_type": draw(st.none() | st.sampled_from(_PROVISION_TYPES)),
        "responsible_individual": draw(st.none() | person_names()),
        "registered_manager": draw(st.none() | person_names() | st.just("Post vacant")),
        "home_information": draw(st.none() | _paragraph_lists(1, 3)),
        "inspection_dates": dates_,
        "last_inspection": _last_inspection(history),
        "enforcement_action": draw(st.none() | enforcement_actions()) if history else None,
        "inspection_history": history or None,
        "requirements_preamble": _PREAMBLE if reqs else None,
        "requirements": reqs or None,
        "recommendations": recs or None,
        "inspection_information": draw(st.none() | st.just(_INSPECTION_INFORMATION)),
        "inspectors": draw(st.lists(inspectors(), min_size=1, max_size=3)),
        "copyright_year": draw(st.none() | _copyright_year(dates_)),
        "provenance": draw(st.none() | provenances()),
    }
    if at_least(version, "1.1"):
        fields["event_number"] = draw(st.none() | st.integers(1_000_000, 99_999_999).map(str))
        fields["publication_date"] = draw(
            st.none()
            | st.integers(5, 60).map(lambda days: dates_.end + datetime.timedelta(days=days))
        )
    return fields


@cache
@st.composite
def _full_reports(draw: st.DrawFn, version: str) -> Report:
    fields = draw(_common("full", version))
    grades = draw(judgements())
    if at_least(version, "1.1") and fields["provision_type"] == SECURE_HOME:
        grades = attrs.evolve(
            grades,
            education_and_learning=draw(st.sampled_from(GRADES)),
            health=draw(st.sampled_from(GRADES)),
        )
    overall = grades.overall_experiences_and_progress
    if overall == "inadequate" and not fields["requirements"]:
        fields["requirements"] = [draw(requirements(fields["inspection_dates"].end))]
        fields["requirements_preamble"] = _PREAMBLE
    return REPORT_CLASSES["full"](
        **fields,
        judgements=grades,
        summary=draw(summary_sentences(overall)),
        area_narratives=draw(st.none() | area_narratives(grades)),
    )


@cache
@st.composite
def _interim_reports(draw: st.DrawFn, version: str) -> Report:
    return REPORT_CLASSES["interim"](
        **draw(_common("interim", version)),
        interim_judgement=draw(st.sampled_from(INTERIM_JUDGEMENTS)),
        judgement_statement=draw(st.none() | sentences()),
        findings=draw(st.none() | _paragraph_lists()),
    )


@st.composite
def _ungraded_reports(draw: st.DrawFn, kind: str, version: str) -> Report:
    extra: dict[str, Any] = {"findings": draw(st.none() | _paragraph_lists())}
    if kind == "assurance":
        extra["outcome_statement"] = draw(st.none() | sentences())
    return REPORT_CLASSES[kind](**draw(_common(kind, version)), **extra)


@cache
def reports(
    kind: str | None = None, schema_version: str | None = None
) -> st.SearchStrategy[Report]:
    """Valid, realistic reports as model objects.

    Of one ``kind``, or of every kind if None; declaring ``schema_version``, or any version
    this package ships if None. An unknown kind raises ``ValueError``, an unknown version
    :class:`~inspection_schema.spec.versions.UnknownSchemaVersion`.
    """
    if schema_version is None:
        return st.one_of(*(reports(kind, version) for version in supported_versions()))
    if schema_version not in supported_versions():
        raise UnknownSchemaVersion(schema_version)
    if kind is None:
        return st.one_of(*(reports(k, schema_version) for k in REPORT_CLASSES))
    if kind not in REPORT_CLASSES:
        raise ValueError(f"unknown report kind {kind!r}; expected one of {sorted(REPORT_CLASSES)}")
    if kind == "full":
        return _full_reports(schema_version)
    if kind == "interim":
        return _interim_reports(schema_version)
    return _ungraded_reports(kind, schema_version)


@cache
def report_documents(
    kind: str | None = None, schema_version: str | None = None
) -> st.SearchStrategy[dict[str, Any]]:
    """Valid, realistic reports as JSON-compatible dicts (what ``unstructure`` writes)."""
    return reports(kind, schema_version).map(unstructure)
