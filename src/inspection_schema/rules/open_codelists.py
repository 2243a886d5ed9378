"""The rule for open codelists: a well-formed code the codelist does not list is a warning.

A field whose codelist's codes all came with one schema version (``sector``, since 1.2) is
checked in documents that declare that version or later: in an earlier version the schema
does not have the field, and reports it.
"""

from __future__ import annotations

from functools import cache, lru_cache
from typing import Any

from inspection_schema.rules._registry import Findings, rule
from inspection_schema.rules.context import DocumentContext
from inspection_schema.rules.json_access import is_code
from inspection_schema.spec.codelists import codelist
from inspection_schema.spec.versions import parse
from inspection_schema.validate.findings import Finding, make_finding, pointer

# The open-codelist fields at the top level: (field, codelist name).
_FIELDS = (
    ("framework", "framework"),
    ("provision_type", "provision-type"),
    ("sector", "sector"),
)


@cache
def _codes(name: str) -> frozenset[str]:
    return codelist(name).codes


@cache
def _first_version(name: str) -> tuple[int, int] | None:
    """The first schema version any code of the codelist belongs to."""
    found = [parse(entry["since"]) for entry in codelist(name).entries]
    return min((version for version in found if version is not None), default=None)


@lru_cache(maxsize=64)  # keyed by what documents declare: bounded
def _fields_for(declared: Any) -> tuple[tuple[str, str, frozenset[str]], ...]:
    """The top-level fields checked in a document declaring ``declared`` (every field, if
    the declaration is not a version), each with its codelist's name and codes."""
    version = parse(declared)
    return tuple(
        (field, name, _codes(name))
        for field, name in _FIELDS
        if version is None or (first := _first_version(name)) is None or version >= first
    )


def _unlisted(value: Any, name: str) -> bool:
    """Whether a value is a well-formed code that the named codelist does not list."""
    return isinstance(value, str) and value not in _codes(name) and is_code(value)


def _finding(path: tuple[str | int, ...], value: Any, name: str) -> Finding:
    return make_finding(
        "code-not-in-codelist",
        pointer(*path),
        f"{value!r} is not in the {name} codelist; known codes: {', '.join(sorted(_codes(name)))}.",
        found=value,
    )


@rule("code-not-in-codelist")
def codes_are_listed(document: DocumentContext) -> Findings:
    declared = document.get("schema_version")
    found = [
        _finding((field,), value, name)
        for field, name, codes in _fields_for(declared if isinstance(declared, str) else None)
        if isinstance(value := document.get(field), str) and value not in codes and is_code(value)
    ]
    judgement = document.last_inspection.get("overall_judgement")
    if _unlisted(judgement, "outcome"):
        found.append(_finding(("last_inspection", "overall_judgement"), judgement, "outcome"))
    types, outcomes = _codes("inspection-type"), _codes("outcome")
    for index, _day, kind, judgement in document.history:
        # Most rows hold listed codes: the membership tests spare them the rest.
        if isinstance(kind, str) and kind not in types and is_code(kind):
            path = ("inspection_history", index, "inspection_type")
            found.append(_finding(path, kind, "inspection-type"))
        if isinstance(judgement, str) and judgement not in outcomes and is_code(judgement):
            found.append(_finding(("inspection_history", index, "judgement"), judgement, "outcome"))
    return found
