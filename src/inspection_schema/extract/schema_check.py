"""Check an extracted instance against the JSON Schema before it is handed out.

An instance that breaks the schema is a bug in the extractor, not a problem with the
input, and the error (:class:`~inspection_schema.extract.refusals.ExtractorFault`) says so.
Only the schema is checked: the semantic rules describe the report itself, and
``validate-report`` reports them.
"""

from __future__ import annotations

from typing import Any

from inspection_schema.extract.refusals import ExtractorFault
from inspection_schema.spec.versions import check_version
from inspection_schema.validate.schema_engines import violations

__all__ = ["check_instance"]


def check_instance(instance: dict[str, Any]) -> None:
    """Raise :class:`ExtractorFault` if the instance breaks the schema of its version."""
    version = check_version(instance.get("schema_version"))
    for violation in violations(instance, version):
        # Only an extractor bug gets here: the wording of findings is loaded for it alone.
        from inspection_schema.validate.schema_findings import to_finding

        finding = to_finding(violation)
        raise ExtractorFault(
            "gave an instance that does not validate (an extractor bug): "
            f"{finding.message} at {finding.path}"
        )
