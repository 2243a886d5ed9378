"""JSON Schema validation by two engines that must agree: fast (jsonschema-rs) and reference.

The reference engine is the ``jsonschema`` package, the specification's reference
implementation. The fast engine gives the same findings about a hundred times
faster. Both resolve references only through :mod:`inspection_schema.spec.registry`,
so neither can fetch anything over the network. Both report schema violations as
the same neutral records, which :mod:`inspection_schema.validate.schema_findings` turns into
findings.

Where the two libraries differ, this module makes them agree:

- the ``date`` format is one check for both: ``YYYY-MM-DD`` naming a real day of the
  proleptic Gregorian calendar from year 1 (:func:`is_date`, the reference engine's check).
  jsonschema-rs's own check also accepts the year 0000, so the fast engine's schema adds a
  pattern refusing it (:mod:`~inspection_schema.validate.fast_validator`), whose failure is
  reported as the format's;
- a document nested deeper than the schema looks is checked as cut down to the schema's
  reach (:mod:`inspection_schema.validate.schema_reach`), which gives the same findings and
  spares both engines their recursion limits;
- jsonschema-rs leaves an empty key (``""``) out of the paths it reports, so a failing
  document whose errors' paths pass an object holding one is checked by the reference
  engine.
"""

from __future__ import annotations

import datetime
import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from functools import cache
from typing import Any, Literal

from inspection_schema.spec.registry import registry
from inspection_schema.spec.versions import load_schema
from inspection_schema.validate.fast_validator import NOT_YEAR_ZERO, fast_validator
from inspection_schema.validate.schema_reach import schema_reach, within_reach

Engine = Literal["fast", "reference"]
ENGINES: tuple[Engine, ...] = ("fast", "reference")


@dataclass(frozen=True, slots=True)
class Violation:
    """One schema keyword that a value fails, with the data needed to explain it."""

    keyword: str
    path: tuple[str | int, ...]
    value: Any
    detail: Any = None


_FAST_KEYWORDS = {
    "Required": "required",
    "AdditionalProperties": "additionalProperties",
    "Enum": "enum",
    "Constant": "const",
    "Type": "type",
    "Pattern": "pattern",
    "Format": "format",
    "MinLength": "minLength",
    "Minimum": "minimum",
    "Maximum": "maximum",
    "MinItems": "minItems",
    "MinProperties": "minProperties",
}

# The attribute of a jsonschema-rs error kind that holds the keyword's value.
_FAST_DETAIL = {
    "enum": "options",
    "const": "expected_value",
    "type": "types",
    "pattern": "pattern",
    "format": "format",
    "minLength": "limit",
    "minimum": "limit",
    "maximum": "limit",
    "minItems": "limit",
    "minProperties": "limit",
}


_DATE = re.compile(r"[0-9]{4}-[0-9]{2}-[0-9]{2}")


def is_date(value: str) -> bool:
    """The ``date`` format of both engines: ``YYYY-MM-DD``, a real day from year 1 on."""
    if not _DATE.fullmatch(value):
        return False
    try:
        datetime.date.fromisoformat(value)
    except ValueError:
        return False
    return True


@cache
def _reach(version: str) -> int | None:
    return schema_reach(load_schema(version))


@cache
def _reference_validator(version: str) -> Any:
    from jsonschema import Draft202012Validator, FormatChecker, validators

    # JSON Schema patterns are ECMA-262 regular expressions, in which '$' matches only at
    # the very end of the text; in Python's re it also matches before a final line break.
    extend: Callable[..., Any] = validators.extend  # jsonschema leaves it unannotated
    checker = extend(Draft202012Validator, {"pattern": _ecma_pattern})
    formats = FormatChecker(Draft202012Validator.FORMAT_CHECKER.checkers)
    formats.checks("date")(lambda value: not isinstance(value, str) or is_date(value))
    return checker(load_schema(version), registry=registry(), format_checker=formats)


def _ecma_pattern(validator: Any, pattern: str, instance: Any, _schema: Any) -> Iterator[Any]:
    from jsonschema import ValidationError

    if validator.is_type(instance, "string") and not _ecma_regex(pattern).search(instance):
        yield ValidationError(f"{instance!r} does not match {pattern!r}")


@cache
def _ecma_regex(pattern: str) -> re.Pattern[str]:
    """A Python regex in which an unescaped final '$' matches only at the end of the text."""
    if pattern.endswith("$") and not pattern.endswith("\\$"):
        pattern = pattern[:-1] + r"\Z"
    return re.compile(pattern)


def violations(document: Any, version: str, engine: Engine = "fast") -> Iterator[Violation]:
    """Every schema violation in ``document`` under schema ``version``."""
    return iter(schema_violations(document, version, engine))


