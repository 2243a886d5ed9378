"""Rules on the regulations a requirement cites: present, existing, readable, matching."""

from __future__ import annotations

import re
from collections.abc import Iterator, Mapping
from functools import cache, lru_cache
from typing import Any

from inspection_schema.rules._registry import rule
from inspection_schema.rules.json_access import as_dict, as_list, requirements
from inspection_schema.spec.regulation_references import ReferenceSyntaxError, parse_reference
from inspection_schema.spec.regulations import quality_standards, regulation_range
from inspection_schema.validate.findings import Finding, make_finding, pointer

_STANDARD_OPENING = re.compile(r"^The (.+?) standard is\b")
# Reports repeat the same references: parse each distinct text once.
_parse = lru_cache(maxsize=4096)(parse_reference)


@cache
def _standards() -> dict[str, int]:
    """Regulation number of each quality standard, keyed by the standard's name in lower case."""
    return {
        _STANDARD_OPENING.sub(r"\1", name + " is").strip().lower(): number
        for number, name in quality_standards().items()
    }


def _references(document: Mapping[str, Any]) -> Iterator[tuple[int, int, Mapping[str, Any]]]:
    for index, requirement in requirements(document):
        for position, reference in enumerate(as_list(requirement.get("regulations"))):
            yield index, position, as_dict(reference)


@rule("regulation-reference-missing")
def cites_a_regulation(document: Mapping[str, Any]) -> Iterator[Finding]:
    for index, requirement in requirements(document):
        if requirement.get("regulations") == []:
            yield make_finding(
                "regulation-reference-missing",
                pointer("requirements", index, "regulations"),
                f"Requirement {index + 1} cites no regulation.",
            )


@rule("regulation-number-out-of-range")
def regulation_exists(document: Mapping[str, Any]) -> Iterator[Finding]:
    low, high = regulation_range()
    for index, position, reference in _references(document):
        number = reference.get("regulation")
        if type(number) is int and not low <= number <= high:
            yield make_finding(
                "regulation-number-out-of-range",
                pointer("requirements", index, "regulations", position, "regulation"),
                f"There is no regulation {number}: the regulations run from {low} to {high}.",
                expected=[low, high],
                found=number,
            )


@rule("regulation-reference-unparseable")
def reference_reads(document: Mapping[str, Any]) -> Iterator[Finding]:
    for index, position, reference in _references(document):
        text = reference.get("text")
        if not isinstance(text, str):
            continue
        base = ("requirements", index, "regulations", position)
        try:
            parsed = _parse(text)
        except ReferenceSyntaxError as error:
            yield make_finding(
                "regulation-reference-unparseable",
                pointer(*base, "text"),
                f"The reference {text!r} cannot be read: {error}",
                found=text,
            )
            continue
        number, provisions = reference.get("regulation"), reference.get("provisions")
        if type(number) is int and number != parsed.regulation:
            yield make_finding(
                "regulation-reference-unparseable",
                pointer(*base, "regulation"),
                f"The reference {text!r} names regulation {parsed.regulation}, not {number}.",
                expected=parsed.regulation,
                found=number,
            )
        elif isinstance(provisions, list) and provisions != list(parsed.provisions):
            yield make_finding(
                "regulation-reference-unparseable",
                pointer(*base, "provisions"),
                f"The provisions do not match the reference {text!r}; "
                f"it names {', '.join(parsed.provisions)}.",
                expected=list(parsed.provisions),
                found=provisions,
            )


@rule("standard-name-mismatch")
def standard_matches_regulation(document: Mapping[str, Any]) -> Iterator[Finding]:
    for index, requirement in requirements(document):
        text = as_list(requirement.get("text"))
        references = [as_dict(r) for r in as_list(requirement.get("regulations"))]
        opening = _STANDARD_OPENING.match(text[0]) if text and isinstance(text[0], str) else None
        if not opening or not references:
            continue
        expected = _standards().get(opening.group(1).lower())
        cited = {number for r in references if type(number := r.get("regulation")) is int}
        if expected is not None and cited and expected not in cited:
            yield make_finding(
                "standard-name-mismatch",
                pointer("requirements", index, "text", 0),
                f"Requirement {index + 1} quotes the {opening.group(1)} standard, which is "
                f"regulation {expected}, but cites regulation "
                f"{', '.join(map(str, sorted(cited, key=str)))}.",
                expected=expected,
            )
