"""Rules on recommendations."""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from typing import Any

from inspection_schema.rules._registry import rule
from inspection_schema.rules.json_access import as_dict, as_list
from inspection_schema.validate.findings import Finding, make_finding, pointer


@rule("recommendation-guide-reference")
def cites_the_guide(document: Mapping[str, Any]) -> Iterator[Finding]:
    for index, item in enumerate(as_list(document.get("recommendations"))):
        recommendation = as_dict(item)
        if not recommendation:
            continue
        base = ("recommendations", index, "guide_reference")
        reference = recommendation.get("guide_reference")
        if reference is None:
            missing = "a citation of the Guide"
            path = pointer(*base)
        elif isinstance(reference, Mapping) and "page" not in reference:
            missing, path = "the Guide's page", pointer(*base, "page")
        elif isinstance(reference, Mapping) and not reference.get("paragraphs"):
            missing, path = "the Guide's paragraph numbers", pointer(*base, "paragraphs")
        else:
            continue
        yield make_finding(
            "recommendation-guide-reference",
            path,
            f"Recommendation {index + 1} does not give {missing}.",
        )
