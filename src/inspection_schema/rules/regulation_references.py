"""Rules on the regulations a requirement cites: present, existing, readable, matching."""

from __future__ import annotations

import re
from collections.abc import Mapping
from functools import cache
from typing import Any

from inspection_schema.bounded_memo import MOST_KEPT, BoundedMemo
from inspection_schema.rules._registry import NO_FINDINGS, Findings, rule
from inspection_schema.rules.context import DocumentContext
from inspection_schema.spec.regulation_references import ReferenceSyntaxError, parse_reference
from inspection_schema.spec.regulations import quality_standards, regulation_range
from inspection_schema.validate.findings import Finding, make_finding, pointer

_STANDARD_OPENING = re.compile(r"^The (.+?) standard is\b")


@cache
def _standards() -> dict[str, int]:
    """Regulation number of each quality standard, keyed by the standard's name in lower case."""
    return {
        _STANDARD_OPENING.sub(r"\1", name + " is").strip().lower(): number
        for number, name in quality_standards().items()
    }


@rule("regulation-reference-missing")
def cites_a_regulation(document: DocumentContext) -> Findings:
    if [] not in document.regulations:
        return NO_FINDINGS
    return [
        make_finding(
            "regulation-reference-missing",
            pointer("requirements", index, "regulations"),
            f"Requirement {index + 1} cites no regulation.",
        )
        for index, regulations in enumerate(document.regulations)
        if regulations == []
    ]


@rule("regulation-number-out-of-range")
def regulation_exists(document: DocumentContext) -> Findings:
    found = document.derived(Citations).out_of_range
    if not found:
        return NO_FINDINGS
    low, high = regulation_range()
    return [
        make_finding(
            "regulation-number-out-of-range",
            pointer("requirements", index, "regulations", position, "regulation"),
            f"There is no regulation {number}: the regulations run from {low} to {high}.",
            expected=[low, high],
            found=number,
        )
        for index, position, number in found
    ]


# Reading a reference's text


Reading = tuple[int, list[str], None] | tuple[None, None, ReferenceSyntaxError]
"""What a reference's text names, ``(regulation, provisions, None)``, or why it cannot be
read, ``(None, None, error)``."""


@BoundedMemo
def _reading(text: str) -> Reading:
    """What a reference's text names (reports repeat the same references: each distinct
    text is parsed once while it is among the last few thousand read)."""
    try:
        parsed = parse_reference(text)
    except ReferenceSyntaxError as error:
        return None, None, error
    regulation, provisions = parsed.regulation, list(parsed.provisions)
    low, high = regulation_range()
    if low <= regulation <= high:
        if len(_AGREEING) >= MOST_KEPT:  # bounded like the readings it comes from
            _AGREEING.clear()
        _AGREEING[text] = {"text": text, "regulation": regulation, "provisions": provisions}
    return regulation, provisions, None


_AGREEING: dict[str, dict[str, Any]] = {}
"""For each reference text read lately that names a regulation that exists, the citation that
gives just what it names: a citation equal to it passes every check of this topic."""


def _disagreement(index: int, position: int, text: str, reference: Mapping[str, Any]) -> Finding:
    """The finding for a citation whose text does not read, or does not name the regulation
    and provisions the citation gives."""
    base = ("requirements", index, "regulations", position)
    regulation, named, error = _reading(text)
    if error is not None or regulation is None or named is None:
        return make_finding(
            "regulation-reference-unparseable",
            pointer(*base, "text"),
            f"The reference {text!r} cannot be read: {error}",
            found=text,
        )
    number = reference.get("regulation")
    if type(number) is int and number != regulation:
        return make_finding(
            "regulation-reference-unparseable",
            pointer(*base, "regulation"),
            f"The reference {text!r} names regulation {regulation}, not {number}.",
            expected=regulation,
            found=number,
        )
    return make_finding(
        "regulation-reference-unparseable",
        pointer(*base, "provisions"),
        f"The provisions do not match the reference {text!r}; it names {', '.join(named)}.",
        expected=list(named),
        found=reference.get("provisions"),
    )


