"""Rules on recommendations."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from inspection_schema.rules._registry import Findings, rule
from inspection_schema.rules.context import DocumentContext
from inspection_schema.rules.json_access import as_list
from inspection_schema.validate.findings import Finding, make_finding, pointer


def _incomplete(index: int, reference: Any) -> Finding | None:
    """The finding for a recommendation whose Guide citation (``reference``) is missing or
    lacks its page or paragraphs; None if it has them."""
    base = ("recommendations", index, "guide_reference")
    if reference is None:
        missing, path = "a citation of the Guide", pointer(*base)
    elif isinstance(reference, Mapping) and "page" not in reference:
        missing, path = "the Guide's page", pointer(*base, "page")
    elif isinstance(reference, Mapping) and not reference.get("paragraphs"):
        missing, path = "the Guide's paragraph numbers", pointer(*base, "paragraphs")
    else:
        return None
    return make_finding(
        "recommendation-guide-reference",
        path,
        f"Recommendation {index + 1} does not give {missing}.",
    )


@rule("recommendation-guide-reference")
def cites_the_guide(document: DocumentContext) -> Findings:
    found = []
    for index, item in enumerate(as_list(document.get("recommendations"))):
        if not (isinstance(item, dict) and item):
            continue
        reference = item.get("guide_reference")
        # Nearly every recommendation gives its page and paragraphs: two tests settle it.
        if type(reference) is dict and "page" in reference and reference.get("paragraphs"):
            continue
        if (finding := _incomplete(index, reference)) is not None:
            found.append(finding)
    return found
