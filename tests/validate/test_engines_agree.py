"""Where jsonschema-rs and jsonschema once differed, both engines now give the same findings."""

from __future__ import annotations

import json
from typing import Any, BinaryIO, cast

import pytest

from inspection_schema import api
from inspection_schema.model.converter import structure
from inspection_schema.spec.versions import load_schema, supported_versions
from inspection_schema.validate.checker import check_inputs
from inspection_schema.validate.schema_engines import ENGINES, is_date
from inspection_schema.validate.schema_reach import schema_reach, within_reach
from tests.support import load_example

NAME = "2515609-full-2021-10-12"


def _both(document: Any) -> list[tuple[str, str]]:
    """The findings, as (code, path), after checking that both engines give the same ones."""
    fast, reference = (
        [(f.code, f.path, f.message) for f in api.validate(document, engine=engine)]
        for engine in ENGINES
    )
    assert fast == reference
    return [(code, path) for code, path, _ in fast]


def _nested(depth: int) -> Any:
    value: Any = "x"
    for level in range(depth):
        value = [value] if level % 2 else {"k": value}
    return value


@pytest.mark.parametrize("depth", [255, 256, 600, 1021])
@pytest.mark.parametrize(("parent", "key"), [("provider", "name"), (None, "extra")])
def test_nesting_up_to_the_documented_limit_gets_findings(
    depth: int, parent: str | None, key: str
) -> None:
    """jsonschema-rs raised "Recursion limit reached" from 256 levels, well inside 1024."""
    document = load_example(NAME)
    (document if parent is None else document[parent])[key] = _nested(depth)
    code = "schema-type" if parent else "schema-additional-property"
    where = f"/{parent}/{key}" if parent else f"/{key}"
    assert _both(document) == [(code, where)]


def test_a_file_nested_1024_levels_deep_is_checked() -> None:
    """The deepest document orjson reads (1024 levels, the documented limit) is checked."""
    document = load_example(NAME)
    document["provider"]["name"] = "deep"
    lists = 1022  # inside the document and its provider: 1024 levels in all
    data = json.dumps(document).replace('"deep"', "[" * lists + '"x"' + "]" * lists).encode()
    for engine in ENGINES:
        options = api.CheckOptions(engine=engine)
        (result,) = check_inputs(["-"], options, stdin=cast(BinaryIO, _Stream(data)))
        assert result.problem is None
        assert [(f.code, f.path) for f in result.findings] == [("schema-type", "/provider/name")]


class _Stream:
    """Standard input holding ``data``."""

    def __init__(self, data: bytes) -> None:
        import io

        self._buffer = io.BytesIO(data)

    def readline(self, size: int = -1) -> bytes:
        return self._buffer.readline(size)

    def read(self, size: int = -1) -> bytes:
        return self._buffer.read(size)


def test_api_validate_copes_with_any_depth() -> None:
    document = load_example(NAME)
    document["inspectors"][0] = _nested(50_000)
    assert _both(document) == [("schema-type", "/inspectors/0")]


def test_the_schemas_look_to_a_bounded_depth() -> None:
    for version in supported_versions():
        reach = schema_reach(load_schema(version))
        assert reach is not None
        assert 3 <= reach <= 10
    looping = {"$defs": {"a": {"items": {"$ref": "#/$defs/a"}}}, "$ref": "#/$defs/a"}
    assert schema_reach(looping) is None
    assert schema_reach({"properties": {"a": {"enum": [[1]]}}}) is None
    assert schema_reach({"properties": {"a": {"items": {"type": "string"}}}}) == 2


def test_cutting_to_the_reach_keeps_what_the_schema_sees() -> None:
    document = {"a": [{"b": [1, {"c": 2}]}], "d": "text"}
    assert within_reach(document, 4) is document
    assert within_reach(document, 3) == {"a": [{"b": [1, {}]}], "d": "text"}
    assert within_reach(document, 1) == {"a": [{}], "d": "text"}
    assert within_reach(document, 0) == {"a": [], "d": "text"}
    assert document == {"a": [{"b": [1, {"c": 2}]}], "d": "text"}


@pytest.mark.parametrize("day", ["0000-10-12", "0000-01-01"])
def test_year_0000_is_not_a_date_for_either_engine(day: str) -> None:
    """jsonschema-rs accepted year 0000, which the reference engine and the converter refuse."""
    document = load_example(NAME)
    document["inspection_dates"]["start"] = day
    assert ("schema-format", "/inspection_dates/start") in _both(document)


@pytest.mark.parametrize(
    "text",
    ["0001-01-01", "9999-12-31", "2024-02-29", "2023-02-29", "2021-13-01", "２０２１-01-01"],
)
def test_the_date_format_is_what_the_converter_reads(text: str) -> None:
    document = load_example(NAME)
    document["inspection_dates"]["end"] = text
    document["inspection_dates"]["start"] = "0001-01-01"
    if is_date(text):
        structure(document)
    else:
        with pytest.raises(ValueError, match="date"):
            structure(document)


def test_an_empty_key_keeps_its_place_in_the_pointer() -> None:
    """jsonschema-rs left the "" segment out of the pointer."""
    document = load_example(NAME)
    document["provenance"] = {
        "source_sha256": "0" * 64,
        "extractor": "test",
        "section_pages": {"": 0, "a/b": "x"},
    }
    assert _both(document) == [
        ("schema-range", "/provenance/section_pages/"),
        ("schema-type", "/provenance/section_pages/a~1b"),
    ]
    document["provider"][""] = 1
    assert ("schema-additional-property", "/provider/") in _both(document)
