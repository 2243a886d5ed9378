"""Check an extracted instance against the JSON Schema before it is handed out.

An instance that breaks the schema is a bug in the extractor, not a problem with
the input, and the error says so. Semantic rule findings are not checked here:
they describe the report itself, and ``validate-report`` reports them.
"""

from __future__ import annotations

from typing import Any

from inspection_schema.extract.errors import ExtractionError
from inspection_schema.validate.checker import validate

__all__ = ["check_instance"]


def check_instance(instance: dict[str, Any]) -> None:
    """Raise :class:`ExtractionError` if the instance breaks the schema."""
    for finding in validate(instance):
        if finding.is_error and finding.code.startswith("schema-"):
            raise ExtractionError(
                "gave an instance that does not validate (an extractor bug): "
                f"{finding.message} at {finding.path}"
            )
