""" "Did you mean" hints: the code a value is Ofsted's wording for.

A document that holds ``"Good"`` where the schema wants the code ``"good"`` gets the hint
``good``: the value matches, loosely, a label or a known variant in exactly one code of the
codelists. Schema findings for ``enum``, ``const`` and ``pattern`` carry the hint, and their
message ends "Did you mean 'good'?".
"""

from __future__ import annotations

from typing import Any

from inspection_schema.spec.codelists import all_codelists

__all__ = ["hint", "suggest_code", "with_hint"]


def suggest_code(value: str) -> str | None:
    """The code that ``value`` is Ofsted's wording for, in any codelist, if exactly one matches."""
    matches = {code for listed in all_codelists() if (code := listed.code_for(value)) is not None}
    return matches.pop() if len(matches) == 1 else None


def hint(value: Any) -> str | None:
    """The suggested code for a wrong value, or ``None`` (also when the value is that code)."""
    if not isinstance(value, str):
        return None
    code = suggest_code(value)
    return code if code is not None and code != value else None


def with_hint(message: str, suggestion: str | None) -> str:
    """The message, followed by "Did you mean '<code>'?" when there is a suggestion."""
    return f"{message} Did you mean {suggestion!r}?" if suggestion else message
