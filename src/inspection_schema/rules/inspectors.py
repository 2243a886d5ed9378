"""Rules on the inspectors named in a report."""

from __future__ import annotations

from inspection_schema.rules._registry import NO_FINDINGS, Findings, rule
from inspection_schema.rules.context import DocumentContext
from inspection_schema.rules.json_access import as_list, is_code
from inspection_schema.spec.codelists import codelist
from inspection_schema.validate.findings import make_finding, pointer


@rule("inspector-missing")
def names_an_inspector(document: DocumentContext) -> Findings:
    if document.get("inspectors") != []:
        return NO_FINDINGS
    return [make_finding("inspector-missing", "/inspectors", "The report names no inspector.")]


@rule("inspector-role-unknown")
def role_is_known(document: DocumentContext) -> Findings:
    codes = codelist("inspector-role").codes
    return [
        make_finding(
            "inspector-role-unknown",
            pointer("inspectors", index, "role"),
            f"The role {role!r} is not in the inspector-role codelist "
            f"({', '.join(sorted(codes))}).",
            found=role,
        )
        for index, inspector in enumerate(as_list(document.get("inspectors")))
        if isinstance(inspector, dict)
        and isinstance(role := inspector.get("role"), str)
        and role not in codes
        and is_code(role)
    ]
