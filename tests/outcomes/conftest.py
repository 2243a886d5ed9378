"""Fixtures for the outcome reader's tests: crafted files and Ofsted's own, in the repository."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from inspection_schema.outcomes import OutcomeIndex, load_outcomes

REPO = Path(__file__).resolve().parents[2]
OFSTED = REPO / "data" / "ofsted-outcomes"
CRAFTED = Path(__file__).resolve().parent / "data"

Write = Callable[..., Path]


@pytest.fixture
def write(tmp_path: Path) -> Write:
    """Write a file from lines of text (or bytes) and give its path."""

    def _write(name: str, content: str | bytes, encoding: str = "utf-8") -> Path:
        path = tmp_path / name
        path.write_bytes(content if isinstance(content, bytes) else content.encode(encoding))
        return path

    return _write


@pytest.fixture(scope="session")
def ofsted() -> OutcomeIndex:
    """Every event of every outcome file in the repository, read once."""
    return load_outcomes(OFSTED)
