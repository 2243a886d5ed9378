"""Semantic rules: the checks JSON Schema cannot express.

Each rule is a small function registered under one catalogue code (see
``schemas/rules.json``). It reads the document as plain JSON data, checks only
values of the expected type (the schema reports the rest), and yields findings.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from typing import Any

from inspection_schema.findings import Finding
from inspection_schema.rules import (  # noqa: F401  (importing registers the rules)
    codes,
    dates,
    history,
    inspectors,
    judgements,
    recommendations,
    requirements,
)
from inspection_schema.rules.registry import RULES, Rule


def run_rules(document: Any) -> Iterator[Finding]:
    """Findings of every rule on one document."""
    if not isinstance(document, Mapping):
        return
    for rule in RULES.values():
        yield from rule.check(document)


__all__ = ["RULES", "Rule", "run_rules"]
