"""Rendering a generated report and extracting it again gives the same report.

Through text and through PDF. Provenance is set aside: an extractor writes its own. The
reports declare schema 1.0: the fields 1.1 added (event number, publication date, a secure
home's education and health judgements) are not printed in a report's text.
"""

from __future__ import annotations

import attrs
from hypothesis import given

from inspection_schema.extract import api as extract_api
from inspection_schema.model import Report
from inspection_schema.testing import rendering, strategies


def _without_provenance(report: Report) -> Report:
    return attrs.evolve(report, provenance=None)


@given(report=strategies.reports(schema_version="1.0"))
def test_render_text_then_extract_is_identity(report: Report) -> None:
    text = rendering.render_text(report)
    extracted = extract_api.extract_text(text)
    assert _without_provenance(extracted) == _without_provenance(report)


@given(report=strategies.reports(schema_version="1.0"))
def test_render_pdf_then_extract_is_identity(report: Report) -> None:
    data = rendering.render_pdf_bytes(report)
    extracted = extract_api.extract_pdf_bytes(data)
    assert _without_provenance(extracted) == _without_provenance(report)
