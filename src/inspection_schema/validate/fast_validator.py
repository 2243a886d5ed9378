"""The fast engine's validator: jsonschema-rs checking every keyword, dates too, in Rust.

Asking jsonschema-rs to check the ``date`` format with a Python function would call back
into Python for every date of every document, and each call costs more than the rest of
the schema check of that date. jsonschema-rs's own ``date`` check accepts exactly what
:func:`~inspection_schema.validate.schema_engines.is_date` (the reference engine's check)
accepts, except the year 0000. So the fast engine validates against the released schema in
which every ``"format": "date"`` also requires a pattern that refuses the year 0000
(:data:`NOT_YEAR_ZERO`), and reports a failure of that pattern as a failure of the ``date``
format (see :mod:`~inspection_schema.validate.schema_engines`).
``tests/validate/test_fast_validator.py`` holds the two checks of dates to each other, day
by day, and the two engines to each other on documents with such dates.
"""

from __future__ import annotations

from functools import cache
from typing import Any

from inspection_schema.spec.registry import fast_registry, refuse_retrieval
from inspection_schema.spec.versions import load_schema

NOT_YEAR_ZERO = "^(?:[^0]|0[^0]|00[^0]|000[^0])"
"""A pattern that text starting ``0000`` does not match (any other text of four characters
or more does): with jsonschema-rs's ``date`` format, the date check of both engines."""

_INSTANCES = frozenset({"enum", "const", "default", "examples"})
"""Keywords whose values are instances, not schemas: left as they are."""
_NAMED = frozenset({"properties", "patternProperties", "$defs", "dependentSchemas"})
"""Keywords whose values map names (which may be any word, ``format`` too) to schemas."""


def with_screened_dates(schema: Any) -> Any:
    """A copy of ``schema`` in which each ``"format": "date"`` also requires
    :data:`NOT_YEAR_ZERO` (added to the subschema's ``allOf``)."""
    if isinstance(schema, list):
        return [with_screened_dates(item) for item in schema]
    if not isinstance(schema, dict):
        return schema
    copied = {key: _screened(key, value) for key, value in schema.items()}
    if copied.get("format") == "date":
        copied["allOf"] = [*copied.get("allOf", ()), {"pattern": NOT_YEAR_ZERO}]
    return copied


def _screened(keyword: str, value: Any) -> Any:
    if keyword in _INSTANCES:
        return value
    if keyword in _NAMED and isinstance(value, dict):
        return {name: with_screened_dates(schema) for name, schema in value.items()}
    return with_screened_dates(value)


@cache
def fast_validator(version: str) -> Any:
    """The jsonschema-rs validator of one schema version, with its dates screened."""
    import jsonschema_rs

    return jsonschema_rs.validator_for(
        with_screened_dates(load_schema(version)),
        validate_formats=True,
        registry=fast_registry(),
        retriever=refuse_retrieval,
    )
