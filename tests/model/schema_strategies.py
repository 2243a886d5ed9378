"""Documents generated from the JSON Schema itself, and near-valid mutations of them.

:func:`from_schema` understands the keywords the report schema uses: ``type``,
``properties``, ``required``, ``additionalProperties`` (false or a schema), ``enum``,
``const``, ``pattern``, ``format: date``, ``minLength``, ``minimum``/``maximum``,
``minProperties`` (of one), ``items``, local ``$ref`` (narrowed by an ``enum`` beside it)
and an ``allOf`` of discriminator ``if``/``then`` branches.
Unlike :mod:`inspection_schema.testing.strategies` it knows nothing of the domain, so its
documents are valid by the schema but arbitrary in content.

:func:`mutated` takes a valid document and breaks (or merely perturbs) one value, so that
tests see documents on both sides of the schema's boundary.
"""

from __future__ import annotations

import copy
import datetime
from collections.abc import Mapping
from typing import Any

from hypothesis import strategies as st

_TYPE_CHANGES: tuple[Any, ...] = (None, 0, 1.5, 2.0, True, "", "text", [], {}, [1], {"a": 1})


def from_schema(
    schema: Mapping[str, Any], node: Mapping[str, Any] | None = None
) -> st.SearchStrategy[Any]:
    """Values valid against ``node`` (default: the whole ``schema``)."""
    node = schema if node is None else node
    if "enum" in node:
        # Before a "$ref" beside it: the enum narrows what the reference accepts.
        return st.sampled_from(node["enum"])
    if "$ref" in node:
        name = node["$ref"].removeprefix("#/$defs/")
        return st.deferred(lambda: from_schema(schema, schema["$defs"][name]))
    if "allOf" in node:
        branches = [branch["then"] for branch in node["allOf"] if "then" in branch]
        return st.one_of(*(from_schema(schema, branch) for branch in branches))
    if "const" in node:
        return st.just(node["const"])
    kind = node.get("type")
    if kind == "object":
        return _objects(schema, node)
    if kind == "array":
        return st.lists(from_schema(schema, node.get("items", {})), max_size=3)
    if kind == "string":
        return _strings(node)
    if kind == "integer":
        return st.integers(node.get("minimum"), node.get("maximum"))
    if kind == "boolean":
        return st.booleans()
    raise NotImplementedError(f"schema keyword set not supported: {sorted(node)}")


def _strings(node: Mapping[str, Any]) -> st.SearchStrategy[str]:
    if node.get("format") == "date":
        return st.dates(datetime.date(1900, 1, 1), datetime.date(2100, 12, 31)).map(
            datetime.date.isoformat
        )
    if "pattern" in node:
        return st.from_regex(node["pattern"], fullmatch=True)
    return st.text(min_size=node.get("minLength", 0), max_size=20)


@st.composite
def _objects(draw: st.DrawFn, schema: Mapping[str, Any], node: Mapping[str, Any]) -> dict[str, Any]:
    properties: Mapping[str, Any] = node.get("properties", {})
    required = set(node.get("required", []))
    result: dict[str, Any] = {}
    for name, sub in properties.items():
        if name in required or draw(st.booleans()):
            result[name] = draw(from_schema(schema, sub))
    if len(result) < node.get("minProperties", 0):
        name = draw(st.sampled_from(sorted(set(properties) - set(result))))
        result[name] = draw(from_schema(schema, properties[name]))
    extra = node.get("additionalProperties")
    if isinstance(extra, Mapping):
        keys = draw(st.lists(st.text(max_size=12), unique=True, max_size=3))
        for key in keys:
            if key not in properties:
                result[key] = draw(from_schema(schema, extra))
    return result


def _paths(value: Any, path: tuple[Any, ...] = ()) -> list[tuple[Any, ...]]:
    """Every path to a value inside a document, the root included."""
    found = [path]
    if isinstance(value, dict):
        for key, item in value.items():
            found += _paths(item, (*path, key))
    elif isinstance(value, list):
        for index, item in enumerate(value):
            found += _paths(item, (*path, index))
    return found


def _get(document: Any, path: tuple[Any, ...]) -> Any:
    for part in path:
        document = document[part]
    return document


def _perturbations(value: Any) -> list[Any]:
    """Replacements for a value: other types, and edge values of its own type."""
    options = [v for v in _TYPE_CHANGES if type(v) is not type(value) or v != value]
    if isinstance(value, str):
        options += [
            "",
            value + " ",
            value.upper(),
            "2021-02-30",
            "2021-13-01",
            "SC12345",
            "x" + value,
            "not_judged",
        ]
        if value[:1].isdigit():
            options.append(value.replace("-", "/"))
    if type(value) is int:
        options += [value - 1, value + 1, float(value), 0, -1, 1999, 2101, 53]
    return options


@st.composite
def mutated(draw: st.DrawFn, document: dict[str, Any]) -> Any:
    """``document`` with one value replaced, one member removed or one member added."""
    result = copy.deepcopy(document)
    paths = _paths(result)
    path = draw(st.sampled_from(paths))
    target = _get(result, path)
    action = draw(st.sampled_from(("replace", "remove", "add")))
    if action == "add" and isinstance(target, dict):
        key = draw(st.sampled_from(("extra", "urn", "judgement", "page", "due_date", "provisions")))
        if key not in target:
            target[key] = draw(st.sampled_from(_TYPE_CHANGES[1:]))
            return result
    if action in ("remove", "add") and path:
        parent = _get(result, path[:-1])
        if isinstance(parent, dict):
            del parent[path[-1]]
            return result
    options = _perturbations(target)
    if isinstance(target, str):
        options.append(target + "\n")
    replacement = draw(st.sampled_from(options))
    if not path:
        return replacement
    _get(result, path[:-1])[path[-1]] = replacement
    return result
