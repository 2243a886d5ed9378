"""The regulation catalogue (``schemas/regulations.json``).

Regulation numbers, quality standards and the letters of each paragraph.
"""

from __future__ import annotations

from collections.abc import Mapping
from functools import cache
from typing import Any

from inspection_schema.spec.resources import load_json


def catalogue() -> dict[str, Any]:
    """The whole catalogue, as data."""
    return load_json("regulations.json")  # type: ignore[no-any-return]


@cache
def regulation_range() -> tuple[int, int]:
    """The lowest and highest regulation numbers."""
    numbers = [item["number"] for item in catalogue()["regulations"]]
    return min(numbers), max(numbers)


@cache
def quality_standards() -> dict[int, str]:
    """Regulation number → 'The <name> standard', for the quality standards (regulations 6–14)."""
    return {
        item["number"]: item["quality_standard"]
        for item in catalogue()["regulations"]
        if "quality_standard" in item
    }


@cache
def paragraph_letters() -> Mapping[str, Mapping[str, str]]:
    """The letters each paragraph is known to have: ``{"13": {"2": "abcdefgh"}}``."""
    table = catalogue().get("paragraph_letters", {})
    return table if isinstance(table, dict) else {}
