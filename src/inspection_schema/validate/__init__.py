"""Validation: every finding for a document, and the verdict on it.

- :mod:`.checker`: the per-document check (:func:`validate`, :func:`check_document`);
- :mod:`.results`: :class:`DocumentResult`, what checking one document gives;
- :mod:`.findings`: :class:`Finding`, the one shape of every problem found;
- :mod:`.schema_engines`: JSON Schema by two engines that agree (fast and reference);
- :mod:`.schema_findings`: schema violations turned into findings in words;
- :mod:`.did_you_mean`: the code suggested for Ofsted's wording in place of a code;
- :mod:`.inputs`: JSON files, JSON Lines, standard input and directories;
- :mod:`.reporters`: the text and JSON reports.
"""

from __future__ import annotations

from inspection_schema.validate.checker import (
    CheckOptions,
    check_document,
    check_inputs,
    check_loaded,
    is_valid,
    select_version,
    validate,
)
from inspection_schema.validate.findings import Finding
from inspection_schema.validate.results import DocumentResult, Problem

__all__ = [
    "CheckOptions",
    "DocumentResult",
    "Finding",
    "Problem",
    "check_document",
    "check_inputs",
    "check_loaded",
    "is_valid",
    "select_version",
    "validate",
]
