"""The rule registry: each rule's catalogue code and check, and which documents it checks.

Private to the rules package: a rule module registers its checks with :func:`rule`, and
:func:`inspection_schema.rules.run_rules` runs them.

A check takes the document's :class:`~inspection_schema.rules.context.DocumentContext` and
returns its findings: usually none (:data:`NO_FINDINGS`), so a check builds a finding only
when the document fails it.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

from inspection_schema.rules.context import DocumentContext
from inspection_schema.spec import versions
from inspection_schema.spec.finding_catalogue import entry
from inspection_schema.validate.findings import Finding

Findings = Sequence[Finding]
Check = Callable[[DocumentContext], Findings]

#: What a check returns when the document passes it.
NO_FINDINGS: Findings = ()


@dataclass(frozen=True)
class Rule:
    """One semantic rule: its catalogue code and its check."""

    code: str
    check: Check

    @property
    def severity(self) -> str:
        """``"error"`` or ``"warning"``, from the catalogue."""
        return str(entry(self.code)["severity"])

    @property
    def since(self) -> str:
        """The schema version in which the rule appeared."""
        return str(entry(self.code)["since"])


RULES: dict[str, Rule] = {}


def applies_to(rule: Rule, declared: Any) -> bool:
    """Whether ``rule`` checks a document that declares schema version ``declared``.

    A rule checks documents declaring its ``since`` version or later. A declaration that
    is missing or not a version (which the schema reports) gets every rule.
    """
    declared_key = versions.parse(declared)
    since_key = versions.parse(rule.since)
    return declared_key is None or since_key is None or declared_key >= since_key


def rule(code: str) -> Callable[[Check], Check]:
    """Register a check under a catalogue code (the code must be catalogued)."""
    entry(code)

    def register(check: Check) -> Check:
        if code in RULES:
            raise ValueError(f"rule {code} registered twice")
        RULES[code] = Rule(code, check)
        return check

    return register
