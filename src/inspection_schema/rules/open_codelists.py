"""The rule for open codelists: a well-formed code the codelist does not list is a warning.

A field is checked in documents that declare a schema version that has it (``sector`` and
the home facts' ``last_visit.kind``, since 1.2): in an earlier version the schema does not
have the field, and reports it. Which version first has a field is read from the shipped
schemas.
"""

from __future__ import annotations

from functools import cache, lru_cache
from typing import Any

from inspection_schema.rules._registry import Findings, rule
from inspection_schema.rules.context import DocumentContext
from inspection_schema.rules.json_access import is_code
from inspection_schema.spec.codelists import codelist
from inspection_schema.spec.versions import load_schema, parse, supported_versions
from inspection_schema.validate.findings import Finding, make_finding, pointer

# The open-codelist fields outside the history: (path from the top level, codelist name).
_FIELDS: tuple[tuple[tuple[str, ...], str], ...] = (
    (("framework",), "framework"),
    (("provision_type",), "provision-type"),
    (("sector",), "sector"),
    (("home_facts", "last_visit", "kind"), "inspection-type"),
)


@cache
def _codes(name: str) -> frozenset[str]:
    return codelist(name).codes


@cache
def _first_version(member: str) -> tuple[int, int] | None:
    """The first shipped schema version in which a report has the top-level ``member``."""
    for version in supported_versions():
        definitions = load_schema(version)["$defs"].values()
        if any(member in definition.get("properties", ()) for definition in definitions):
            return parse(version)
    return None


@lru_cache(maxsize=64)  # keyed by what documents declare: bounded
def _declares_a_version_with(declared: str | None, member: str) -> bool:
    """Whether a document declaring ``declared`` may have the top-level ``member`` (yes, if
    the declaration is not a version, or no shipped version has the member)."""
    version = parse(declared)
    first = _first_version(member)
    return version is None or first is None or version >= first


def _declared(document: DocumentContext) -> str | None:
    """The schema version a document declares, if it is text."""
    declared = document.get("schema_version")
    return declared if isinstance(declared, str) else None


def _value_at(document: DocumentContext, path: tuple[str, ...]) -> Any:
    """The value at a path of object members (None where an object is missing)."""
    value = document.get(path[0])
    for member in path[1:]:
        value = value.get(member) if isinstance(value, dict) else None
    return value


def _finding(path: tuple[str | int, ...], value: Any, name: str) -> Finding:
    return make_finding(
        "code-not-in-codelist",
        pointer(*path),
        f"{value!r} is not in the {name} codelist; known codes: {', '.join(sorted(_codes(name)))}.",
        found=value,
    )


@cache
def _checked() -> tuple[tuple[tuple[str, ...], str, frozenset[str]], ...]:
    """Each field of :data:`_FIELDS` with the codes its codelist lists."""
    return tuple((path, name, _codes(name)) for path, name in _FIELDS)


@cache
def _history_codes() -> tuple[frozenset[str], frozenset[str]]:
    """The codes a history row's ``inspection_type`` and ``judgement`` (and the previous
    inspection's judgement) are read against."""
    return _codes("inspection-type"), _codes("outcome")


@rule("code-not-in-codelist")
def codes_are_listed(document: DocumentContext) -> Findings:
    # Most values are listed codes: the schema version is looked at only for one that is not.
    get = document.get
    found: list[Finding] = []
    for path, name, codes in _checked():
        # A top-level field is read directly; a nested one by its path.
        value = get(path[0]) if len(path) == 1 else _value_at(document, path)
        if (
            isinstance(value, str)
            and value not in codes
            and is_code(value)
            and _declares_a_version_with(_declared(document), path[0])
        ):
            found.append(_finding(path, value, name))
    types, outcomes = _history_codes()
    judgement = document.last_inspection.get("overall_judgement")
    if isinstance(judgement, str) and judgement not in outcomes and is_code(judgement):
        found.append(_finding(("last_inspection", "overall_judgement"), judgement, "outcome"))
    for index, _day, kind, judgement in document.history:
        # Most rows hold listed codes: the membership tests spare them the rest.
        if isinstance(kind, str) and kind not in types and is_code(kind):
            place = ("inspection_history", index, "inspection_type")
            found.append(_finding(place, kind, "inspection-type"))
        if isinstance(judgement, str) and judgement not in outcomes and is_code(judgement):
            found.append(_finding(("inspection_history", index, "judgement"), judgement, "outcome"))
    return found
