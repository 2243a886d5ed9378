"""Schema 1.2: what it adds, and that the areas it leaves on the four-point scale stay there.

The compatibility tests (``test_compatibility.py``) show that 1.2 only adds. These show what
it adds (sector, structured home facts, grades on a monitoring report, 'not judged' for a
secure children's home's extra areas) and that the JSON Schema, both engines and the model
agree on each addition.
"""

from __future__ import annotations

import copy
from typing import Any

import pytest

from inspection_schema.model.converter import StructureError, structure, unstructure
from inspection_schema.spec.codelists import NOT_JUDGED, grades, judgement_areas
from inspection_schema.spec.patterns import YEAR_MONTH_PATTERN
from inspection_schema.spec.versions import load_schema
from inspection_schema.validate.checker import validate
from tests.support import EXAMPLES, load_example

KINDS = ("FullReport", "InterimReport", "MonitoringReport", "AssuranceReport", "EmergencyReport")
ENGINES = ("fast", "reference")
CANDIDATES = (*grades(), NOT_JUDGED, "Good", "adequate", "")


def _full(version: str = "1.2", **fields: Any) -> dict[str, Any]:
    document = load_example(EXAMPLES[0])
    document["schema_version"] = version
    document.update(fields)
    return document


def _monitoring(**fields: Any) -> dict[str, Any]:
    return {
        "schema_version": "1.2",
        "report_kind": "monitoring",
        "urn": "2616993",
        "provider": {"name": "Oakwood Children's Services Limited"},
        "inspection_dates": {"start": "2022-07-26", "end": "2022-07-26"},
        "findings": ["The registered manager has acted on the concerns raised."],
        "inspectors": [{"name": "Priya Hughes", "role": "social_care_inspector"}],
        **fields,
    }


def _findings(document: dict[str, Any], version: str | None = None) -> list[tuple[str, str]]:
    """The findings as (code, pointer), after checking that both engines agree."""
    by_engine = [
        [f.to_json() for f in validate(document, version, engine)]  # type: ignore[arg-type]
        for engine in ENGINES
    ]
    assert by_engine[0] == by_engine[1]
    return [(f["code"], f["path"]) for f in by_engine[0]]


def _structures(document: dict[str, Any]) -> bool:
    try:
        return unstructure(structure(document)) == document
    except StructureError:
        return False


# The additions, as the schema writes them


def test_1_2_declares_itself_and_accepts_every_earlier_1_x() -> None:
    schema = load_schema("1.2")
    assert schema["$id"] == "urn:inspection-schema:report:1.2"
    assert schema["properties"]["schema_version"]["enum"] == ["1.0", "1.1", "1.2"]
    for kind in KINDS:
        assert schema["$defs"][kind]["properties"]["schema_version"]["enum"] == [
            "1.0",
            "1.1",
            "1.2",
        ]


@pytest.mark.parametrize("kind", KINDS)
def test_every_report_kind_gains_sector_and_home_facts(kind: str) -> None:
    properties = load_schema("1.2")["$defs"][kind]["properties"]
    assert properties["sector"]["$ref"] == "#/$defs/Code"
    assert properties["home_facts"]["$ref"] == "#/$defs/HomeFacts"
    for name in ("sector", "home_facts"):
        assert properties[name]["description"].endswith("(since 1.2).")
    assert ("judgements" in properties) == (kind in {"FullReport", "MonitoringReport"})


def test_each_new_field_is_marked_with_its_version() -> None:
    definitions = load_schema("1.2")["$defs"]
    for name in ("HomeFacts", "AgeRange", "LastVisit", "MonitoringJudgements", "YearMonth"):
        assert "(since 1.2)" in definitions[name]["description"], name
    assert set(definitions["HomeFacts"]["properties"]) == {
        "registered_places",
        "age_range",
        "needs",
        "manager_registered",
        "last_visit",
        "short_break_only",
        "multi_building",
    }


def test_the_month_pattern_is_the_shared_one() -> None:
    assert load_schema("1.2")["$defs"]["YearMonth"]["pattern"] == YEAR_MONTH_PATTERN


# Not judged: only where Ofsted records it


@pytest.mark.parametrize("area", judgement_areas())
@pytest.mark.parametrize("value", CANDIDATES)
def test_the_three_areas_accept_exactly_what_they_accepted_under_1_1(area: str, value: str) -> None:
    document = _full("1.1")
    document["judgements"][area] = value
    assert _findings(document, "1.2") == _findings(document, "1.1")
    assert _structures(document) == (value in grades())


@pytest.mark.parametrize("value", CANDIDATES)
def test_a_narrative_heading_accepts_exactly_what_it_accepted_under_1_1(value: str) -> None:
    document = _full("1.1")
    document["area_narratives"][0]["judgement"] = value
    assert _findings(document, "1.2") == _findings(document, "1.1")


