"""The rule for open codelists: a well-formed code the codelist does not list is a warning."""

from __future__ import annotations

from functools import cache
from typing import Any

from inspection_schema.rules._registry import Findings, rule
from inspection_schema.rules.context import DocumentContext
from inspection_schema.rules.json_access import is_code
from inspection_schema.spec.codelists import codelist
from inspection_schema.validate.findings import Finding, make_finding, pointer

# The open-codelist fields at the top level: (field, codelist name).
_FIELDS = (("framework", "framework"), ("provision_type", "provision-type"))


@cache
def _codes(name: str) -> frozenset[str]:
    return codelist(name).codes


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
    found = [
        _finding((field,), value, name)
        for field, name in _FIELDS
        if _unlisted(value := document.get(field), name)
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
