"""Rendering a generated report and extracting it again gives the same report.

Through text and through PDF, for reports of every schema version, each extracted as the
version it declares. Set aside: provenance (an extractor writes its own) and the fields that
Ofsted's data gives rather than the report's text (the event number and publication date,
since 1.1; the sector, since 1.2). A report's home facts (1.2) are read from the
'Information about this children's home' paragraphs, which the strategies write to state
them.
"""

from __future__ import annotations

from typing import Any

import attrs
from hypothesis import given

from inspection_schema.extract import api as extract_api
from inspection_schema.model import Report
from inspection_schema.testing import rendering, strategies

NOT_PRINTED = ("provenance", "event_number", "publication_date", "sector")
"""Fields a report's text does not print."""


def _printed(report: Report) -> Report:
    unprinted: dict[str, Any] = dict.fromkeys(NOT_PRINTED)
    return attrs.evolve(report, **unprinted)


@given(report=strategies.reports())
def test_render_text_then_extract_is_identity(report: Report) -> None:
    text = rendering.render_text(report)
    extracted = extract_api.extract_text(text, schema_version=report.schema_version)
    assert _printed(extracted) == _printed(report)


@given(report=strategies.reports())
def test_render_pdf_then_extract_is_identity(report: Report) -> None:
    data = rendering.render_pdf_bytes(report)
    extracted = extract_api.extract_pdf_bytes(data, schema_version=report.schema_version)
    assert _printed(extracted) == _printed(report)
