"""Rules on a full report's judgements: narratives, summary sentence and limiting rules."""

from __future__ import annotations

import re
from collections.abc import Iterator, Mapping
from typing import Any

from inspection_schema.rules._registry import rule
from inspection_schema.rules.json_access import as_dict, as_list
from inspection_schema.validate.findings import Finding, make_finding, pointer

SCALE = ("outstanding", "good", "requires_improvement_to_be_good", "inadequate")
OVERALL = "overall_experiences_and_progress"

# Checked in this order: the 'requires improvement' sentence itself says
# "no serious or widespread failures", so it must be recognised first.
_SUMMARY_PATTERNS = (
    ("requires_improvement_to_be_good", re.compile(r"not yet delivering good", re.IGNORECASE)),
    ("inadequate", re.compile(r"serious (?:and|and/or|or) widespread failures", re.IGNORECASE)),
    (
        "outstanding",
        re.compile(
            r"highly effective services|consistently exceed the standards of good", re.IGNORECASE
        ),
    ),
    ("good", re.compile(r"effective services that meet the requirements for good", re.IGNORECASE)),
)


def classify_summary(sentence: str) -> str | None:
    """The overall grade whose standard wording ``sentence`` uses, if any."""
    for grade, pattern in _SUMMARY_PATTERNS:
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
        if graded in SCALE and heading in SCALE and graded != heading:
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
    overall = _judgements(document).get(OVERALL)
    summary = document.get("summary")
    if overall in SCALE and isinstance(summary, str):
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
    overall = table.get(OVERALL)
    if (
        table.get("helped_and_protected") == "inadequate"
        and overall in SCALE
        and overall != "inadequate"
    ):
        yield make_finding(
            "protection-inadequate-overall",
            pointer("judgements", OVERALL),
            f"Children are judged inadequately helped and protected, so the overall judgement "
            f"must be 'inadequate'; found {overall!r}.",
            expected="inadequate",
            found=overall,
        )


@rule("leadership-inadequate-overall")
def leadership_limits_overall(document: Mapping[str, Any]) -> Iterator[Finding]:
    table = _judgements(document)
    overall = table.get(OVERALL)
    if table.get("leaders_and_managers") == "inadequate" and overall in ("outstanding", "good"):
        yield make_finding(
            "leadership-inadequate-overall",
            pointer("judgements", OVERALL),
            f"Leaders and managers are judged inadequate, so the overall judgement can be at most "
            f"'requires_improvement_to_be_good'; found {overall!r}.",
            expected=["requires_improvement_to_be_good", "inadequate"],
            found=overall,
        )
