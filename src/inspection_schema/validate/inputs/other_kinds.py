"""Inputs of another kind than JSON, named as such: a PDF, or a text such as a report's.

validate-report checks JSON instances; a report's PDF or text must go through
extract-report first, and the message says so instead of reporting a JSON syntax error.
"""

from __future__ import annotations

from inspection_schema.validate.results import Problem

__all__ = ["other_kind"]

_JSON_STARTS = frozenset(b'{["')


def other_kind(data: bytes, source: str) -> Problem | None:
    """The problem of bytes that are a PDF, or text that does not start as JSON does."""
    named = "FILE" if source == "-" else source
    extract_first = f"extract it first: extract-report {named} | validate-report -"
    if data.startswith(b"%PDF-"):
        return Problem("input-not-json", f"is a PDF, not JSON: {extract_first}")
    start = data.lstrip()[:1]
    if start and start[0] not in _JSON_STARTS:
        message = f"is not JSON but text (a report's text, perhaps): {extract_first}"
        return Problem("input-not-json", message)
    return None