def schema_violations(document: Any, version: str, engine: Engine = "fast") -> list[Violation]:
    """Every schema violation in ``document`` under schema ``version``, as a list."""
    if engine == "fast":
        return _fast_violations(document, version)
    if engine == "reference":
        return list(_reference_violations(document, version))
    raise ValueError(f"unknown engine {engine!r} (choose from {', '.join(ENGINES)})")


def _fast_errors(document: Any, version: str) -> tuple[Any, list[Any]]:
    """The document as checked, and jsonschema-rs's errors for it."""
    validator = fast_validator(version)
    try:
        return document, list(validator.iter_errors(document))
    except ValueError:  # "Recursion limit reached": nested deeper than jsonschema-rs goes
        reach = _reach(version)
        if reach is None:
            raise
        document = within_reach(document, reach)
        return document, list(validator.iter_errors(document))


def _fast_violations(document: Any, version: str) -> list[Violation]:
    """The fast engine's violations: none for a document its validator passes (most of
    them), else those of its errors."""
    try:
        if fast_validator(version).is_valid(document):
            return []
    except ValueError:  # nested deeper than jsonschema-rs goes: _fast_errors cuts it down
        pass
    document, errors = _fast_errors(document, version)
    if _passes_an_empty_key(document, errors):
        return list(_reference_violations(document, version))
    found: list[Violation] = []
    for error in errors:
        found.extend(_from_fast_error(error))
    return _without_repeated_dates(found)


def _from_fast_error(error: Any) -> Iterator[Violation]:
    kind = error.kind
    keyword = _FAST_KEYWORDS.get(type(kind).__name__, "other")
    path = tuple(error.instance_path)
    if keyword == "required":
        yield Violation(keyword, (*path, kind.property), None)
    elif keyword == "additionalProperties":
        for name in kind.unexpected:
            yield Violation(keyword, (*path, name), error.instance[name])
    elif keyword == "pattern" and kind.pattern == NOT_YEAR_ZERO:
        yield Violation("format", path, error.instance, "date")  # the year 0000
    else:
        attribute = _FAST_DETAIL.get(keyword)
        detail = getattr(kind, attribute) if attribute else None
        if isinstance(detail, list | tuple):
            detail = list(detail)
        yield Violation(keyword, path, error.instance, detail)


def _without_repeated_dates(found: list[Violation]) -> list[Violation]:
    """The violations, each date reported once: text such as ``00`` fails both the ``date``
    format and the pattern that refuses the year 0000, one violation of ``date``."""
    seen: set[tuple[str | int, ...]] = set()
    kept = []
    for violation in found:
        if violation.keyword == "format" and violation.detail == "date":
            if violation.path in seen:
                continue
            seen.add(violation.path)
        kept.append(violation)
    return kept


def _passes_an_empty_key(document: Any, errors: list[Any]) -> bool:
    """Whether an error's value is in, or is, an object with the key ``""``.

    jsonschema-rs leaves an empty key out of the paths it reports. Walking down each
    reported path, the first object whose ``""`` member the true path went through is met
    before the path goes wrong, so an error whose walk meets no such object has its true
    path. The walk looks only at the objects on the errors' paths, not the whole document.
    """
    for error in errors:
        node = document
        for part in error.instance_path:
            if isinstance(node, dict):
                if "" in node:
                    return True
                node = node.get(part)
            elif isinstance(node, list) and isinstance(part, int) and 0 <= part < len(node):
                node = node[part]
            else:
                break
        else:
            if isinstance(node, dict) and "" in node:
                return True
    return False


def _reference_violations(document: Any, version: str) -> Iterator[Violation]:
    reach = _reach(version)
    if reach is not None:
        document = within_reach(document, reach)
    for error in _reference_validator(version).iter_errors(document):
        keyword = error.validator if error.validator in _REFERENCE_KEYWORDS else "other"
        path = tuple(error.absolute_path)
        if keyword == "required":
            for name in error.validator_value:
                if isinstance(error.instance, dict) and name not in error.instance:
                    yield Violation(keyword, (*path, name), None)
        elif keyword == "additionalProperties":
            known = error.schema.get("properties", {})
            for name in error.instance:
                if name not in known:
                    yield Violation(keyword, (*path, name), error.instance[name])
        else:
            detail = error.validator_value
            if keyword == "type":
                detail = [detail] if isinstance(detail, str) else list(detail)
            yield Violation(keyword, path, error.instance, detail)


_REFERENCE_KEYWORDS = frozenset(_FAST_KEYWORDS.values())
