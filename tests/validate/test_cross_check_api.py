"""The cross-check through the Python API: the record loaded once, then used for many documents."""

from __future__ import annotations

from pathlib import Path

import pytest

from inspection_schema import api
from inspection_schema.validate.checker import CheckOptions
from tests.support import load_example

# URN 2515609's two events before and at the example's inspection, as Ofsted publishes them.
OUTCOMES = (
    "URN,Provision type,Inspection event type,Inspection date,Inspection publication date,"
    "Inspection event number,Overall experiences and progress of children and young people,"
    "How well children and young people are helped and protected,"
    "The effectiveness of leaders and managers\n"
    "2515609,Children's home,Full inspection,25/09/2019,22/11/2019,10124774,"
    "Requires improvement to be good,Requires improvement to be good,"
    "Requires improvement to be good\n"
    "2515609,Children's home,Full inspection,12/10/2021,22/11/2021,10185961,"
    "Requires improvement to be good,Requires improvement to be good,Inadequate\n"
)


@pytest.fixture
def record(tmp_path: Path) -> api.OutcomeIndex:
    path = tmp_path / "outcomes.csv"
    path.write_text(OUTCOMES, encoding="utf-8")
    loaded = api.load_outcomes(path)
    path.unlink()  # the record is read once: later checks never go back to the file
    return loaded


def test_the_example_agrees_with_its_events(record: api.OutcomeIndex) -> None:
    document = load_example("2515609-full-2021-10-12")
    assert len(record) == 2
    assert api.validate(document, outcomes=record) == []
    assert api.check_document(document, CheckOptions(outcomes=record)).status == "valid"


def test_a_wrong_grade_makes_the_document_invalid(record: api.OutcomeIndex) -> None:
    document = load_example("2515609-full-2021-10-12")
    document["judgements"]["leaders_and_managers"] = "requires_improvement_to_be_good"
    leaders = document["area_narratives"][2]
    assert leaders["area"] == "leaders_and_managers"
    leaders["judgement"] = "requires_improvement_to_be_good"
    assert api.validate(document) == []  # consistent in itself
    findings = api.validate(document, outcomes=record)
    assert [(f.code, f.path) for f in findings] == [
        ("outcome-judgement-mismatch", "/judgements/leaders_and_managers")
    ]
    result = api.check_document(document, CheckOptions(outcomes=record))
    assert result.status == "invalid"
    assert result.findings == findings


def test_a_warning_alone_leaves_the_document_valid(record: api.OutcomeIndex) -> None:
    document = load_example("2515609-full-2021-10-12")
    document["schema_version"] = "1.1"
    document["publication_date"] = "2021-11-23"
    findings = api.validate(document, outcomes=record)
    assert [(f.code, f.severity) for f in findings] == [("outcome-publication-mismatch", "warning")]
    assert api.check_document(document, CheckOptions(outcomes=record)).status == "valid"
    strict = CheckOptions(outcomes=record, warnings_as_errors=True)
    assert api.check_document(document, strict).status == "invalid"


def test_an_unknown_urn_is_one_finding_sorted_with_the_others(record: api.OutcomeIndex) -> None:
    document = load_example("2515609-full-2021-10-12")
    document["urn"] = "25156"
    findings = api.validate(document, outcomes=record)
    assert [(f.code, f.path) for f in findings] == [
        ("outcome-not-found", "/urn"),
        ("schema-pattern", "/urn"),
    ]


def test_a_malformed_outcome_file_raises_one_line(tmp_path: Path) -> None:
    path = tmp_path / "outcomes.csv"
    path.write_text("Name,Address\nA home,1 Road\n", encoding="utf-8")
    with pytest.raises(api.OutcomeFileError) as raised:
        api.load_outcomes(path)
    message = str(raised.value)
    assert message.startswith(f"{path}: ")
    assert "\n" not in message
    assert isinstance(raised.value, ValueError)
