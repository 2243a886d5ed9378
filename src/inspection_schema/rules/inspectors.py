"""Rules on the inspectors named in a report."""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from typing import Any

from inspection_schema.rules._registry import rule
from inspection_schema.rules.json_access import as_dict, as_list, is_code
from inspection_schema.spec.codelists import codelist
from inspection_schema.validate.findings import Finding, make_finding, pointer


@rule("inspector-missing")
def names_an_inspector(document: Mapping[str, Any]) -> Iterator[Finding]:
    if document.get("inspectors") == []:
        yield make_finding("inspector-missing", "/inspectors", "The report names no inspector.")


@rule("inspector-role-unknown")
def role_is_known(document: Mapping[str, Any]) -> Iterator[Finding]:
    roles = codelist("inspector-role")
    for index, inspector in enumerate(as_list(document.get("inspectors"))):
        role = as_dict(inspector).get("role")
        if is_code(role) and role not in roles:
            yield make_finding(
                "inspector-role-unknown",
                pointer("inspectors", index, "role"),
                f"The role {role!r} is not in the inspector-role codelist "
                f"({', '.join(sorted(roles.codes))}).",
                found=role,
            )
