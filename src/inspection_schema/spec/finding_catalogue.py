"""The finding catalogue: every code validation can report, with its severity and meaning.

The catalogue is data (``schemas/rules.json``); rules and reporters read it, and the
reference documentation and conformance suite are built from it.
"""

from __future__ import annotations

from functools import cache
from typing import Any

from inspection_schema.spec.resources import load_json


@cache
def entries() -> dict[str, dict[str, Any]]:
    """Catalogue entries keyed by finding code, in catalogue order."""
    return {entry["code"]: entry for entry in load_json("rules.json")["findings"]}


def entry(code: str) -> dict[str, Any]:
    """The catalogue entry of one code; KeyError if the code is not catalogued."""
    return entries()[code]


def severity(code: str) -> str:
    """``"error"`` or ``"warning"``."""
    return str(entry(code)["severity"])


def rule_codes() -> list[str]:
    """Codes of the semantic rules (not the schema constraints)."""
    return [code for code, item in entries().items() if item["source"] == "rule"]
