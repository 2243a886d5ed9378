"""The attrs model and the JSON Schema describe the same documents.

Two halves: (a) the classes and the schema's object definitions have the same fields, the
same required-ness and the same closed enums, checked by introspection; (b) documents
generated from the schema itself (valid, and mutated to be near-valid) are accepted by
``converter.structure`` exactly when the reference validator accepts them, and round-trip.
"""

from __future__ import annotations

import copy
import json
import types
import typing
from typing import Any

import attrs
import pytest
from hypothesis import given
from hypothesis import strategies as st

from inspection_schema.model import reports as model
from inspection_schema.model.converter import StructureError, structure, unstructure
from inspection_schema.spec.versions import (
    UnknownSchemaVersion,
    latest_version,
    load_schema,
    supported_versions,
)
from inspection_schema.validate.checker import validate
from inspection_schema.validate.schema_engines import violations
from tests.model.parity import parity_problems
from tests.model.schema_strategies import from_schema, mutated
from tests.support import EXAMPLES_DIR

SCHEMA = load_schema(latest_version())
"""The model mirrors the newest schema version."""


def _schema_errors(document: Any, engine: str = "reference") -> list[tuple[str, tuple[Any, ...]]]:
    """The schema's verdict alone (no semantic rules), from one engine."""
    found = violations(document, latest_version(), engine)  # type: ignore[arg-type]
    return [(v.keyword, v.path) for v in found]


def _structures(document: Any) -> bool:
    try:
        structure(document)
    except StructureError:
        return False
    return True


# (a) Introspection


def test_schema_and_model_agree() -> None:
    assert parity_problems(SCHEMA, model) == []


def _model_with(**replacements: Any) -> types.SimpleNamespace:
    """A copy of the model module's namespace with some classes replaced."""
    namespace = dict(vars(model))
    namespace.update(replacements)
    kinds = {
        kind: replacements.get(cls.__name__, cls) for kind, cls in model.REPORT_CLASSES.items()
    }
    namespace["REPORT_CLASSES"] = kinds
    return types.SimpleNamespace(**namespace)


def _without_field(cls: type, name: str) -> type:
    hints = typing.get_type_hints(cls, vars(model))
    kept = {
        f.name: attrs.field(default=f.default, type=hints[f.name])
        for f in attrs.fields(cls)
        if f.name != name
    }
    return attrs.make_class(cls.__name__, kept, kw_only=True, frozen=True)


@pytest.mark.parametrize(
    ("cls", "name"),
    [
        (model.Provider, "address"),
        (model.RegulationReference, "provisions"),
        (model.FullReport, "summary"),
    ],
)
def test_parity_notices_a_field_missing_from_a_class(cls: type, name: str) -> None:
    problems = parity_problems(SCHEMA, _model_with(**{cls.__name__: _without_field(cls, name)}))
    assert problems == [f"$defs/{cls.__name__} property {name!r} has no field in {cls.__name__}"]


@pytest.mark.parametrize(
    ("definition", "name"), [("Inspector", "role"), ("InterimReport", "findings")]
)
def test_parity_notices_a_property_missing_from_the_schema(definition: str, name: str) -> None:
    damaged = copy.deepcopy(SCHEMA)
    del damaged["$defs"][definition]["properties"][name]
    if name in damaged["$defs"][definition].get("required", []):
        damaged["$defs"][definition]["required"].remove(name)
    problems = parity_problems(damaged, model)
    assert problems == [f"{definition} field {name!r} is not a property of $defs/{definition}"]


def test_parity_notices_required_ness_enums_and_types() -> None:
    damaged = copy.deepcopy(SCHEMA)
    damaged["$defs"]["Provider"]["required"].append("address")
    damaged["$defs"]["AreaJudgement"]["enum"].append("adequate")
    damaged["$defs"]["GuideReference"]["properties"]["page"] = {"type": "string"}
    problems = parity_problems(damaged, model)
    assert "$defs/Provider/address is required but Provider.address has a default" in problems
    assert "$defs/Judgements/helped_and_protected: enum" in " ".join(problems)
    assert any(p.startswith("$defs/AreaNarrative/judgement: enum") for p in problems)
    assert not any(p.startswith("$defs/Judgements/health") for p in problems)
    assert any(p.startswith("$defs/GuideReference/page: schema string") for p in problems)


def test_parity_notices_a_secure_homes_areas_losing_not_judged() -> None:
    damaged = copy.deepcopy(SCHEMA)
    damaged["$defs"]["SecureAreaJudgement"]["enum"].remove("not_judged")
    problems = parity_problems(damaged, model)
    assert [p.split(":")[0] for p in problems] == [
        "$defs/Judgements/education_and_learning",
        "$defs/Judgements/health",
    ]


def test_parity_notices_a_class_without_a_definition() -> None:
    extra = attrs.make_class("Visit", {"date": attrs.field(type=str)}, kw_only=True, frozen=True)
    assert parity_problems(SCHEMA, _model_with(Visit=extra)) == [
        "model class Visit has no object in the schema's $defs"
    ]


# (b) Documents generated from the schema


@given(document=from_schema(SCHEMA))
def test_schema_generated_documents_structure_and_round_trip(document: dict[str, Any]) -> None:
    assert _schema_errors(document) == []
    assert unstructure(structure(document)) == document


@given(data=st.data())
def test_structure_accepts_exactly_what_the_schema_accepts(data: st.DataObject) -> None:
    document = data.draw(from_schema(SCHEMA))
    candidate = data.draw(mutated(document))
    accepted_by_schema = _schema_errors(candidate) == []
    assert _structures(candidate) == accepted_by_schema, json.dumps(candidate)[:2000]
    assert (_schema_errors(candidate, "fast") == []) == accepted_by_schema
    if accepted_by_schema:
        assert unstructure(structure(candidate)) == candidate


def test_engines_and_model_agree_on_a_final_line_break() -> None:
    # Python's re.search lets '$' match before a final line break; JSON Schema's does not.
    path = EXAMPLES_DIR / "2515609-full-2021-10-12.json"
    document = json.loads(path.read_text(encoding="utf-8"))
    document["urn"] += "\n"
    assert _structures(document) is False
    assert _schema_errors(document, "fast") == [("pattern", ("urn",))]
    assert _schema_errors(document, "reference") == [("pattern", ("urn",))]


def test_structure_rejects_null_for_an_optional_member() -> None:
    path = EXAMPLES_DIR / "2515609-full-2021-10-12.json"
    document = json.loads(path.read_text(encoding="utf-8"))
    document["enforcement_action"] = None
    assert _schema_errors(document) == [("type", ("enforcement_action",))]
    assert _structures(document) is False


@given(data=st.data())
def test_validation_never_crashes_on_near_valid_documents(data: st.DataObject) -> None:
    candidate = data.draw(mutated(data.draw(from_schema(SCHEMA))))
    declared = candidate.get("schema_version") if isinstance(candidate, dict) else None
    if isinstance(declared, str) and declared not in supported_versions():
        # A declared version this package does not ship is refused, as documented.
        for engine in ("fast", "reference"):
            with pytest.raises(UnknownSchemaVersion):
                validate(candidate, engine=engine)
        return
    for engine in ("fast", "reference"):
        findings = validate(candidate, engine=engine)  # type: ignore[arg-type]
        assert all(f.path == "" or f.path.startswith("/") for f in findings)
