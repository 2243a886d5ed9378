"""Shared helpers for the versioning tests: the repository, the examples, and documents."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parents[2]
SHARED = REPO.parent / "shared"
EXAMPLES = sorted((REPO / "examples").glob("*.json"))


def load_example(path: Path) -> dict[str, Any]:
    return json.loads(path.read_text(encoding="utf-8"))


def secure_home_1_1(**judgements: str) -> dict[str, Any]:
    """A real full report turned into a 1.1 secure children's home, with the given extra grades."""
    document = load_example(EXAMPLES[0])
    document["schema_version"] = "1.1"
    document["provision_type"] = "secure_childrens_home"
    document["judgements"] = {**document["judgements"], **judgements}
    return document
