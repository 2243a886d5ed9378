"""Validation of one document: JSON Schema first, then the semantic rules.

>>> from inspection_schema.validation import validate
>>> findings = validate(document)            # the document's declared version
>>> findings = validate(document, "1.0")     # a pinned version
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from inspection_schema.findings import Finding, sort_findings
from inspection_schema.rules import run_rules
from inspection_schema.schema_engines import Engine, violations
from inspection_schema.schema_findings import to_finding
from inspection_schema.spec.versions import check_version, latest_version


def select_version(document: Any, override: str | None = None) -> str:
    """The schema version to validate against.

    ``override`` wins; otherwise the document's declared ``schema_version``; a
    document that declares none (or not as text) is checked against the newest
    version, which reports the missing declaration. A declared version this
    package does not ship raises :class:`~inspection_schema.spec.versions.UnknownSchemaVersion`.
    """
    if override is not None:
        return check_version(override)
    declared = document.get("schema_version") if isinstance(document, Mapping) else None
    if isinstance(declared, str):
        return check_version(declared)
    return latest_version()


def validate(
    document: Any, schema_version: str | None = None, engine: Engine = "fast"
) -> list[Finding]:
    """Every finding for one document, without repeats, ordered by pointer."""
    version = select_version(document, schema_version)
    findings = [to_finding(violation) for violation in violations(document, version, engine)]
    findings.extend(run_rules(document))
    return sort_findings(findings)


def is_valid(findings: list[Finding], *, warnings_as_errors: bool = False) -> bool:
    """Whether findings leave a document valid: no errors (and no warnings, if they count)."""
    return not any(f.is_error or warnings_as_errors for f in findings)