def _agrees(text: str, reference: Mapping[str, Any]) -> bool:
    """Whether a citation's text reads, and names the regulation and provisions it gives
    (where it gives them)."""
    regulation, named, error = _reading(text)
    number, provisions = reference.get("regulation"), reference.get("provisions")
    return (
        error is None
        and (type(number) is not int or number == regulation)
        and (not isinstance(provisions, list) or provisions == named)
    )


@rule("regulation-reference-unparseable")
def reference_reads(document: DocumentContext) -> Findings:
    return [
        _disagreement(index, position, text, reference)
        for index, position, text, reference in document.derived(Citations).disagreeing
    ]


# The standard a requirement quotes


@BoundedMemo
def _quoted_standard(paragraph: str) -> tuple[str, int] | None:
    """The standard a paragraph opens by quoting ('The <name> standard is…') and the
    regulation that sets it, if it names a known standard (requirements quote the standards
    word for word: each distinct paragraph is read once while it is among the last few
    thousand read)."""
    opening = _STANDARD_OPENING.match(paragraph)
    if opening is None:
        return None
    regulation = _standards().get(opening.group(1).lower())
    return None if regulation is None else (opening.group(1), regulation)


def _mismatch(index: int, name: str, expected: int, cited: list[int]) -> Finding:
    return make_finding(
        "standard-name-mismatch",
        pointer("requirements", index, "text", 0),
        f"Requirement {index + 1} quotes the {name} standard, which is "
        f"regulation {expected}, but cites regulation "
        f"{', '.join(map(str, sorted(set(cited), key=str)))}.",
        expected=expected,
    )


@rule("standard-name-mismatch")
def standard_matches_regulation(document: DocumentContext) -> Findings:
    return [
        _mismatch(index, name, expected, cited)
        for index, name, expected, cited in document.derived(Citations).misquoting
    ]


class Citations:
    """What one walk of the requirements and their citations finds, for this topic's rules.

    Most requirements pass every check, so the lists are usually empty and each rule has
    only to see that its list is.
    """

    __slots__ = ("disagreeing", "misquoting", "out_of_range")

    def __init__(self, document: DocumentContext) -> None:
        self.out_of_range: list[tuple[int, int, int]] = []
        """Each citation of a regulation that does not exist: requirement, position, number."""
        self.disagreeing: list[tuple[int, int, str, Mapping[str, Any]]] = []
        """Each citation whose text does not read as what it gives: requirement, position,
        text, citation."""
        self.misquoting: list[tuple[int, str, int, list[int]]] = []
        """Each requirement quoting a standard whose regulation it does not cite: its index,
        the standard's name, the standard's regulation and the regulations cited."""
        agreeing = _AGREEING
        requirements = document.requirements
        for index, cited in enumerate(document.regulations):
            if not isinstance(cited, list):
                continue
            numbers: list[int] = []
            # Nearly every citation is the one its text names (one comparison): only a
            # requirement with another is looked at closely.
            for reference in cited:
                text = reference.get("text") if type(reference) is dict else None
                if (
                    type(text) is not str
                    or reference != agreeing.get(text)
                    or type(number := reference["regulation"]) is not int
                ):
                    numbers = self._walk(index, cited)
                    break
                numbers.append(number)
            if not numbers:
                continue
            # Only a paragraph with these words can quote a standard: the test spares the rest.
            text = requirements[index].get("text")
            first = text[0] if isinstance(text, list) and text else None
            if isinstance(first, str) and " standard is" in first:
                quoted = _quoted_standard(first)
                if quoted is not None and quoted[1] not in numbers:
                    self.misquoting.append((index, quoted[0], quoted[1], numbers))

    def _walk(self, index: int, cited: list[Any]) -> list[int]:
        """Check a requirement's citations; the regulation numbers they give."""
        low, high = regulation_range()
        numbers: list[int] = []
        for position, reference in enumerate(cited):
            if not isinstance(reference, dict):
                continue
            get = reference.get
            number = get("regulation")
            if type(number) is int:
                numbers.append(number)
                if not low <= number <= high:
                    self.out_of_range.append((index, position, number))
            text = get("text")
            # Nearly every citation gives just what its text names: one comparison.
            if (
                isinstance(text, str)
                and (number, get("provisions"), None) != _reading(text)
                and not _agrees(text, reference)
            ):
                self.disagreeing.append((index, position, text, reference))
        return numbers
