"""How deep into a document a schema looks, and a document cut down to that depth.

A value nested deeper than any keyword of the schema reaches is never examined: under a
property that must be text, a list nested a thousand levels deep fails for being a list,
whatever it holds. Checking such a document must not depend on how deep the nesting goes,
but both engines walk the whole value (jsonschema-rs stops at 255 levels with "Recursion
limit reached"; the reference engine's messages hit Python's recursion limit near 1000).

:func:`schema_reach` measures, from the schema itself, the deepest level at which any
subschema applies (following ``$ref``); :func:`within_reach` empties every object and list
below the level after it. Keywords at the deepest level see a value's type, its keys and
its length, never its children's content, so the engines give exactly the findings they
would give for the whole document. A schema that compares whole values (``enum`` or
``const`` holding an object or a list, ``uniqueItems``) or whose references descend in a
cycle has no such depth (``None``), and documents are then checked as they are.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

__all__ = ["schema_reach", "within_reach"]

_SAME_LEVEL = ("allOf", "anyOf", "oneOf", "not", "if", "then", "else", "dependentSchemas")
_CHILDREN = (
    "properties",
    "patternProperties",
    "additionalProperties",
    "unevaluatedProperties",
    "propertyNames",
    "items",
    "prefixItems",
    "contains",
    "unevaluatedItems",
)
_NAMED = frozenset({"properties", "patternProperties", "dependentSchemas"})


class _Unbounded(Exception):
    """The schema looks at values to unbounded depth."""


def schema_reach(schema: Mapping[str, Any]) -> int | None:
    """The deepest level (the document itself is 0) at which a subschema of ``schema`` applies.

    ``None`` when there is no such level. Only references inside ``schema`` (``#/…``) are
    followed; any other reference makes the depth unknown (``None``).
    """
    try:
        return _Walk(schema).reach(schema, frozenset())
    except _Unbounded:
        return None


class _Walk:
    def __init__(self, root: Mapping[str, Any]) -> None:
        self.root = root
        self.known: dict[str, int] = {}

    def reach(self, schema: Any, following: frozenset[str]) -> int:
        """The depth below the current value to which ``schema`` looks."""
        if not isinstance(schema, Mapping):
            return 0
        if schema.get("uniqueItems") is True or _holds_container(schema):
            raise _Unbounded
        deepest = 0
        reference = schema.get("$ref")
        if reference is not None:
            deepest = self.follow(reference, following)
        if "$dynamicRef" in schema or "$recursiveRef" in schema:
            raise _Unbounded
        for keyword in _SAME_LEVEL:
            for subschema in _subschemas(schema, keyword):
                deepest = max(deepest, self.reach(subschema, following))
        for keyword in _CHILDREN:
            for subschema in _subschemas(schema, keyword):
                deepest = max(deepest, 1 + self.reach(subschema, following))
        return deepest

    def follow(self, reference: Any, following: frozenset[str]) -> int:
        if not isinstance(reference, str) or not reference.startswith("#"):
            raise _Unbounded
        if reference in following:
            raise _Unbounded  # a cycle of references
        if reference not in self.known:
            self.known[reference] = self.reach(self.resolve(reference), following | {reference})
        return self.known[reference]

    def resolve(self, reference: str) -> Any:
        target: Any = self.root
        for raw in reference.removeprefix("#").split("/")[1:]:
            part = raw.replace("~1", "/").replace("~0", "~")
            if not isinstance(target, Mapping) or part not in target:
                raise _Unbounded
            target = target[part]
        return target


def _subschemas(schema: Mapping[str, Any], keyword: str) -> list[Any]:
    value = schema.get(keyword)
    if value is None:
        return []
    if keyword in _NAMED and isinstance(value, Mapping):
        return list(value.values())
    if isinstance(value, list):
        return value
    return [value]


def _holds_container(schema: Mapping[str, Any]) -> bool:
    options = schema.get("enum", [])
    constant = schema.get("const")
    return isinstance(constant, dict | list) or (
        isinstance(options, list) and any(isinstance(option, dict | list) for option in options)
    )


def within_reach(document: Any, reach: int) -> Any:
    """``document`` with every object and list below level ``reach + 1`` emptied.

    The result shares no containers that it changes; ``document`` itself is never changed,
    and is returned as it is when nothing lies that deep. Works iteratively, so any depth
    is handled.
    """
    if not _deeper_than(document, reach + 1):
        return document
    return _cut(document, reach + 1)


def _deeper_than(document: Any, level: int) -> bool:
    """Whether a non-empty object or list lies at ``level`` or deeper."""
    stack: list[tuple[Any, int]] = [(document, 0)]
    while stack:
        value, depth = stack.pop()
        children = _children(value)
        if not children:
            continue
        if depth >= level:
            return True
        stack.extend((child, depth + 1) for child in children)
    return False


def _children(value: Any) -> list[Any]:
    if isinstance(value, dict):
        return list(value.values())
    if isinstance(value, list):
        return value
    return []


def _cut(value: Any, levels_left: int) -> Any:
    """A copy of ``value`` keeping ``levels_left`` levels below it (recursion ≤ reach + 1)."""
    if isinstance(value, dict):
        if levels_left == 0:
            return {}
        return {key: _cut(child, levels_left - 1) for key, child in value.items()}
    if isinstance(value, list):
        if levels_left == 0:
            return []
        return [_cut(child, levels_left - 1) for child in value]
    return value
