"""The fast engine checks dates as the reference engine does.

The fast validator checks dates with jsonschema-rs's own ``date`` format and a pattern
refusing the year 0000; the reference engine calls :func:`is_date`. The two checks are
compared on every year, on every month and day of a leap and a common year, and on text
that only looks like a date; then the two engines' violations on documents with such dates
put in each place the schema checks a date, and with two bad dates at once.
"""

from __future__ import annotations

import copy
import itertools
from typing import Any

import jsonschema_rs
import pytest
from hypothesis import given
from hypothesis import strategies as st

from inspection_schema.spec.versions import supported_versions
from inspection_schema.validate.fast_validator import fast_validator, with_screened_dates
from inspection_schema.validate.schema_engines import Violation, is_date, schema_violations
from tests.support import TWINS_DIR, load_example

LOOK_ALIKES = [
    "",
    "2021-01-01\n",
    "2021-01-01 ",
    " 2021-01-01",
    "+2021-01-01",
    "20210-01-01",
    "2021-1-01",
    "2021-01-1",
    "20210101",
    "2021/01/01",
    "2021-01-01T00:00:00",
    "2021-01-01Z",
    "2021-W01-1",
    "2021-001",
    "２０２１-01-01",  # full-width digits, which Python's \d would take
    "٢٠٢١-01-01",  # Arabic-Indic digits
    "0000",
    "000",
    "0000-00-00",
    "00001-01-01",
    "-0001-01-01",
    "2021-01-01\x00",
]


def _date_texts() -> list[str]:
    days = [(2, 28), (2, 29), (2, 30), (1, 31), (4, 30), (4, 31), (12, 31), (13, 1), (0, 1)]
    every_year = [f"{year:04d}-{m:02d}-{d:02d}" for year in range(10_000) for m, d in days]
    every_day = [
        f"{year}-{m:02d}-{d:02d}"
        for year, m, d in itertools.product(("2020", "2021", "1900", "2000"), range(14), range(33))
    ]
    return every_year + every_day + LOOK_ALIKES


def test_the_screened_date_check_is_is_date() -> None:
    screened = jsonschema_rs.validator_for(
        with_screened_dates({"format": "date"}), validate_formats=True
    )
    texts = _date_texts()
    differ = [text for text in texts if screened.is_valid(text) != is_date(text)]
    assert differ == []
    assert not screened.is_valid("0000-01-01")
    assert screened.is_valid("0001-01-01")
    assert sum(map(is_date, texts)) > 4 * 9_999  # four real days in each year from 1 on


def test_only_date_formats_change() -> None:
    schema: dict[str, Any] = {
        "properties": {
            "format": {"type": "string"},
            "day": {"format": "date", "allOf": [{"minLength": 10}]},
            "kind": {"enum": [{"format": "date"}]},
        },
        "$defs": {"Day": {"format": "date"}, "Time": {"format": "time"}},
        "const": {"format": "date"},
    }
    screened = with_screened_dates(schema)
    pattern = {"pattern": "^(?:[^0]|0[^0]|00[^0]|000[^0])"}
    assert screened["properties"]["day"]["allOf"] == [{"minLength": 10}, pattern]
    assert screened["$defs"]["Day"] == {"format": "date", "allOf": [pattern]}
    for unchanged in (("properties", "format"), ("properties", "kind"), ("$defs", "Time")):
        assert screened[unchanged[0]][unchanged[1]] == schema[unchanged[0]][unchanged[1]]
    assert screened["const"] == schema["const"]
    assert schema["$defs"]["Day"] == {"format": "date"}  # the schema itself is left alone


DATE_PLACES = [
    ("inspection_dates", "start"),
    ("inspection_dates", "end"),
    ("last_inspection", "date"),
    ("inspection_history", 0, "date"),
    ("requirements", 0, "due_date"),
]


def _put(document: dict[str, Any], place: tuple[str | int, ...], value: str) -> None:
    parent: Any = document
    for part in place[:-1]:
        parent = parent[part]
    parent[place[-1]] = value


def _both(document: dict[str, Any], version: str) -> tuple[list[Violation], list[Violation]]:
    def key(violation: Violation) -> tuple[str, str]:
        return (repr(violation.path), violation.keyword)

    return (
        sorted(schema_violations(document, version, "fast"), key=key),
        sorted(schema_violations(document, version, "reference"), key=key),
    )


DATES = st.sampled_from([*LOOK_ALIKES, "0000-01-01", "0000-02-29", "0001-01-01", "2024-02-29"])


@pytest.mark.parametrize("version", supported_versions())
@given(
    place=st.sampled_from(DATE_PLACES),
    text=DATES
    | st.from_regex(r"[0-9]{4}-[0-9]{2}-[0-9]{2}", fullmatch=True)
    | st.text(max_size=12),
    twin=st.booleans(),
)
def test_both_engines_report_the_same_dates(
    version: str, place: tuple[str | int, ...], text: str, twin: bool
) -> None:
    name = "2515609-full-2021-10-12.json"
    document = copy.deepcopy(load_example(TWINS_DIR / name if twin else name))
    document["schema_version"] = version
    _put(document, place, text)
    fast, reference = _both(document, version)
    assert fast == reference
    assert fast_validator(version).is_valid(document) == (reference == [])


@pytest.mark.parametrize("text", ["00", "0000", "0000-00-00", "0000-13-01", ""])
def test_a_text_failing_both_date_checks_is_reported_once(text: str) -> None:
    document = copy.deepcopy(load_example("2515609-full-2021-10-12.json"))
    _put(document, ("inspection_dates", "start"), text)
    _put(document, ("last_inspection", "date"), "0000-01-01")
    fast, reference = _both(document, "1.0")
    assert fast == reference
    dates = [v.path for v in fast if v.keyword == "format"]
    assert sorted(dates) == [("inspection_dates", "start"), ("last_inspection", "date")]