@pytest.mark.parametrize("area", ["education_and_learning", "health"])
def test_a_secure_homes_extra_area_may_be_not_judged_from_1_2(area: str) -> None:
    judgements = {"education_and_learning": "good", "health": "good", area: NOT_JUDGED}
    document = _full(provision_type="secure_childrens_home")
    document["judgements"] = {**document["judgements"], **judgements}
    assert _findings(document) == []
    assert _structures(document)
    document["schema_version"] = "1.1"
    assert _findings(document) == [("schema-enum", f"/judgements/{area}")]


def test_an_area_of_every_home_is_never_not_judged() -> None:
    document = _full()
    document["judgements"]["helped_and_protected"] = NOT_JUDGED
    found = validate(document)
    assert [(f.code, f.path) for f in found] == [
        ("schema-enum", "/judgements/helped_and_protected")
    ]
    assert found[0].expected == list(grades())
    assert not _structures(document)


# Grades on a monitoring report


def test_a_monitoring_report_may_carry_the_grade_ofsted_recorded() -> None:
    document = _monitoring(judgements={"overall_experiences_and_progress": "good"})
    assert _findings(document) == []
    assert _structures(document)


@pytest.mark.parametrize(
    ("judgements", "expected"),
    [
        ({}, [("schema-min-length", "/judgements")]),
        (
            {"overall_experiences_and_progress": NOT_JUDGED},
            [("schema-enum", "/judgements/overall_experiences_and_progress")],
        ),
        ({"health": "good"}, [("schema-additional-property", "/judgements/health")]),
    ],
)
def test_a_monitoring_reports_grades_are_checked(
    judgements: dict[str, str], expected: list[tuple[str, str]]
) -> None:
    document = _monitoring(judgements=judgements)
    assert _findings(document) == expected
    assert not _structures(document)


def test_a_graded_monitoring_event_was_already_a_valid_previous_inspection_in_1_1() -> None:
    document = _full("1.1")
    document["last_inspection"] = {
        "date": "2022-12-08",
        "overall_judgement": "requires_improvement_to_be_good",
    }
    document["inspection_history"] = [
        {
            "date": "2022-12-08",
            "inspection_type": "monitoring",
            "judgement": "requires_improvement_to_be_good",
        },
        *document["inspection_history"],
    ]
    for version in ("1.1", "1.2"):
        assert _findings(document, version) == []


def test_a_monitoring_report_with_grades_is_not_a_1_1_document() -> None:
    document = _monitoring(judgements={"overall_experiences_and_progress": "good"})
    document["schema_version"] = "1.1"
    assert _findings(document) == [("schema-additional-property", "/judgements")]


# Sector and home facts

FACTS: dict[str, Any] = {
    "registered_places": 3,
    "age_range": {"minimum": 5, "maximum": 18},
    "needs": ["physical disabilities", "sensory impairment"],
    "manager_registered": "2019-02",
    "last_visit": {"date": "2020-10-14", "kind": "monitoring"},
    "short_break_only": False,
    "multi_building": False,
}


def test_sector_and_every_home_fact_together_are_valid() -> None:
    document = _full(sector="private", home_facts=copy.deepcopy(FACTS))
    assert _findings(document) == []
    assert _structures(document)
    document["schema_version"] = "1.1"
    assert _findings(document) == [
        ("schema-additional-property", "/home_facts"),
        ("schema-additional-property", "/sector"),
    ]


@pytest.mark.parametrize(
    ("change", "expected"),
    [
        ({"sector": "Private"}, ("schema-pattern", "/sector")),
        ({"home_facts": {}}, ("schema-min-length", "/home_facts")),
        (
            {"home_facts": {"registered_places": -1}},
            ("schema-range", "/home_facts/registered_places"),
        ),
        (
            {"home_facts": {"registered_places": "3"}},
            ("schema-type", "/home_facts/registered_places"),
        ),
        ({"home_facts": {"age_range": {}}}, ("schema-min-length", "/home_facts/age_range")),
        ({"home_facts": {"needs": [""]}}, ("schema-min-length", "/home_facts/needs/0")),
        (
            {"home_facts": {"manager_registered": "2019-13"}},
            ("schema-pattern", "/home_facts/manager_registered"),
        ),
        (
            {"home_facts": {"manager_registered": "02/2019"}},
            ("schema-pattern", "/home_facts/manager_registered"),
        ),
        (
            {"home_facts": {"last_visit": {"kind": "monitoring"}}},
            ("schema-required", "/home_facts/last_visit/date"),
        ),
        (
            {"home_facts": {"last_visit": {"date": "2020-10-14", "kind": "Monitoring visit"}}},
            ("schema-pattern", "/home_facts/last_visit/kind"),
        ),
        (
            {"home_facts": {"short_break_only": "yes"}},
            ("schema-type", "/home_facts/short_break_only"),
        ),
        ({"home_facts": {"multi_building": 1}}, ("schema-type", "/home_facts/multi_building")),
    ],
)
def test_each_new_field_is_checked(change: dict[str, Any], expected: tuple[str, str]) -> None:
    document = _full(**change)
    assert _findings(document) == [expected]
    assert not _structures(document)
