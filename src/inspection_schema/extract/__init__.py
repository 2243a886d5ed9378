"""The reference extractor: a report's text or PDF to a canonical instance.

Stages, one module each: ``pdf`` (a package: PDF pages to text), ``normalise`` (text to clean
blocks, page furniture removed), ``sections`` (blocks to sections), the field parsers
(``header``, ``dates``, ``judgements``, ``history``, ``requirements``, ``recommendations``,
``details``), ``kinds`` (the report kind), ``build`` (sections to a report, driven by a
table of fields), ``provenance``, ``schema_check`` (the instance against the schema) and
``api``. ``refusals`` holds every way extraction can stop, one base class per outcome
(unreadable, refused, failed); ``batch`` runs many inputs and counts the outcomes.

The entry points are loaded from ``api`` on first use, so that a program importing one
light module of this package (``input_file``'s size limit, ``refusals``) does not load the
whole extractor with it.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

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
    TooLarge,
    Unreadable,
    UnreadableInput,
    UnsupportedLayout,
)

if TYPE_CHECKING:
    from inspection_schema.extract.api import (
        extract_instance,
        extract_path,
        extract_pdf_bytes,
        extract_text,
    )

_ENTRY_POINTS = frozenset({"extract_instance", "extract_path", "extract_pdf_bytes", "extract_text"})


def __getattr__(name: str) -> Any:
    """An entry point of :mod:`.api`, imported when first asked for."""
    if name in _ENTRY_POINTS:
        from inspection_schema.extract import api

        return getattr(api, name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


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
    "TooLarge",
    "Unreadable",
    "UnreadableInput",
    "UnsupportedLayout",
    "extract_instance",
    "extract_path",
    "extract_pdf_bytes",
    "extract_text",
]
