"""The tables of every shipped schema version, derived from the schema."""

from __future__ import annotations

import itertools
from typing import Any

import pytest

from inspection_schema.spec.codelists import codelist_names
from inspection_schema.spec.versions import load_schema, supported_versions
from inspection_schema.tables.layout import (
    INDEX_MARK,
    KEY_PATHS,
    REPORTS_TABLE,
    WORDING_SUFFIX,
    Layout,
    layout,
)

VERSIONS = supported_versions()


def _schema_leaf_paths(version: str) -> set[str]:
    """Every path to a value of a report that is not an object or a list of objects, read from
    the schema with a walk of its own (``$ref`` and every report kind's structure)."""
    schema = load_schema(version)
    defs = schema["$defs"]

    def resolve(node: dict[str, Any]) -> dict[str, Any]:
        while "$ref" in node:
            node = defs[node["$ref"].split("/")[-1]]
        return node

    found: set[str] = set()

    def walk(node: dict[str, Any], prefix: str) -> None:
        node = resolve(node)
        if node.get("type") == "object" and node.get("properties"):
            for name, child in node["properties"].items():
                walk(child, f"{prefix}/{name}" if prefix else name)
        elif node.get("type") == "array" and resolve(node["items"]).get("properties"):
            walk(node["items"], prefix)
        else:
            found.add(prefix)

    for entry in schema["allOf"]:
        walk(entry["then"], "")
    return found


@pytest.mark.parametrize("version", VERSIONS)
def test_every_value_of_the_schema_has_exactly_one_column(version: str) -> None:
    tables = layout(version).tables
    headings = [c.heading for t in tables for c in t.columns if c.role == "field"]
    assert sorted(headings) == sorted(_schema_leaf_paths(version))


@pytest.mark.parametrize("version", VERSIONS)
def test_tables_are_named_for_their_lists_and_fit_a_sheet_name(version: str) -> None:
    built = layout(version)
    assert built.tables[0].name == REPORTS_TABLE
    for table in built.tables:
        assert len(table.name) <= 31
        assert table.name == ("_".join(table.path) or REPORTS_TABLE)
    names = [table.name for table in built.tables]
    assert len(names) == len(set(names))


@pytest.mark.parametrize("version", VERSIONS)
def test_each_child_row_carries_the_key_and_its_numbers(version: str) -> None:
    built = layout(version)
    keys = [column.heading for column in built.key]
    assert keys == ["/".join(path) for path in KEY_PATHS if _has(built, path)]
    for table in built.tables[1:]:
        lead = table.headings[: len(keys) + len(table.lists)]
        numbers = ["/".join((*path, INDEX_MARK)) for path in table.lists]
        assert lead == keys + numbers, table.name


def _has(built: Layout, path: tuple[str, ...]) -> bool:
    return any(c.path == path for c in built.tables[0].columns if c.role == "field")


def test_the_key_has_the_event_number_from_1_1() -> None:
    assert [c.heading for c in layout("1.0").key] == ["urn", "inspection_dates/start"]
    assert [c.heading for c in layout("1.1").key] == [
        "urn",
        "inspection_dates/start",
        "event_number",
    ]


def test_the_1_1_tables_as_a_reader_of_the_schema_expects_them() -> None:
    built = layout("1.1")
    assert [t.name for t in built.tables] == [
        "reports",
        "inspection_history",
        "area_narratives",
        "requirements",
        "requirements_regulations",
        "recommendations",
        "inspectors",
    ]
    reports = {c.heading: c for c in built.tables[0].columns}
    assert reports["urn"].kind == "text"
    assert reports["event_number"].kind == "text"
    assert reports["inspection_dates/start"].kind == "date"
    assert reports["copyright_year"].kind == "integer"
    assert reports["enforcement_action/taken"].kind == "boolean"
    assert reports["home_information"].kind == "paragraphs"
    assert reports["provenance/section_pages"].kind == "json"
    assert reports["judgements/overall_experiences_and_progress"].codes == (
        "outstanding",
        "good",
        "requires_improvement_to_be_good",
        "inadequate",
    )
    assert reports["interim_judgement"].kinds == ("interim",)
    assert reports["summary"].required == ("full",)
    table = built.table("requirements_regulations")
    assert table is not None
    regulations = {c.heading: c for c in table.columns}
    assert regulations["requirements/regulations/provisions"].kind == "list"
    assert regulations["requirements/regulations/regulation"].kind == "integer"


@pytest.mark.parametrize("version", VERSIONS)
def test_coded_columns_are_followed_by_ofsteds_wording(version: str) -> None:
    for table in layout(version).tables:
        columns = list(table.columns)
        for position, column in enumerate(columns):
            if column.role == "field" and column.codelist is not None:
                assert column.codelist in codelist_names()
                wording = columns[position + 1]
                assert wording.heading == column.heading + WORDING_SUFFIX
                assert wording.role == "wording"
    reports = {c.heading for c in layout("1.1").tables[0].columns}
    assert "judgements/helped_and_protected (wording)" in reports
    assert "urn (wording)" not in reports


def test_a_minor_version_only_adds_columns() -> None:
    for older, newer in itertools.pairwise(VERSIONS):
        if older.split(".")[0] != newer.split(".")[0]:
            continue
        for table in layout(older).tables:
            newer_table = layout(newer).table(table.name)
            assert newer_table is not None
            assert set(table.headings) <= set(newer_table.headings)


def test_descriptions_come_from_the_schema() -> None:
    columns = {c.heading: c for t in layout("1.1").tables for c in t.columns}
    provider = load_schema("1.1")["$defs"]["Provider"]["properties"]["name"]["description"]
    assert columns["provider/name"].description == provider
    assert "the order of the list" in columns["requirements/#"].description
