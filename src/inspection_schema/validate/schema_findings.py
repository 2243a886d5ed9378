"""Turns schema violations into findings: a catalogued code, a pointer and a message in words."""

from __future__ import annotations

from typing import Any

from inspection_schema.validate import did_you_mean
from inspection_schema.validate.findings import Finding, describe_path, make_finding, pointer
from inspection_schema.validate.schema_engines import Violation

_CODES = {
    "required": "schema-required",
    "additionalProperties": "schema-additional-property",
    "enum": "schema-enum",
    "const": "schema-const",
    "type": "schema-type",
    "pattern": "schema-pattern",
    "format": "schema-format",
    "minLength": "schema-min-length",
    "minItems": "schema-min-length",
    "minProperties": "schema-min-length",
    "minimum": "schema-range",
    "maximum": "schema-range",
}
_JSON_TYPES = {
    dict: "an object",
    list: "a list",
    str: "text",
    bool: "true or false",
    int: "an integer",
    float: "a number",
    type(None): "null",
}
_TYPE_WORDS = {
    "object": "an object",
    "array": "a list",
    "string": "text",
    "boolean": "true or false",
    "integer": "an integer",
    "number": "a number",
    "null": "null",
}


_HINTED = frozenset({"enum", "const", "pattern", "format"})
"""The keywords whose findings say what the value was probably meant to be."""


def to_finding(violation: Violation) -> Finding:
    """The finding that reports one violation."""
    path = pointer(*violation.path)
    field = describe_path(path)
    field = field[:1].upper() + field[1:]
    keyword, value, detail = violation.keyword, violation.value, violation.detail
    code = _CODES.get(keyword, "schema-constraint")
    found = _shown(value)
    if keyword in _HINTED:
        hint = _hint(keyword, value, detail)
        message = did_you_mean.with_hint(_hinted_message(keyword, field, detail, found), hint)
        return make_finding(code, path, message, expected=detail, found=found, hint=hint)
    if keyword == "required":
        return make_finding(code, path, f"{field} is required but missing.")
    if keyword == "additionalProperties":
        return make_finding(code, path, f"{field} is not a field of this structure.", found=found)
    if keyword == "type":
        wanted = " or ".join(_TYPE_WORDS.get(name, name) for name in detail)
        message = f"{field} must be {wanted}; found {_JSON_TYPES.get(type(value), 'a value')}."
        return make_finding(code, path, message, expected=detail, found=found)
    if keyword in {"minLength", "minItems", "minProperties"}:
        return make_finding(code, path, f"{field} must not be empty.", found=found)
    if keyword in {"minimum", "maximum"}:
        side = "at least" if keyword == "minimum" else "at most"
        message = f"{field} must be {side} {detail}; found {found!r}."
        return make_finding(code, path, message, expected=detail, found=found)
    return make_finding(code, path, f"{field} breaks a schema constraint ({keyword}).", found=found)


def _hinted_message(keyword: str, field: str, detail: Any, found: Any) -> str:
    """The message of a violation of one of the :data:`_HINTED` keywords, before its hint."""
    if keyword == "enum":
        choices = ", ".join(str(option) for option in detail)
        return f"{field} must be one of: {choices}; found {found!r}."
    if keyword == "const":
        return f"{field} must be {detail!r}; found {found!r}."
    if keyword == "pattern":
        return f"{field} does not have the required form {detail}; found {found!r}."
    return f"{field} must be a real date written YYYY-MM-DD; found {found!r}."


def _hint(keyword: str, value: Any, detail: Any) -> str | None:
    """What the value was probably meant to be: a code, or a date's ISO form."""
    if keyword == "enum":
        return did_you_mean.hint(value, allowed=detail)
    if keyword == "const":
        return did_you_mean.hint(value, allowed=[detail])
    if keyword == "pattern":
        return did_you_mean.hint(value)
    return did_you_mean.date_hint(value)


def _shown(value: Any) -> Any:
    """The found value as reported: scalars as they are, containers by their kind."""
    if isinstance(value, dict | list):
        return _JSON_TYPES[type(value)]
    return value
