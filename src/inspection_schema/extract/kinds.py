"""The report kind, from the title line that follows the provider.

============================  ============
title line                    report_kind
============================  ============
Full inspection               full
Interim inspection            interim
Monitoring visit/inspection   monitoring
Assurance inspection/visit    assurance
Emergency inspection          emergency
============================  ============

The report-kind codelist's labels and variants ("SC Interim", "SC – Emergency
inspection", …) are accepted too, as whole lines.
"""

from __future__ import annotations

import re

from inspection_schema.extract.vocab import vocabulary
from inspection_schema.model import REPORT_CLASSES, Report

__all__ = ["KIND_TITLE", "kind_of_title", "report_class"]

KIND_TITLE = re.compile(
    r"(?:full|interim|monitoring|assurance|emergency)\s+(?:inspection|visit)"
    r"|sc\s+(?:interim|monitoring inspection|[-\u2013]\s+emergency inspection)",
    re.IGNORECASE,
)
"""A title line, found anywhere (for headers whose lines were run together)."""

_TITLES = {
    "full inspection": "full",
    "interim inspection": "interim",
    "monitoring visit": "monitoring",
    "monitoring inspection": "monitoring",
    "assurance inspection": "assurance",
    "assurance visit": "assurance",
    "emergency inspection": "emergency",
}


def kind_of_title(line: str) -> str | None:
    """The report kind a title line names, or ``None`` if the line is not a title."""
    key = " ".join(line.lower().split()).rstrip(".")
    kind = _TITLES.get(key)
    if kind is not None:
        return kind
    if len(key.split()) > 4:
        return None
    code = vocabulary("report-kind").code(key)
    return code if code in REPORT_CLASSES else None


def report_class(kind: str) -> type[Report]:
    """The model class for a report kind."""
    return REPORT_CLASSES[kind]
