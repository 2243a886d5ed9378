"""Rules on a full report's judgements: narratives, summary sentence and limiting rules."""

from __future__ import annotations

from functools import cache, lru_cache

from inspection_schema.rules._registry import NO_FINDINGS, Findings, rule
from inspection_schema.rules.context import DocumentContext
from inspection_schema.rules.json_access import as_list
from inspection_schema.spec.codelists import grades, overall_area, summary_markers
from inspection_schema.spec.finding_catalogue import entry
from inspection_schema.validate.findings import make_finding, pointer

_LEADERSHIP_LIMIT = "requires_improvement_to_be_good"
"""The best overall grade a home whose leaders and managers are inadequate normally has."""


def classify_summary(sentence: str) -> str | None:
    """The overall grade whose standard wording ``sentence`` uses, if any.

    The grades are tried in the order the judgement codelist gives (``summary_marker_order``).
    """
    for grade, pattern in summary_markers():
        if pattern.search(sentence):
            return grade
    return None


# Reports use Ofsted's standard sentences: each distinct sentence is classified once.
_classified = lru_cache(maxsize=1024)(classify_summary)


def _summary_grade(document: DocumentContext) -> str | None:
    """The grade whose wording the summary sentence uses (None if none, or no sentence)."""
    summary = document.get("summary")
    return _classified(summary) if isinstance(summary, str) else None


@cache
def _allowed_with_inadequate_leaders() -> tuple[str, ...]:
    return grades()[grades().index(_LEADERSHIP_LIMIT) :]


@rule("narrative-judgement-mismatch")
def narrative_matches_table(document: DocumentContext) -> Findings:
    table = document.judgements
    if not table:
        return NO_FINDINGS
    scale = grades()
    found = []
    for index, narrative in enumerate(as_list(document.get("area_narratives"))):
        if not isinstance(narrative, dict):
            continue
        area, heading = narrative.get("area"), narrative.get("judgement")
        graded = table.get(area) if isinstance(area, str) else None
        # Nearly every heading is the table's grade: that one comparison settles it.
        if graded != heading and graded in scale and heading in scale:
            found.append(
                make_finding(
                    "narrative-judgement-mismatch",
                    pointer("area_narratives", index, "judgement"),
                    f"The narrative on {narrative['area'].replace('_', ' ')} is headed "
                    f"{heading!r}, but the judgement table gives {graded!r}.",
                    expected=graded,
                    found=heading,
                )
            )
    return found


@rule("summary-judgement-mismatch")
def summary_matches_overall(document: DocumentContext) -> Findings:
    overall = document.overall
    if overall not in grades():
        return NO_FINDINGS
    grade = document.derived(_summary_grade)
    if grade is None or grade == overall:
        return NO_FINDINGS
    return [
        make_finding(
            "summary-judgement-mismatch",
            "/summary",
            f"The summary sentence is the one for {grade!r}, "
            f"but the overall judgement is {overall!r}.",
            expected=overall,
            found=grade,
        )
    ]


@rule("summary-unrecognised")
def summary_recognised(document: DocumentContext) -> Findings:
    if (
        document.kind != "full"
        or not isinstance(document.get("summary"), str)
        or document.derived(_summary_grade) is not None
    ):
        return NO_FINDINGS
    return [
        make_finding(
            "summary-unrecognised",
            "/summary",
            "The summary sentence does not use the standard wording of any grade.",
        )
    ]


def _how_rare(code: str) -> str:
    """How often Ofsted's outcome data shows what a limiting rule finds (from the catalogue)."""
    seen = entry(code)["ofsted_data"]
    return (
        f"Ofsted's outcome data for {seen['years']} has {seen['found']} such, "
        f"of {seen['total']:,} {seen['inspections']}"
    )


@rule("protection-inadequate-overall")
def protection_limits_overall(document: DocumentContext) -> Findings:
    overall = document.overall
    if (
        document.judgements.get("helped_and_protected") != "inadequate"
        or overall not in grades()
        or overall == "inadequate"
    ):
        return NO_FINDINGS
    return [
        make_finding(
            "protection-inadequate-overall",
            pointer("judgements", overall_area()),
            f"Children are judged inadequately helped and protected, which normally makes the "
            f"overall judgement 'inadequate', but it is {overall!r}: check the grades. "
            f"{_how_rare('protection-inadequate-overall')}.",
            expected="inadequate",
            found=overall,
        )
    ]


@rule("leadership-inadequate-overall")
def leadership_limits_overall(document: DocumentContext) -> Findings:
    overall = document.overall
    allowed = _allowed_with_inadequate_leaders()
    if (
        document.judgements.get("leaders_and_managers") != "inadequate"
        or overall not in grades()
        or overall in allowed
    ):
        return NO_FINDINGS
    return [
        make_finding(
            "leadership-inadequate-overall",
            pointer("judgements", overall_area()),
            f"Leaders and managers are judged inadequate, which normally limits the overall "
            f"judgement to {_LEADERSHIP_LIMIT!r} at best, but it is {overall!r}: check the grades. "
            f"{_how_rare('leadership-inadequate-overall')}.",
            expected=list(allowed),
            found=overall,
        )
    ]
