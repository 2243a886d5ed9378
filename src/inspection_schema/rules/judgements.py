"""Rules on a full report's judgements: narratives, summary sentence and limiting rules."""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from typing import Any

from inspection_schema.rules._registry import rule
from inspection_schema.rules.json_access import as_dict, as_list
from inspection_schema.spec.codelists import grades, overall_area, summary_markers
from inspection_schema.validate.findings import Finding, make_finding, pointer

_LEADERSHIP_LIMIT = "requires_improvement_to_be_good"
"""The best overall grade a home whose leaders and managers are inadequate can have."""


def classify_summary(sentence: str) -> str | None:
    """The overall grade whose standard wording ``sentence`` uses, if any.

    The grades are tried in the order the judgement codelist gives (``summary_marker_order``).
    """
    for grade, pattern in summary_markers():
        if pattern.search(sentence):
            return grade
    return None


def _judgements(document: Mapping[str, Any]) -> Mapping[str, Any]:
    return as_dict(document.get("judgements")) if document.get("report_kind") == "full" else {}


@rule("narrative-judgement-mismatch")
def narrative_matches_table(document: Mapping[str, Any]) -> Iterator[Finding]:
    table = _judgements(document)
    for index, item in enumerate(as_list(document.get("area_narratives"))):
        narrative = as_dict(item)
        area = narrative.get("area")
        graded = table.get(area) if isinstance(area, str) else None
        heading = narrative.get("judgement")
        if graded in grades() and heading in grades() and graded != heading:
            yield make_finding(
                "narrative-judgement-mismatch",
                pointer("area_narratives", index, "judgement"),
                f"The narrative on {narrative['area'].replace('_', ' ')} is headed {heading!r}, "
                f"but the judgement table gives {graded!r}.",
                expected=graded,
                found=heading,
            )


@rule("summary-judgement-mismatch")
def summary_matches_overall(document: Mapping[str, Any]) -> Iterator[Finding]:
    overall = _judgements(document).get(overall_area())
    summary = document.get("summary")
    if overall in grades() and isinstance(summary, str):
        grade = classify_summary(summary)
        if grade is not None and grade != overall:
            yield make_finding(
                "summary-judgement-mismatch",
                "/summary",
                f"The summary sentence is the one for {grade!r}, "
                f"but the overall judgement is {overall!r}.",
                expected=overall,
                found=grade,
            )


@rule("summary-unrecognised")
def summary_recognised(document: Mapping[str, Any]) -> Iterator[Finding]:
    summary = document.get("summary")
    if (
        document.get("report_kind") == "full"
        and isinstance(summary, str)
        and classify_summary(summary) is None
    ):
        yield make_finding(
            "summary-unrecognised",
            "/summary",
            "The summary sentence does not use the standard wording of any grade.",
        )


@rule("protection-inadequate-overall")
def protection_limits_overall(document: Mapping[str, Any]) -> Iterator[Finding]:
    table = _judgements(document)
    overall = table.get(overall_area())
    if (
        table.get("helped_and_protected") == "inadequate"
        and overall in grades()
        and overall != "inadequate"
    ):
        yield make_finding(
            "protection-inadequate-overall",
            pointer("judgements", overall_area()),
            f"Children are judged inadequately helped and protected, so the overall judgement "
            f"must be 'inadequate'; found {overall!r}.",
            expected="inadequate",
            found=overall,
        )


@rule("leadership-inadequate-overall")
def leadership_limits_overall(document: Mapping[str, Any]) -> Iterator[Finding]:
    table = _judgements(document)
    overall = table.get(overall_area())
    allowed = grades()[grades().index(_LEADERSHIP_LIMIT) :]
    if (
        table.get("leaders_and_managers") == "inadequate"
        and overall in grades()
        and overall not in allowed
    ):
        yield make_finding(
            "leadership-inadequate-overall",
            pointer("judgements", overall_area()),
            f"Leaders and managers are judged inadequate, so the overall judgement can be at most "
            f"{_LEADERSHIP_LIMIT!r}; found {overall!r}.",
            expected=list(allowed),
            found=overall,
        )
