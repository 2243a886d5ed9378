"""The fast engine and the reference engine report the same findings."""

from __future__ import annotations

import copy
from typing import Any

import pytest

from inspection_schema.validate.checker import validate
from tests.support import load_example

MUTATIONS: list[tuple[str, Any]] = [
    ("urn", "25156"),
    ("urn", 2515609),
    ("report_kind", "Full inspection"),
    ("schema_version", 1.0),
    ("provider", {"name": ""}),
    ("provider", {"address": "somewhere", "phone": "0"}),
    ("inspection_dates", {"start": "2021-02-30", "end": "13/10/2021"}),
    ("judgements", {"overall_experiences_and_progress": "Good", "helped_and_protected": 3}),
    ("inspectors", [{"name": "A. Inspector"}]),
    ("inspectors", "Patrick McIntosh"),
    ("copyright_year", 1999),
    (
        "requirements",
        [{"text": [], "regulations": [{"text": "Reg 5", "regulation": 0, "provisions": ["5a"]}]}],
    ),
    ("summary", None),
    ("home_information", [""]),
]


@pytest.mark.parametrize(
    ("field", "value"), MUTATIONS, ids=[f"{f}={v!r}"[:40] for f, v in MUTATIONS]
)
def test_engines_agree(field: str, value: Any) -> None:
    document = copy.deepcopy(load_example("2515609-full-2021-10-12.json"))
    document[field] = value
    fast = validate(document, engine="fast")
    reference = validate(document, engine="reference")
    assert fast, "the mutation must produce findings"
    assert [f.to_json() for f in fast] == [f.to_json() for f in reference]


def test_missing_fields_are_reported_at_their_own_pointer() -> None:
    document = load_example("1252023-full-2023-01-31.json")
    del document["urn"], document["judgements"]["leaders_and_managers"]
    paths = [(f.code, f.path) for f in validate(document)]
    assert ("schema-required", "/urn") in paths
    assert ("schema-required", "/judgements/leaders_and_managers") in paths
