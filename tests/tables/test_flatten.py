"""Flattening documents into rows: where each value goes, and what is refused."""

from __future__ import annotations

from typing import Any

import pytest

from inspection_schema.spec.codelists import NOT_JUDGED, codelist
from inspection_schema.tables.flatten import FlattenError, flatten
from inspection_schema.tables.layout import layout

LAYOUT = layout("1.1")


def _cells(document: dict[str, Any], table: str) -> list[dict[str, Any]]:
    headings = LAYOUT.table(table).headings  # type: ignore[union-attr]
    return [dict(zip(headings, row, strict=True)) for row in flatten(document, LAYOUT)[table]]


def test_one_row_per_report_and_per_item(full_report: dict[str, Any]) -> None:
    rows = flatten(full_report, LAYOUT)
    assert len(rows["reports"]) == 1
    assert len(rows["requirements"]) == len(full_report["requirements"])
    assert len(rows["requirements_regulations"]) == sum(
        len(r["regulations"]) for r in full_report["requirements"]
    )
    assert len(rows["inspectors"]) == len(full_report["inspectors"])
    assert len(rows["area_narratives"]) == len(full_report["area_narratives"])


def test_values_go_to_the_column_of_their_path(full_report: dict[str, Any]) -> None:
    report = _cells(full_report, "reports")[0]
    assert report["urn"] == full_report["urn"]
    assert report["provider/name"] == full_report["provider"]["name"]
    assert report["inspection_dates/start"] == full_report["inspection_dates"]["start"]
    grade = full_report["judgements"]["leaders_and_managers"]
    assert report["judgements/leaders_and_managers"] == grade
    assert report["judgements/leaders_and_managers (wording)"] == codelist("judgement").label(grade)
    assert report["home_information"] == "\n".join(full_report["home_information"])
    assert report["event_number"] is None


def test_a_secure_homes_area_not_judged_has_ofsteds_wording(full_report: dict[str, Any]) -> None:
    full_report.update(schema_version="1.2", provision_type="secure_childrens_home")
    full_report["judgements"].update(education_and_learning="good", health=NOT_JUDGED)
    secure_layout = layout("1.2")
    headings = secure_layout.table("reports").headings  # type: ignore[union-attr]
    report = dict(zip(headings, flatten(full_report, secure_layout)["reports"][0], strict=True))
    assert report["judgements/health"] == NOT_JUDGED
    assert report["judgements/health (wording)"] == "Not judged"
    assert report["judgements/education_and_learning (wording)"] == "Good"


def test_child_rows_carry_the_key_and_numbers_from_1(full_report: dict[str, Any]) -> None:
    full_report["event_number"] = "10185961"
    key = [full_report["urn"], full_report["inspection_dates"]["start"], "10185961"]
    requirements = _cells(full_report, "requirements")
    for number, (row, requirement) in enumerate(
        zip(requirements, full_report["requirements"], strict=True), start=1
    ):
        assert [row["urn"], row["inspection_dates/start"], row["event_number"]] == key
        assert row["requirements/#"] == number
        assert row["requirements/due_date"] == requirement["due_date"]
    regulations = _cells(full_report, "requirements_regulations")
    second = [r for r in regulations if r["requirements/#"] == 2]
    assert [r["requirements/regulations/#"] for r in second] == [1]
    provisions = full_report["requirements"][1]["regulations"][0]["provisions"]
    assert second[0]["requirements/regulations/provisions"] == ";".join(provisions)


@pytest.mark.parametrize(
    ("change", "pointer", "words"),
    [
        ({"colour": "red"}, "/colour", r"is not a field of schema 1\.1"),
        ({"provider": "Someone"}, "/provider", "where the schema has an object"),
        ({"requirements": {"text": ["x"]}}, "/requirements", "list of objects"),
        ({"requirements": ["x"]}, "/requirements/0", "where the schema has an object"),
        ({"copyright_year": "2021"}, "/copyright_year", "holds text"),
        ({"summary": None}, "/summary", "null"),
        ({"inspectors": [{"name": "A", "role": "x", "team": 1}]}, "/inspectors/0/team", "field"),
    ],
)
def test_what_the_tables_cannot_hold_is_refused_by_pointer(
    full_report: dict[str, Any], change: dict[str, Any], pointer: str, words: str
) -> None:
    full_report.update(change)
    with pytest.raises(FlattenError, match=words) as raised:
        flatten(full_report, LAYOUT)
    assert raised.value.pointer == pointer


def test_a_field_of_a_later_version_is_refused_by_an_earlier_layout(
    full_report: dict[str, Any],
) -> None:
    full_report["event_number"] = "10185961"
    with pytest.raises(FlattenError, match=r"schema 1\.0"):
        flatten(full_report, layout("1.0"))


def test_empty_lists_and_objects_are_written_as_nothing(full_report: dict[str, Any]) -> None:
    full_report["recommendations"] = []
    full_report["provider"] = {}
    rows = flatten(full_report, LAYOUT)
    assert rows["recommendations"] == []
    assert _cells(full_report, "reports")[0]["provider/name"] is None
