"""Test configuration: Hypothesis profiles and the fixtures every folder shares.

``ci`` (the default) keeps the whole suite fast and repeatable (derandomised); ``thorough``
runs ten thousand examples per property for deep runs. Choose one with
``INSPECTION_SCHEMA_PROFILE=thorough`` (or Hypothesis's own ``HYPOTHESIS_PROFILE``)::

    INSPECTION_SCHEMA_PROFILE=thorough pytest tests/properties

Paths and helpers live in :mod:`tests.support`.
"""

from __future__ import annotations

import os
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, settings

from tests.support import REAL_PDFS, load_example, report_text

settings.register_profile(
    "ci",
    max_examples=30,
    deadline=None,
    derandomize=True,
    suppress_health_check=[HealthCheck.too_slow],
    print_blob=True,
)
settings.register_profile(
    "thorough",
    max_examples=10_000,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow],
    print_blob=True,
)
settings.load_profile(
    os.environ.get("INSPECTION_SCHEMA_PROFILE") or os.environ.get("HYPOTHESIS_PROFILE") or "ci"
)


@pytest.fixture
def full_report() -> dict[str, Any]:
    """A fresh copy of a real full report with a history, requirements and a recommendation."""
    return load_example("2515609-full-2021-10-12")


@pytest.fixture(scope="session")
def load_report() -> Callable[[str], str]:
    """``load_report(name)``: the text of a real report in ``examples/reports/``."""
    return report_text


@pytest.fixture(scope="session")
def real_pdfs() -> list[Path]:
    """The real Word-made Ofsted PDFs (focused-visit letters) in ``tests/data/real-pdfs/``."""
    found = sorted(REAL_PDFS.glob("*.pdf"))
    assert found, f"no PDFs in {REAL_PDFS}"
    return found
