"""Semantic rules: the checks JSON Schema cannot express.

Each rule is a small function registered under one catalogue code (see
``schemas/rules.json``). It reads the document as plain JSON data through the
document's :class:`~inspection_schema.rules.context.DocumentContext`, which works out
each shared part (dates, requirement rows, history rows) once for all the rules, checks
only values of the expected type (the schema reports the rest), and returns its
findings, building one only when the document fails the rule.

A rule catalogued ``"since": "1.1"`` checks only documents that declare schema version
1.1 or later: a document that declares 1.0 gets the same findings from every 1.x
release, whichever 1.x schema it is validated against.

One module per topic: ``inspection_dates`` (the inspection's own dates), ``judgements``,
``secure_homes``, ``history``, ``regulation_references``, ``due_dates``,
``recommendations``, ``inspectors`` and ``open_codelists``. They share ``context`` (the
document as the rules read it), ``json_access`` (reading JSON values safely) and
``date_arithmetic``; ``_registry`` holds the registry.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from functools import lru_cache
from typing import Any

from inspection_schema.rules import (  # noqa: F401  (importing registers the rules)
    due_dates,
    history,
    inspection_dates,
    inspectors,
    judgements,
    open_codelists,
    recommendations,
    regulation_references,
    secure_homes,
)
from inspection_schema.rules._registry import RULES, Check, Rule, applies_to
from inspection_schema.rules.context import DocumentContext
from inspection_schema.validate.findings import Finding


@lru_cache(maxsize=64)
def _checks_for(declared: str | None) -> tuple[Check, ...]:
    return tuple(rule.check for rule in RULES.values() if applies_to(rule, declared))


def rule_findings(document: Any) -> list[Finding]:
    """Findings of every rule that applies to the document's declared schema version."""
    if type(document) is not dict and not isinstance(document, Mapping):  # dict: no ABC check
        return []
    declared = document.get("schema_version")
    context = DocumentContext(document)
    found: list[Finding] = []
    # A plain loop: a call from Python code to a check costs less than one from ``map``.
    for check in _checks_for(declared if isinstance(declared, str) else None):
        if findings := check(context):  # most checks find nothing
            found += findings
    return found


def run_rules(document: Any) -> Iterator[Finding]:
    """Findings of every rule that applies to the document's declared schema version."""
    return iter(rule_findings(document))


__all__ = ["RULES", "DocumentContext", "Rule", "applies_to", "rule_findings", "run_rules"]
