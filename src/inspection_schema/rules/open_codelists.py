"""The rule for open codelists: a well-formed code the codelist does not list is a warning."""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from typing import Any

from inspection_schema.rules._registry import rule
from inspection_schema.rules.json_access import as_dict, as_list, is_code
from inspection_schema.spec.codelists import codelist
from inspection_schema.validate.findings import Finding, make_finding, pointer


def _coded_values(document: Mapping[str, Any]) -> Iterator[tuple[tuple[str | int, ...], Any, str]]:
    """Every value held in an open-codelist field: (path, value, codelist name)."""
    yield ("framework",), document.get("framework"), "framework"
    yield ("provision_type",), document.get("provision_type"), "provision-type"
    last = as_dict(document.get("last_inspection"))
    yield ("last_inspection", "overall_judgement"), last.get("overall_judgement"), "outcome"
    for index, item in enumerate(as_list(document.get("inspection_history"))):
        row = as_dict(item)
        yield (
            ("inspection_history", index, "inspection_type"),
            row.get("inspection_type"),
            "inspection-type",
        )
        yield ("inspection_history", index, "judgement"), row.get("judgement"), "outcome"


@rule("code-not-in-codelist")
def codes_are_listed(document: Mapping[str, Any]) -> Iterator[Finding]:
    for path, value, name in _coded_values(document):
        listed = codelist(name)
        if is_code(value) and value not in listed:
            yield make_finding(
                "code-not-in-codelist",
                pointer(*path),
                f"{value!r} is not in the {name} codelist; "
                f"known codes: {', '.join(sorted(listed.codes))}.",
                found=value,
            )
