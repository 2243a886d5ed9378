"""The reference extractor: a report's text or PDF to a canonical instance.

Stages, one module each: ``pdf`` (a package: PDF pages to text), ``normalise`` (text to clean
blocks, page furniture removed), ``sections`` (blocks to sections), the field parsers
(``header``, ``dates``, ``judgements``, ``history``, ``requirements``, ``recommendations``,
``details``), ``kinds`` (the report kind), ``build`` (sections to a report, driven by a
table of fields), ``provenance``, ``schema_check`` (the instance against the schema) and
``api``. ``refusals`` holds every way extraction can stop, one base class per outcome
(unreadable, refused, failed); ``batch`` runs many inputs and counts the outcomes.
"""

from inspection_schema.extract.api import (
    extract_instance,
    extract_path,
    extract_pdf_bytes,
    extract_text,
)
from inspection_schema.extract.refusals import (
    DamagedPdf,
    EmptyInput,
    EncryptedPdf,
    ExtractionError,
    ExtractorFault,
    Failed,
    IncompleteReport,
    NoPages,
    NotAnInspectionReport,
    NotAReportFile,
    NoTextLayer,
    Refused,
    Unreadable,
    UnreadableInput,
    UnsupportedLayout,
)

__all__ = [
    "DamagedPdf",
    "EmptyInput",
    "EncryptedPdf",
    "ExtractionError",
    "ExtractorFault",
    "Failed",
    "IncompleteReport",
    "NoPages",
    "NoTextLayer",
    "NotAReportFile",
    "NotAnInspectionReport",
    "Refused",
    "Unreadable",
    "UnreadableInput",
    "UnsupportedLayout",
    "extract_instance",
    "extract_path",
    "extract_pdf_bytes",
    "extract_text",
]
