"""Each semantic rule, alone: a real report broken in one way yields that rule's finding only."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest

from inspection_schema.rules import RULES
from inspection_schema.rules.judgements import classify_summary
from inspection_schema.spec.finding_catalogue import rule_codes, severity
from inspection_schema.validate.checker import validate
from tests.support import EXAMPLES, load_example

Doc = dict[str, Any]

RI = "requires_improvement_to_be_good"


def _set(path: str, value: Any) -> Callable[[Doc], None]:
    def mutate(doc: Doc) -> None:
        *parents, last = [int(p) if p.isdigit() else p for p in path.strip("/").split("/")]
        target: Any = doc
        for part in parents:
            target = target[part]
        if value is _DELETE:
            del target[last]
        else:
            target[last] = value

    return mutate


_DELETE = object()


def _overall_good_leaders_inadequate(doc: Doc) -> None:
    doc["judgements"]["overall_experiences_and_progress"] = "good"
    doc["area_narratives"][0]["judgement"] = "good"
    doc["summary"] = (
        "The children's home provides effective services that meet the requirements for good."
    )


def _protection_inadequate(doc: Doc) -> None:
    doc["judgements"]["helped_and_protected"] = "inadequate"
    doc["area_narratives"][1]["judgement"] = "inadequate"


def _history_newer_second_row(doc: Doc) -> None:
    doc["inspection_history"].append(
        {"date": "2020-01-10", "inspection_type": "full", "judgement": "good"}
    )


def _history_on_inspection_day(doc: Doc) -> None:
    del doc["last_inspection"]
    doc["inspection_history"][0]["date"] = "2021-10-12"


def _assurance_before_2022(doc: Doc) -> None:
    doc["inspection_history"].append({"date": "2019-01-05", "inspection_type": "assurance"})


def _history_duplicate(doc: Doc) -> None:
    doc["inspection_history"].append(dict(doc["inspection_history"][0]))


def _reference(text: str, regulation: int, provisions: list[str]) -> Callable[[Doc], None]:
    def mutate(doc: Doc) -> None:
        doc["requirements"][0]["regulations"] = [
            {"text": text, "regulation": regulation, "provisions": provisions}
        ]

    return mutate


CASES: list[tuple[str, Callable[[Doc], None], str]] = [
    (
        "inspection-dates-order",
        _set("/inspection_dates/end", "2021-10-11"),
        "/inspection_dates/end",
    ),
    ("inspection-length", _set("/inspection_dates/end", "2021-10-15"), "/inspection_dates/end"),
    (
        "narrative-judgement-mismatch",
        _set("/area_narratives/2/judgement", "good"),
        "/area_narratives/2/judgement",
    ),
    (
        "summary-judgement-mismatch",
        _set(
            "/summary",
            "The children's home provides effective services that meet the requirements for good.",
        ),
        "/summary",
    ),
    ("summary-unrecognised", _set("/summary", "The home is fine."), "/summary"),
    (
        "protection-inadequate-overall",
        _protection_inadequate,
        "/judgements/overall_experiences_and_progress",
    ),
    (
        "leadership-inadequate-overall",
        _overall_good_leaders_inadequate,
        "/judgements/overall_experiences_and_progress",
    ),
    (
        "history-date-not-before-inspection",
        _history_on_inspection_day,
        "/inspection_history/0/date",
    ),
    ("history-not-descending", _history_newer_second_row, "/inspection_history/1/date"),
    ("history-duplicate", _history_duplicate, "/inspection_history/1"),
    (
        "last-inspection-date-mismatch",
        _set("/last_inspection/date", "2019-09-24"),
        "/last_inspection/date",
    ),
    (
        "last-inspection-judgement-mismatch",
        _set("/last_inspection/overall_judgement", "good"),
        "/last_inspection/overall_judgement",
    ),
    (
        "history-judgement-type-mismatch",
        _set("/inspection_history/0/inspection_type", "interim"),
        "/inspection_history/0/judgement",
    ),
    (
        "regulation-reference-missing",
        _set("/requirements/0/regulations", []),
        "/requirements/0/regulations",
    ),
    (
        "regulation-number-out-of-range",
        _reference("Regulation 60 (1)", 60, ["60(1)"]),
        "/requirements/0/regulations/0/regulation",
    ),
    (
        "regulation-reference-unparseable",
        _reference("Regulation 5 (a)(b)(c)", 5, ["5(a)", "5(b)"]),
        "/requirements/0/regulations/0/provisions",
    ),
    (
        "standard-name-mismatch",
        _set("/requirements/1/text/0", "The care planning standard is that children—"),
        "/requirements/1/text/0",
    ),
    (
        "due-date-before-inspection",
        _set("/requirements/0/due_date", "2021-10-01"),
        "/requirements/0/due_date",
    ),
    (
        "due-date-unusual",
        _set("/requirements/0/due_date", "2022-03-01"),
        "/requirements/0/due_date",
    ),
    ("due-date-missing", _set("/requirements/0/due_date", _DELETE), "/requirements/0/due_date"),
    (
        "recommendation-guide-reference",
        _set("/recommendations/0/guide_reference/paragraphs", _DELETE),
        "/recommendations/0/guide_reference/paragraphs",
    ),
    ("inspector-missing", _set("/inspectors", []), "/inspectors"),
    ("inspector-role-unknown", _set("/inspectors/0/role", "lead_inspector"), "/inspectors/0/role"),
    ("code-not-in-codelist", _set("/provision_type", "childrens_hostel"), "/provision_type"),
    ("copyright-year-unusual", _set("/copyright_year", 2019), "/copyright_year"),
    ("history-type-date", _assurance_before_2022, "/inspection_history/1/date"),
]


@pytest.mark.parametrize("example", EXAMPLES, ids=lambda p: p.stem)
@pytest.mark.parametrize("engine", ["fast", "reference"])
def test_real_examples_have_no_findings(example: Any, engine: str) -> None:
    assert validate(load_example(example.name), engine=engine) == []  # type: ignore[arg-type]


@pytest.mark.parametrize(("code", "mutate", "path"), CASES, ids=[c[0] for c in CASES])
def test_rule_alone(full_report: Doc, code: str, mutate: Callable[[Doc], None], path: str) -> None:
    mutate(full_report)
    findings = validate(full_report)
    assert [(f.code, f.path) for f in findings] == [(code, path)]
    assert findings[0].severity == severity(code)
    assert findings[0].message


def test_every_rule_in_the_catalogue_is_registered_and_tested() -> None:
    assert set(RULES) == set(rule_codes())
    tested = {code for code, _, _ in CASES}
    assert set(rule_codes()) - tested <= {"secure-home-judgements-missing"}


def test_requirement_due_on_inspection_day_is_unusual_but_not_an_error(full_report: Doc) -> None:
    full_report["requirements"][0]["due_date"] = "2021-10-12"
    assert [(f.code, f.severity) for f in validate(full_report)] == [
        ("due-date-unusual", "warning")
    ]


def test_leaders_inadequate_allows_requires_improvement_overall() -> None:
    document = load_example("2515609-full-2021-10-12.json")
    assert document["judgements"]["leaders_and_managers"] == "inadequate"
    assert document["judgements"]["overall_experiences_and_progress"] == RI
    assert validate(document) == []


@pytest.mark.parametrize(
    ("sentence", "grade"),
    [
        (
            (
                "The children's home provides highly effective services that consistently exceed "
                "the standards of good."
            ),
            "outstanding",
        ),
        (
            "The children's home provides effective services that meet the requirements for good.",
            "good",
        ),
        (
            (
                "The children's home is not yet delivering good help and care for children and "
                "young people. However, there are no serious or widespread failures that result "
                "in their welfare not being safeguarded or promoted."
            ),
            RI,
        ),
        (
            (
                "There are serious and/or widespread failures that mean children and young people "
                "are not protected."
            ),
            "inadequate",
        ),
        (
            "There are serious and widespread failures that mean young people are not protected.",
            "inadequate",
        ),
        ("The overall effectiveness is judged to be outstanding.", None),
    ],
)
def test_summary_classification(sentence: str, grade: str | None) -> None:
    assert classify_summary(sentence) == grade


def test_rules_ignore_values_of_the_wrong_type(full_report: Doc) -> None:
    full_report["inspection_dates"] = "12 to 13 October 2021"
    full_report["requirements"] = {"not": "a list"}
    full_report["inspection_history"] = [5]
    codes = {f.code for f in validate(full_report)}
    assert codes
    assert all(code.startswith("schema-") for code in codes)
