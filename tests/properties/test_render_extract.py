"""Rendering a generated report and extracting it again gives the same report.

Through text (every example) and through PDF (fewer examples: each PDF is built and read
back). Provenance is set aside: an extractor writes its own.
"""

from __future__ import annotations

import attrs
import pytest
from hypothesis import given, settings

from inspection_schema import strategies
from inspection_schema.model import Report

rendering = pytest.importorskip("inspection_schema.rendering")
extract_api = pytest.importorskip("inspection_schema.extract.api")


def _without_provenance(report: Report) -> Report:
    return attrs.evolve(report, provenance=None)


@given(report=strategies.reports())
def test_render_text_then_extract_is_identity(report: Report) -> None:
    text = rendering.render_text(report)
    extracted = extract_api.extract_text(text)
    assert _without_provenance(extracted) == _without_provenance(report)


@settings(max_examples=max(5, settings().max_examples // 20))
@given(report=strategies.reports())
def test_render_pdf_then_extract_is_identity(report: Report) -> None:
    pytest.importorskip("reportlab")
    data = rendering.render_pdf_bytes(report)
    extracted = extract_api.extract_pdf_bytes(data)
    assert _without_provenance(extracted) == _without_provenance(report)
