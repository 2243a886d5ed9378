"""One mutation per semantic rule: break exactly that rule in a valid generated report.

``MUTATIONS`` maps each rule code of ``schemas/rules.json`` to the report kinds it applies
to and a mutator. A mutator takes a Hypothesis ``draw`` and a valid document (a copy it may
change), makes whatever supporting changes keep every other rule satisfied, breaks its
rule, and returns the JSON Pointer where the finding is expected.
"""

from __future__ import annotations

import datetime
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any, Protocol, TypeVar

from hypothesis import assume
from hypothesis import strategies as st

from inspection_schema.model.converter import unstructure
from inspection_schema.spec.codelists import extra_areas, judged_periods, within
from inspection_schema.spec.regulation_references import parse_reference
from inspection_schema.testing import strategies

T = TypeVar("T")
Document = dict[str, Any]


class Draw(Protocol):
    """What draws a value from a strategy: ``data.draw`` of ``st.data()``, or the ``draw``
    of a composite strategy."""

    def __call__(self, strategy: st.SearchStrategy[T], label: Any = None, /) -> T: ...


Mutator = Callable[[Draw, Document], str]
ALL_KINDS = ("full", "interim", "monitoring", "assurance", "emergency")


@dataclass(frozen=True)
class Mutation:
    kinds: tuple[str, ...]
    mutate: Mutator


MUTATIONS: dict[str, Mutation] = {}


def mutation(code: str, kinds: tuple[str, ...] = ALL_KINDS) -> Callable[[Mutator], Mutator]:
    def register(mutate: Mutator) -> Mutator:
        MUTATIONS[code] = Mutation(kinds, mutate)
        return mutate

    return register


# Helpers


def _day(text: str) -> datetime.date:
    return datetime.date.fromisoformat(text)


def _iso(day: datetime.date) -> str:
    return day.isoformat()


def _start(doc: Document) -> datetime.date:
    return _day(doc["inspection_dates"]["start"])


def _end(doc: Document) -> datetime.date:
    return _day(doc["inspection_dates"]["end"])


def _sync_last_inspection(doc: Document) -> None:
    newest = doc["inspection_history"][0]
    doc["last_inspection"] = {"date": newest["date"]}
    if "judgement" in newest:
        doc["last_inspection"]["overall_judgement"] = newest["judgement"]


def _ensure_history(doc: Document, rows: int) -> None:
    """At least ``rows`` full-inspection rows, newest first, and a matching last inspection."""
    if len(doc.get("inspection_history", [])) >= rows:
        return
    start = _start(doc)
    doc["inspection_history"] = [
        {
            "date": _iso(start - datetime.timedelta(days=120 * (i + 1))),
            "inspection_type": "full",
            "judgement": "good",
        }
        for i in range(rows)
    ]
    _sync_last_inspection(doc)


def _a_requirement(draw: Draw, doc: Document) -> int:
    """Index of a requirement, adding one if there are none."""
    if not doc.get("requirements"):
        doc["requirements"] = [unstructure(draw(strategies.requirements(_end(doc))))]  # type: ignore[arg-type]
        doc["requirements_preamble"] = (
            "The registered person(s) must comply within the given timescales."
        )
    return draw(st.integers(0, len(doc["requirements"]) - 1))


def _plain_text(doc: Document, index: int) -> None:
    """Drop a requirement's 'The <name> standard is…' opening, so it fits any regulation."""
    doc["requirements"][index]["text"] = [
        "The registered person must ensure that staff record incidents."
    ]


def _regrade(doc: Document, overall: str, protected: str, leaders: str) -> None:
    """New area judgements (a secure home's other two kept), with the summary sentence and
    narratives brought into line."""
    table = doc["judgements"]
    table.update(
        overall_experiences_and_progress=overall,
        helped_and_protected=protected,
        leaders_and_managers=leaders,
    )
    doc["summary"] = strategies.SUMMARY_SENTENCES[overall][0]
    for narrative in doc.get("area_narratives", []):
        narrative["judgement"] = table[narrative["area"]]


def _other(draw: Draw, options: Sequence[T], current: object) -> T:
    return draw(st.sampled_from([o for o in options if o != current]))


