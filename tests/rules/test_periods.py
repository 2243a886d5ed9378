"""Rules that follow when Ofsted used a grade or judged an area, as the codelists give it."""

from __future__ import annotations

from typing import Any

import pytest

from inspection_schema.spec.codelists import (
    codelist,
    extra_areas,
    graded_with,
    judged_periods,
    summary_sentences,
)
from inspection_schema.spec.finding_catalogue import entry
from inspection_schema.validate.checker import validate
from tests.support import load_example, secure_home_1_1

Doc = dict[str, Any]
RI = "requires_improvement_to_be_good"


def _with_history_row(date: str, kind: str, judgement: str) -> Doc:
    """The 2023 example with one more, older history row."""
    document = load_example("1252023-full-2023-01-31.json")
    document["inspection_history"].append(
        {"date": date, "inspection_type": kind, "judgement": judgement}
    )
    return document


def _findings(document: Doc) -> list[tuple[str, str, str]]:
    return [(f.code, f.severity, f.path) for f in validate(document)]


@pytest.mark.parametrize(
    ("date", "judgement"),
    [
        ("2015-03-26", "adequate"),  # the last 'Adequate' overall grade in Ofsted's data
        ("2014-07-22", "adequate"),
        ("2013-06-04", "satisfactory"),
        ("2015-04-01", "good"),
    ],
)
def test_a_full_inspection_graded_as_its_period_graded(date: str, judgement: str) -> None:
    assert _findings(_with_history_row(date, "full", judgement)) == []


@pytest.mark.parametrize(
    ("date", "kind", "judgement"),
    [
        ("2015-04-01", "full", "adequate"),
        ("2016-09-14", "full", "adequate"),
        ("2014-05-02", "full", "satisfactory"),
        ("2014-05-02", "interim", "adequate"),
        ("2014-05-02", "full", "sustained_effectiveness"),
    ],
)
def test_a_grade_outside_its_period_or_type_is_an_error(
    date: str, kind: str, judgement: str
) -> None:
    document = _with_history_row(date, kind, judgement)
    row = len(document["inspection_history"]) - 1
    findings = validate(document)
    assert [(f.code, f.severity, f.path) for f in findings] == [
        ("history-judgement-type-mismatch", "error", f"/inspection_history/{row}/judgement")
    ]
    assert judgement not in findings[0].expected
    assert date in findings[0].message


def test_the_message_says_when_a_grade_was_used() -> None:
    [finding] = validate(_with_history_row("2016-09-14", "full", "adequate"))
    assert "'adequate' was used until 2015-03-31" in finding.message
    assert finding.expected == ["good", "inadequate", "outstanding", RI]


def test_a_row_whose_date_is_not_valid_is_checked_against_every_period() -> None:
    document = _with_history_row("2015-02-30", "full", "adequate")
    assert [code for code, _, _ in _findings(document)] == ["schema-format"]
    document["inspection_history"][-1]["judgement"] = "sustained_effectiveness"
    assert "history-judgement-type-mismatch" in [code for code, _, _ in _findings(document)]


@pytest.mark.parametrize("judgement", [RI, "good", "good_progress", "nms_not_met"])
def test_monitoring_rows_may_carry_the_grades_ofsted_gave_them(judgement: str) -> None:
    assert _findings(_with_history_row("2018-09-18", "monitoring", judgement)) == []


def _secure_home_on(start: str, **judgements: str) -> Doc:
    document = secure_home_1_1(**judgements)
    document["inspection_dates"] = {"start": start, "end": start}
    document["copyright_year"] = int(start[:4])
    for field in ("inspection_history", "last_inspection", "requirements", "requirements_preamble"):
        document.pop(field, None)  # dated by the real inspection, not by this one
    return document


@pytest.mark.parametrize(
    ("start", "missing"),
    [
        ("2014-09-09", ["education_and_learning"]),  # the earlier framework judged education
        ("2015-05-13", []),  # neither judged from April 2015 ...
        ("2018-02-21", []),  # ... to March 2018
        ("2018-04-10", ["education_and_learning"]),  # education again, health not yet
        ("2019-03-05", ["education_and_learning"]),
        ("2019-05-14", ["education_and_learning", "health"]),  # both from April 2019
    ],
)
def test_a_secure_home_misses_only_what_ofsted_judged_then(start: str, missing: list[str]) -> None:
    found = _findings(_secure_home_on(start))
    assert found == [
        ("secure-home-judgements-missing", "warning", f"/judgements/{area}") for area in missing
    ]


def test_a_secure_home_judgement_recorded_as_not_judged_is_not_missing() -> None:
    document = _secure_home_on("2020-01-21", education_and_learning=RI)
    document["judgements"]["health"] = "not_judged"
    assert "secure-home-judgements-missing" not in [code for code, _, _ in _findings(document)]


@pytest.mark.parametrize(
    ("code", "grades"),
    [
        ("leadership-inadequate-overall", ("good", "good", "inadequate")),
        ("protection-inadequate-overall", ("outstanding", "inadequate", "outstanding")),
    ],
)
def test_limiting_rules_warn_and_say_how_rare_the_combination_is(
    code: str, grades: tuple[str, str, str]
) -> None:
    document = load_example("1252023-full-2023-01-31.json")
    areas = ("overall_experiences_and_progress", "helped_and_protected", "leaders_and_managers")
    document["judgements"] = dict(zip(areas, grades, strict=True))
    for narrative in document["area_narratives"]:
        narrative["judgement"] = document["judgements"][narrative["area"]]
    document["summary"] = summary_sentences(grades[0])[0]
    findings = validate(document)
    assert [(f.code, f.severity) for f in findings] == [(code, "warning")]
    seen = entry(code)["ofsted_data"]
    assert f"{seen['found']} such, of {seen['total']:,}" in findings[0].message
    assert seen["years"] in findings[0].message


def test_the_grades_each_type_used_are_outcome_codes() -> None:
    outcomes = codelist("outcome").codes
    graded = [kind for kind in codelist("inspection-type").codes if graded_with(kind)]
    assert sorted(graded) == ["full", "interim"]
    for kind in graded:
        for codes, _span in graded_with(kind):
            assert codes <= outcomes, kind
    assert graded_with("full")[0] == (codelist("judgement").codes, (None, None))
    assert graded_with("interim") == ((codelist("interim-judgement").codes, (None, None)),)


def test_only_the_secure_home_areas_were_judged_at_some_times_only() -> None:
    limited = {area for area in codelist("judgement-area").codes if judged_periods(area)}
    assert limited == set(extra_areas("secure_childrens_home"))
