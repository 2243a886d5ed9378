"""The report kind, from the title line that follows the provider.

A title line is a whole line that is one of the report-kind codelist's wordings, its label
or a known variant ("Full inspection", "Monitoring visit", "SC Interim", "SC – Emergency
inspection", …). Headers whose lines were run together are searched for the wordings of
two words or more (:data:`KIND_TITLE`).
"""

from __future__ import annotations

import re

from inspection_schema.extract.vocab import vocabulary
from inspection_schema.model import REPORT_CLASSES, Report
from inspection_schema.spec.codelists import codelist

__all__ = ["KIND_TITLE", "kind_of_title", "report_class"]

_MOST_WORDS = 4
"""A line of more words than the longest wording is not a title line."""


def _title_pattern() -> re.Pattern[str]:
    wordings = {
        wording
        for entry in codelist("report-kind").entries
        for wording in (entry["label"], *entry.get("variants", ()))
        if len(wording.split()) > 1
    }
    alternatives = "|".join(
        r"\s+".join(re.escape(word) for word in wording.split())
        for wording in sorted(wordings, key=len, reverse=True)
    )
    return re.compile(alternatives, re.IGNORECASE)


KIND_TITLE = _title_pattern()
"""A title line, found anywhere (for headers whose lines were run together)."""


def kind_of_title(line: str) -> str | None:
    """The report kind a title line names, or ``None`` if the line is not a title."""
    key = " ".join(line.lower().split()).rstrip(".")
    if len(key.split()) > _MOST_WORDS:
        return None
    code = vocabulary("report-kind").code(key)
    return code if code in REPORT_CLASSES else None


def report_class(kind: str) -> type[Report]:
    """The model class for a report kind."""
    return REPORT_CLASSES[kind]