# Dates


@mutation("inspection-dates-order")
def _end_before_start(draw: Draw, doc: Document) -> str:
    start = _end(doc) + datetime.timedelta(days=draw(st.integers(1, 5)))
    doc["inspection_dates"]["start"] = _iso(start)
    if "copyright_year" in doc:
        doc["copyright_year"] = start.year
    return "/inspection_dates/end"


@mutation("inspection-length", ("full", "interim"))
def _too_long(draw: Draw, doc: Document) -> str:
    longest = 3 if doc["report_kind"] == "full" else 1
    extra = draw(st.integers(longest, longest + 4))
    doc["inspection_dates"]["end"] = _iso(_start(doc) + datetime.timedelta(days=extra))
    return "/inspection_dates/end"


@mutation("copyright-year-unusual")
def _copyright_far_off(draw: Draw, doc: Document) -> str:
    year = _start(doc).year
    doc["copyright_year"] = draw(st.sampled_from([year - 3, year - 1, year + 2, year + 5]))
    return "/copyright_year"


# Judgements


@mutation("narrative-judgement-mismatch", ("full",))
def _narrative_disagrees(draw: Draw, doc: Document) -> str:
    table = doc["judgements"]
    doc["area_narratives"] = [
        {"area": area, "judgement": table[area], "paragraphs": ["Staff support children well."]}
        for area in strategies.AREAS
    ]
    index = draw(st.integers(0, 2))
    narrative = doc["area_narratives"][index]
    narrative["judgement"] = _other(draw, strategies.GRADES, narrative["judgement"])
    return f"/area_narratives/{index}/judgement"


@mutation("summary-judgement-mismatch", ("full",))
def _summary_of_another_grade(draw: Draw, doc: Document) -> str:
    other = _other(draw, strategies.GRADES, doc["judgements"]["overall_experiences_and_progress"])
    doc["summary"] = draw(strategies.summary_sentences(other))
    return "/summary"


@mutation("summary-unrecognised", ("full",))
def _summary_unknown(draw: Draw, doc: Document) -> str:
    doc["summary"] = draw(strategies.sentences())
    return "/summary"


@mutation("protection-inadequate-overall", ("full",))
def _protection_inadequate(draw: Draw, doc: Document) -> str:
    leaders = doc["judgements"]["leaders_and_managers"]
    allowed = strategies.GRADES[2:3] if leaders == "inadequate" else strategies.GRADES[:3]
    _regrade(doc, draw(st.sampled_from(allowed)), "inadequate", leaders)
    return "/judgements/overall_experiences_and_progress"


@mutation("leadership-inadequate-overall", ("full",))
def _leadership_inadequate(draw: Draw, doc: Document) -> str:
    protected = doc["judgements"]["helped_and_protected"]
    if protected == "inadequate":
        protected = "good"
    _regrade(doc, draw(st.sampled_from(strategies.GRADES[:2])), protected, "inadequate")
    return "/judgements/overall_experiences_and_progress"


# History


@mutation("history-date-not-before-inspection")
def _history_not_before(draw: Draw, doc: Document) -> str:
    _ensure_history(doc, 1)
    row = doc["inspection_history"][0]
    row.update(
        date=_iso(_start(doc) + datetime.timedelta(days=draw(st.integers(0, 3)))),
        inspection_type="full",
        judgement=draw(st.sampled_from(strategies.GRADES)),
    )
    _sync_last_inspection(doc)
    return "/inspection_history/0/date"


@mutation("history-not-descending")
def _history_out_of_order(_draw: Draw, doc: Document) -> str:
    _ensure_history(doc, 2)
    rows = doc["inspection_history"]
    rows[0], rows[1] = rows[1], rows[0]
    _sync_last_inspection(doc)
    return "/inspection_history/1/date"


@mutation("history-duplicate")
def _history_repeated(draw: Draw, doc: Document) -> str:
    _ensure_history(doc, 1)
    rows = doc["inspection_history"]
    index = draw(st.integers(0, len(rows) - 1))
    rows.insert(index + 1, dict(rows[index]))
    return f"/inspection_history/{index + 1}"


