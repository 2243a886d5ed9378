"""The fast engine's first look at a document: valid or not, without calling back into Python.

The fast engine checks the ``date`` format with :func:`~inspection_schema.validate.
schema_engines.is_date`, a Python function jsonschema-rs calls for every date of every
document; each call costs more than the rest of the schema check of that date. Most
documents are valid, and for them only the verdict is needed, so the fast engine first
asks a second jsonschema-rs validator, the *screen*, which checks dates by itself.

jsonschema-rs's own ``date`` check accepts exactly what :func:`is_date` accepts, except the
year 0000; so the screen's schema is the released schema in which every ``"format":
"date"`` also requires a pattern that refuses the year 0000 (:data:`NOT_YEAR_ZERO`). A
document the screen passes is valid; for any other, the fast engine asks its validator
for the errors, as before. ``tests/validate/test_fast_screen.py`` holds the two checks of
dates to each other, day by day, and the screen to the fast validator on documents.
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
def screen(version: str) -> Any:
    """The screen of one schema version: a jsonschema-rs validator for :meth:`is_valid` only
    (its errors would name the added pattern where the fast engine names the format)."""
    import jsonschema_rs

    return jsonschema_rs.validator_for(
        with_screened_dates(load_schema(version)),
        validate_formats=True,
        registry=fast_registry(),
        retriever=refuse_retrieval,
    )
