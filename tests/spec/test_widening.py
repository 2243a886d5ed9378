"""The structural compatibility check notices what narrows and lets what widens through."""

from __future__ import annotations

import copy
from typing import Any

from inspection_schema.spec.codelists import grades
from inspection_schema.spec.versions import load_schema
from tests.spec.widening import widening_problems

HELPED = "/$defs/Judgements/properties/helped_and_protected"


def _1_1_with(**definitions: Any) -> dict[str, Any]:
    """A copy of schema 1.1 with some definitions added or replaced."""
    schema = copy.deepcopy(load_schema("1.1"))
    schema["$defs"].update(definitions)
    return schema


def _refer(schema: dict[str, Any], definition: str) -> dict[str, Any]:
    schema["$defs"]["Judgements"]["properties"]["helped_and_protected"]["$ref"] = (
        f"#/$defs/{definition}"
    )
    return schema


def test_the_check_notices_a_narrowing() -> None:
    old = load_schema("1.0")
    new = copy.deepcopy(load_schema("1.1"))
    new["$defs"]["Judgements"]["required"].append("health")
    new["$defs"]["AreaJudgement"]["enum"].remove("good")
    new["$defs"]["Urn"]["pattern"] = "^SC[0-9]{6}$"
    problems = widening_problems(old, new)
    assert "/$defs/Judgements/required: new required fields" in problems
    assert "/$defs/AreaJudgement/enum: lost ['good']" in problems
    assert any(p.startswith("/$defs/Urn/pattern") for p in problems)


# References: compared by what they accept


def test_a_reference_moved_to_a_narrower_definition_is_a_problem() -> None:
    narrower = {"enum": list(grades()[:3]), "description": "Three grades."}
    new = _refer(_1_1_with(Passing=narrower), "Passing")
    assert widening_problems(load_schema("1.1"), new) == [f"{HELPED}/enum: lost ['inadequate']"]


def test_a_reference_moved_to_a_wider_definition_is_accepted() -> None:
    wider = {"enum": [*grades(), "not_judged"], "description": "Four grades or not judged."}
    new = _refer(_1_1_with(Wider=wider), "Wider")
    assert widening_problems(load_schema("1.1"), new) == []


def test_a_reference_moved_to_a_definition_of_another_kind_is_a_problem() -> None:
    new = _refer(copy.deepcopy(load_schema("1.1")), "Date")
    problems = widening_problems(load_schema("1.1"), new)
    assert f"{HELPED}/type: new constraint" in problems
    assert f"{HELPED}/format: new constraint" in problems


def test_an_enum_added_beside_a_reference_that_drops_a_value_is_a_problem() -> None:
    new = copy.deepcopy(load_schema("1.1"))
    field = new["$defs"]["Judgements"]["properties"]["helped_and_protected"]
    field["enum"] = [grade for grade in grades() if grade != "good"]
    assert widening_problems(load_schema("1.1"), new) == [f"{HELPED}/enum: lost ['good']"]


def test_an_enum_added_beside_a_reference_that_keeps_every_value_is_accepted() -> None:
    new = copy.deepcopy(load_schema("1.1"))
    field = new["$defs"]["Judgements"]["properties"]["helped_and_protected"]
    field["enum"] = [*reversed(grades()), "not_judged"]
    assert widening_problems(load_schema("1.1"), new) == []


def test_a_const_added_beside_a_reference_is_compared_with_what_it_accepted() -> None:
    old: dict[str, Any] = {
        "$defs": {"Good": {"enum": ["good"]}},
        "properties": {"a": {"$ref": "#/$defs/Good"}},
    }
    same = copy.deepcopy(old)
    same["properties"]["a"]["const"] = "good"
    other = copy.deepcopy(old)
    other["properties"]["a"]["const"] = "outstanding"
    assert widening_problems(old, same) == []
    assert widening_problems(old, other) == ["/properties/a/enum: lost ['good']"]


