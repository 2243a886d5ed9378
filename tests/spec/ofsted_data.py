"""Ofsted's provider-level outcome data, as the repository holds it, read once per test run."""

from __future__ import annotations

from functools import cache
from pathlib import Path

from inspection_schema.outcomes import OutcomeIndex, load_outcomes

OUTCOMES = Path(__file__).resolve().parents[2] / "data" / "ofsted-outcomes"


@cache
def ofsted_record() -> OutcomeIndex:
    """Every event of every outcome file in ``data/ofsted-outcomes``."""
    return load_outcomes(OUTCOMES)