@mutation("last-inspection-date-mismatch")
def _last_date_differs(draw: Draw, doc: Document) -> str:
    _ensure_history(doc, 1)
    newest = _day(doc["inspection_history"][0]["date"])
    doc["last_inspection"]["date"] = _iso(
        newest - datetime.timedelta(days=draw(st.integers(1, 60)))
    )
    return "/last_inspection/date"


@mutation("last-inspection-judgement-mismatch")
def _last_judgement_differs(draw: Draw, doc: Document) -> str:
    _ensure_history(doc, 1)
    newest = doc["inspection_history"][0]
    if "judgement" not in newest:
        newest.update(inspection_type="full", judgement="good")
    doc["last_inspection"]["overall_judgement"] = _other(
        draw, strategies.GRADES + strategies.INTERIM_JUDGEMENTS, newest["judgement"]
    )
    return "/last_inspection/overall_judgement"


@mutation("history-judgement-type-mismatch")
def _judgement_of_another_scale(draw: Draw, doc: Document) -> str:
    _ensure_history(doc, 1)
    rows = doc["inspection_history"]
    index = draw(st.integers(0, len(rows) - 1))
    row = rows[index]
    if row["inspection_type"] == "interim":
        row["judgement"] = draw(st.sampled_from(strategies.GRADES))
    else:
        row.update(
            inspection_type="full", judgement=draw(st.sampled_from(strategies.INTERIM_JUDGEMENTS))
        )
    if index == 0:
        _sync_last_inspection(doc)
    return f"/inspection_history/{index}/judgement"


@mutation("history-type-date")
def _type_outside_its_period(_draw: Draw, doc: Document) -> str:
    _ensure_history(doc, 1)
    row = doc["inspection_history"][0]
    if _day(row["date"]) <= datetime.date(2022, 3, 31):
        row["inspection_type"] = "assurance"
    else:
        row.update(inspection_type="interim", judgement="sustained_effectiveness")
        _sync_last_inspection(doc)
    return "/inspection_history/0/date"


# Requirements


@mutation("regulation-reference-missing")
def _no_reference(draw: Draw, doc: Document) -> str:
    index = _a_requirement(draw, doc)
    doc["requirements"][index]["regulations"] = []
    return f"/requirements/{index}/regulations"


@mutation("regulation-number-out-of-range")
def _no_such_regulation(draw: Draw, doc: Document) -> str:
    index = _a_requirement(draw, doc)
    number = draw(st.integers(53, 120))
    reference = draw(strategies.regulation_references(number))
    doc["requirements"][index]["regulations"] = [unstructure(reference)]  # type: ignore[arg-type]
    _plain_text(doc, index)
    return f"/requirements/{index}/regulations/0/regulation"


@mutation("regulation-reference-unparseable")
def _reference_disagrees(draw: Draw, doc: Document) -> str:
    index = _a_requirement(draw, doc)
    reference = doc["requirements"][index]["regulations"][0]
    base = f"/requirements/{index}/regulations/0"
    how = draw(st.sampled_from(("text", "regulation", "provisions")))
    if how == "text":
        reference["text"] += draw(st.sampled_from((" 2a", " [a]", " (A)", " and 14")))
        return f"{base}/text"
    if how == "regulation":
        reference["regulation"] = _other(draw, tuple(range(1, 53)), reference["regulation"])
        _plain_text(doc, index)
        return f"{base}/regulation"
    provisions = list(parse_reference(reference["text"]).provisions)
    reference["provisions"] = draw(
        st.sampled_from(
            (provisions[:-1], [*provisions, f"{reference['regulation']}(9)(z)"], provisions[::-1])
        ).filter(lambda p: p != provisions)
    )
    return f"{base}/provisions"


@mutation("standard-name-mismatch")
def _standard_of_another_regulation(draw: Draw, doc: Document) -> str:
    index = _a_requirement(draw, doc)
    requirement = doc["requirements"][index]
    cited = {reference["regulation"] for reference in requirement["regulations"]}
    other = draw(st.sampled_from([n for n in range(6, 15) if n not in cited]))
    standard = strategies.quality_standards()[other]
    requirement["text"] = [f"{standard} is that children are safe.", *requirement["text"]]
    return f"/requirements/{index}/text/0"


