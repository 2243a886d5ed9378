"""Values at the edge of what Python represents: findings, never a crash that ends the run."""

from __future__ import annotations

import datetime
import io
from pathlib import Path

import pytest

from inspection_schema import api
from inspection_schema.extract import IncompleteReport, extract_text
from inspection_schema.model.converter import unstructure
from inspection_schema.rules.date_arithmetic import add_months
from inspection_schema.spec.regulation_references import ReferenceSyntaxError, parse_reference
from inspection_schema.spec.versions import parse
from inspection_schema.validate.inputs import load_inputs
from tests.support import EXAMPLES_DIR, load_example

NAME = "2515609-full-2021-10-12"
TEXT = (EXAMPLES_DIR / "reports" / f"{NAME}.txt").read_text(encoding="utf-8")
HUGE = "9" * 5000


def _codes(document: dict[str, object], version: str | None = None) -> list[tuple[str, str]]:
    return [(f.code, f.path) for f in api.validate(document, version)]


def test_an_inspection_ending_in_the_calendars_last_months_is_checked() -> None:
    """The due-date rule overflowed the calendar for inspections ending on or after 9999-10-01."""
    assert add_months(datetime.date(9999, 10, 1), 3) == datetime.date.max
    document = load_example(NAME)
    document["inspection_dates"] = {"start": "9999-10-01", "end": "9999-10-02"}
    for requirement in document["requirements"]:
        requirement["due_date"] = "9999-12-31"
    document["requirements"][0]["due_date"] = "9999-10-01"
    codes = _codes(document)
    assert ("due-date-unusual", "/requirements/0/due_date") in codes
    assert ("due-date-unusual", "/requirements/1/due_date") not in codes


def test_a_report_text_dated_9999_extracts_and_validates() -> None:
    text = TEXT.replace("12 to 13 October 2021", "12 to 13 October 9999")
    text = text.replace("November 2021", "November 9999").replace("December 2021", "December 9999")
    instance = unstructure(extract_text(text))
    assert instance["inspection_dates"] == {"start": "9999-10-12", "end": "9999-10-13"}
    assert "due-date-unusual" not in {code for code, _ in _codes(instance)}


def test_a_regulation_number_too_long_to_read_is_a_finding() -> None:
    """A reference with a 5,000-digit number passed the schema, then crashed the rule."""
    with pytest.raises(ReferenceSyntaxError, match="5,000 digits"):
        parse_reference(f"Regulation {HUGE}")
    document = load_example(NAME)
    document["requirements"][0]["regulations"][0]["text"] = f"Regulation {HUGE}"
    assert ("regulation-reference-unparseable", "/requirements/0/regulations/0/text") in _codes(
        document
    )


def test_a_regulation_number_too_long_to_read_is_refused_by_the_extractor() -> None:
    text = TEXT.replace("(Regulation 5 (a)(b)(c))", f"(Regulation {HUGE} (a))")
    with pytest.raises(IncompleteReport, match="regulation reference that cannot be read"):
        extract_text(text)


def test_a_declared_version_with_a_huge_number_is_checked_against_a_pinned_version() -> None:
    """`--schema-version 1.0` on a document declaring "1.<4301 digits>" crashed the rules."""
    document = load_example(NAME)
    document["schema_version"] = "1." + "0" * 4300 + "1"
    assert parse(document["schema_version"]) == (1, 1)
    assert _codes(document, "1.0") == [("schema-const", "/schema_version")]
    document["schema_version"] = "1." + HUGE
    assert parse(document["schema_version"]) is None
    assert _codes(document, "1.0") == [("schema-const", "/schema_version")]


def test_a_key_given_twice_is_refused_in_one_line(tmp_path: Path) -> None:
    """Duplicate keys were accepted silently, the last value winning."""
    path = tmp_path / "twice.json"
    path.write_text('{"urn": "1", "provider": {"name": "A", "name": "B"}}', encoding="utf-8")
    lines = io.BytesIO(b'{"urn": "1"}\n{"urn": "1", "urn": "2"}\n')
    loaded = [*load_inputs([str(path)]), *load_inputs(["-"], stdin=lines)]
    assert [(item.line, item.problem and item.problem.message) for item in loaded] == [
        (None, "is not usable JSON: the key 'name' appears twice in one object"),
        (1, None),
        (2, "is not usable JSON: the key 'urn' appears twice in one object"),
    ]
    assert loaded[0].problem is not None
    assert loaded[0].problem.code == "input-not-json"


def test_a_key_given_twice_is_found_behind_an_escaped_colon() -> None:
    """The colons of the text and of the parsed document balance, but one is escaped."""
    data = b'{"s": "\\u003a", "a": 1, "a": 2}'
    (loaded,) = load_inputs(["-"], stdin=io.BytesIO(data))
    assert loaded.problem is not None
    assert loaded.problem.message.endswith("the key 'a' appears twice in one object")
