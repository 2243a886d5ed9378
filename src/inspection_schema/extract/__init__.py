"""The reference extractor: a report's text or PDF to a canonical instance.

Stages, one module each: ``pdf_text`` (PDF pages to text), ``normalise`` (text to
clean blocks), ``sections`` (blocks to sections), the field parsers (``header``,
``dates``, ``judgements``, ``history``, ``requirements``, ``recommendations``,
``details``), ``kinds`` (the report kind), ``refusal`` (documents that are not
reports), ``build`` (sections to a report), ``provenance``, ``validate`` and ``api``.
"""

from inspection_schema.extract.api import extract_path, extract_pdf_bytes, extract_text
from inspection_schema.extract.errors import (
    DamagedPdf,
    EmptyInput,
    EncryptedPdf,
    ExtractionError,
    IncompleteReport,
    NoPages,
    NotAnInspectionReport,
    NoTextLayer,
    UnreadableInput,
    UnsupportedLayout,
)

__all__ = [
    "DamagedPdf",
    "EmptyInput",
    "EncryptedPdf",
    "ExtractionError",
    "IncompleteReport",
    "NoPages",
    "NoTextLayer",
    "NotAnInspectionReport",
    "UnreadableInput",
    "UnsupportedLayout",
    "extract_path",
    "extract_pdf_bytes",
    "extract_text",
]