@mutation("due-date-before-inspection")
def _due_before(draw: Draw, doc: Document) -> str:
    index = _a_requirement(draw, doc)
    due = _start(doc) - datetime.timedelta(days=draw(st.integers(1, 400)))
    doc["requirements"][index]["due_date"] = _iso(due)
    return f"/requirements/{index}/due_date"


@mutation("due-date-unusual")
def _due_unusual(draw: Draw, doc: Document) -> str:
    index = _a_requirement(draw, doc)
    start, end = _start(doc), _end(doc)
    late = end + datetime.timedelta(days=draw(st.integers(93, 400)))
    early = start + datetime.timedelta(days=draw(st.integers(0, (end - start).days)))
    doc["requirements"][index]["due_date"] = _iso(draw(st.sampled_from((late, early))))
    return f"/requirements/{index}/due_date"


@mutation("due-date-missing")
def _due_missing(draw: Draw, doc: Document) -> str:
    index = _a_requirement(draw, doc)
    del doc["requirements"][index]["due_date"]
    return f"/requirements/{index}/due_date"


# Recommendations and inspectors


@mutation("recommendation-guide-reference")
def _guide_incomplete(draw: Draw, doc: Document) -> str:
    if not doc.get("recommendations"):
        doc["recommendations"] = [unstructure(draw(strategies.recommendations()))]  # type: ignore[arg-type]
    index = draw(st.integers(0, len(doc["recommendations"]) - 1))
    recommendation = doc["recommendations"][index]
    base = f"/recommendations/{index}/guide_reference"
    how = draw(st.sampled_from(("reference", "page", "paragraphs", "no paragraphs")))
    if how == "reference":
        del recommendation["guide_reference"]
        return base
    if how == "page":
        del recommendation["guide_reference"]["page"]
        return f"{base}/page"
    if how == "paragraphs":
        del recommendation["guide_reference"]["paragraphs"]
    else:
        recommendation["guide_reference"]["paragraphs"] = []
    return f"{base}/paragraphs"


@mutation("inspector-missing")
def _no_inspector(_draw: Draw, doc: Document) -> str:
    doc["inspectors"] = []
    return "/inspectors"


@mutation("inspector-role-unknown")
def _unknown_role(draw: Draw, doc: Document) -> str:
    index = draw(st.integers(0, len(doc["inspectors"]) - 1))
    doc["inspectors"][index]["role"] = draw(
        st.sampled_from(("chief_inspector", "lead_inspector", "x"))
    )
    return f"/inspectors/{index}/role"


@mutation("code-not-in-codelist")
def _unlisted_code(draw: Draw, doc: Document) -> str:
    field = draw(st.sampled_from(("framework", "provision_type", "history type")))
    code = draw(st.sampled_from(("focused_visit", "sccif_2030", "foster_home")))
    if field == "history type":
        _ensure_history(doc, 1)
        doc["inspection_history"][0]["inspection_type"] = code
        return "/inspection_history/0/inspection_type"
    doc[field] = code
    return f"/{field}"


@mutation("secure-home-judgements-missing", ("full",))
def _secure_home_without_extra_judgement(draw: Draw, doc: Document) -> str:
    # The rule applies from schema 1.1, which added the two judgements, and only to an area
    # Ofsted judged on the inspection's first day: give one area, omit one it judged then.
    if doc["schema_version"] == "1.0":
        doc["schema_version"] = "1.1"
    doc["provision_type"] = "secure_childrens_home"
    areas = extra_areas("secure_childrens_home")
    judged = [area for area in areas if _judged_on(area, _start(doc))]
    assume(judged)
    missing = draw(st.sampled_from(judged))
    for area in areas:
        doc["judgements"][area] = draw(st.sampled_from(strategies.GRADES))
    del doc["judgements"][missing]
    return f"/judgements/{missing}"


def _judged_on(area: str, day: datetime.date) -> bool:
    periods = judged_periods(area)
    return not periods or any(within(day, span) for span in periods)
