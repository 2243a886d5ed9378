"""The extraction errors, under the name the PDF reader imports them by.

They live in :mod:`inspection_schema.extract.refusals`; import them from there.
"""

from inspection_schema.extract.refusals import (
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
]
