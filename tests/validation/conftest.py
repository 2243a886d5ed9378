"""Fixtures for the validator's tests: the repository and the examples."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

REPO = Path(__file__).resolve().parents[2]
EXAMPLES = sorted((REPO / "examples").glob("*.json"))


def load_example(name: str) -> dict[str, Any]:
    document: dict[str, Any] = json.loads((REPO / "examples" / name).read_text(encoding="utf-8"))
    return document


@pytest.fixture
def full_report() -> dict[str, Any]:
    """A fresh copy of a real full report with a history, requirements and a recommendation."""
    return load_example("2515609-full-2021-10-12.json")
