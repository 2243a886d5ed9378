"""Everything the corpus generator takes from the inspection_schema package, in one place.

The rest of the generator imports these names from here, so a module that moves inside
the package changes one import line below and nothing else.
"""

from __future__ import annotations

from inspection_schema.extract.api import extract_text
from inspection_schema.model import Report
from inspection_schema.model.converter import structure, unstructure
from inspection_schema.testing.rendering.layout import (
    REQUIREMENT_HEADER,
    Element,
    Heading,
    Lines,
    Para,
    Requirements,
    Rows,
    layout,
)
from inspection_schema.testing.strategies import reports

__all__ = [
    "REQUIREMENT_HEADER",
    "Element",
    "Heading",
    "Lines",
    "Para",
    "Report",
    "Requirements",
    "Rows",
    "extract_text",
    "layout",
    "reports",
    "structure",
    "unstructure",
]
