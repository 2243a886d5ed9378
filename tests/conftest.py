"""Test configuration: Hypothesis profiles.

``ci`` (the default) keeps the whole suite fast and repeatable (derandomised); ``thorough``
runs ten thousand examples per property for deep runs. Choose one with
``INSPECTION_SCHEMA_PROFILE=thorough`` (or Hypothesis's own ``HYPOTHESIS_PROFILE``)::

    INSPECTION_SCHEMA_PROFILE=thorough pytest tests/properties
"""

from __future__ import annotations

import os

from hypothesis import HealthCheck, settings

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