def test_a_keyword_beside_a_reference_is_a_new_constraint() -> None:
    new = copy.deepcopy(load_schema("1.1"))
    new["$defs"]["FullReport"]["properties"]["urn"]["maxLength"] = 7
    problems = widening_problems(load_schema("1.1"), new)
    assert problems == ["/$defs/FullReport/properties/urn/maxLength: new constraint"]


def test_an_inline_schema_replaced_by_a_reference_is_compared_with_its_target() -> None:
    old: dict[str, Any] = {
        "$defs": {"Text": {"type": "string"}},
        "properties": {"a": {"type": "string"}},
    }
    same = copy.deepcopy(old)
    same["properties"]["a"] = {"$ref": "#/$defs/Text"}
    closed = copy.deepcopy(same)
    closed["$defs"]["Closed"] = {"type": "string", "enum": ["x"]}
    closed["properties"]["a"] = {"$ref": "#/$defs/Closed"}
    assert widening_problems(old, same) == []
    assert widening_problems(old, closed) == ["/properties/a/enum: new constraint"]


# Recursive and broken references


def _tree(leaf: dict[str, Any]) -> dict[str, Any]:
    return {
        "type": "object",
        "properties": {"child": {"$ref": "#/$defs/Tree"}, "leaf": leaf},
        "additionalProperties": False,
    }


def test_recursive_definitions_are_compared_and_the_comparison_ends() -> None:
    node = {
        "type": "object",
        "properties": {"child": {"$ref": "#/$defs/Node"}, "leaf": {"type": "string"}},
        "additionalProperties": False,
    }
    old = {"$defs": {"Node": node}, "$ref": "#/$defs/Node"}
    wider: dict[str, Any] = {
        "$defs": {"Node": node, "Tree": _tree({"type": "string"})},
        "$ref": "#/$defs/Tree",
    }
    narrower = copy.deepcopy(wider)
    narrower["$defs"]["Tree"] = _tree({"type": "string", "minLength": 1})
    assert widening_problems(old, wider) == []
    assert widening_problems(old, narrower) == [
        "/properties/child/properties/leaf/minLength: new constraint",
        "/properties/leaf/minLength: new constraint",
    ]


def test_a_reference_that_cannot_be_followed_is_a_problem() -> None:
    old = {"properties": {"a": {"type": "string"}}}
    looping = {"$defs": {"A": {"$ref": "#/$defs/A"}}, "properties": {"a": {"$ref": "#/$defs/A"}}}
    missing = {"properties": {"a": {"$ref": "#/$defs/Gone"}}}
    remote = {"properties": {"a": {"$ref": "https://example.org/text.json"}}}
    assert widening_problems(old, looping) == ["/properties/a: $ref '#/$defs/A' refers to itself"]
    assert widening_problems(old, missing) == ["/properties/a: $ref '#/$defs/Gone' points nowhere"]
    assert widening_problems(old, remote) == [
        "/properties/a: $ref 'https://example.org/text.json' is not a local reference"
    ]


# Closed lists and members


def test_an_enum_added_where_any_value_was_accepted_is_a_new_constraint() -> None:
    new = copy.deepcopy(load_schema("1.1"))
    new["$defs"]["Provider"]["properties"]["name"]["enum"] = ["Oakwood"]
    assert widening_problems(load_schema("1.1"), new) == [
        "/$defs/Provider/properties/name/enum: new constraint"
    ]


def test_json_values_are_compared_as_json() -> None:
    old = {"enum": [1, "a"]}
    assert widening_problems(old, {"enum": [1.0, "a", None]}) == []
    assert widening_problems(old, {"enum": [True, "a"]}) == ["/enum: lost [1]"]


def test_a_new_property_where_any_member_was_allowed_is_a_problem() -> None:
    old = {"type": "object", "properties": {"a": {"type": "string"}}}
    new = {"type": "object", "properties": {"a": {"type": "string"}, "b": {"type": "integer"}}}
    closed_old = {**old, "additionalProperties": False}
    closed_new = {**new, "additionalProperties": False}
    assert widening_problems(old, new) == [
        "/properties/b: constrains a member the old schema allowed freely"
    ]
    assert widening_problems(closed_old, closed_new) == []
