"""The closing sections: inspection information, children's home details,
inspectors and the copyright year."""

from __future__ import annotations

import re

from inspection_schema.extract.normalise import Block, clean
from inspection_schema.extract.vocab import vocabulary
from inspection_schema.model import Inspector

__all__ = ["parse_copyright", "parse_details", "parse_inspectors"]

_LABELS = {
    "unique reference number": "urn",
    "provision sub-type": "provision_type",
    "provision subtype": "provision_type",
    "registered provider address": "provider_address",
    "registered provider": "provider",
    "registered person": "provider",
    "responsible individual": "responsible_individual",
    "registered manager": "registered_manager",
}
_LABEL = re.compile(
    r"(?:^|\s)("
    + "|".join(re.escape(label) for label in sorted(_LABELS, key=len, reverse=True))
    + r")\s*:\s*",
    re.IGNORECASE,
)
_INSPECTOR = re.compile(r"^(?:-\s+)?(.+?)\s*,\s*(.+?)\.?$")
_COPYRIGHT = re.compile(r"(?:\u00a9|\(c\))?\s*crown copyright\s+([0-9]{4})\b", re.IGNORECASE)


def parse_details(blocks: list[Block]) -> dict[str, str]:
    """``Label: value`` pairs, whether on separate lines or run together."""
    text = " ".join(block.text for block in blocks)
    found = list(_LABEL.finditer(text))
    values: dict[str, str] = {}
    for index, match in enumerate(found):
        end = found[index + 1].start() if index + 1 < len(found) else len(text)
        value = clean(text[match.end() : end])
        key = _LABELS[" ".join(match.group(1).lower().split())]
        if value and key not in values:
            values[key] = value
    if "provision_type" in values:
        values["provision_type"] = vocabulary("provision-type").code(values["provision_type"]) or ""
    return {key: value for key, value in values.items() if value}


def parse_inspectors(blocks: list[Block]) -> list[Inspector]:
    """``Name, Role`` per line; roles through the inspector-role codelist."""
    inspectors: list[Inspector] = []
    roles = vocabulary("inspector-role")
    for block in blocks:
        for line in block.lines or [block.text]:
            found = _INSPECTOR.match(clean(line))
            if found is None:
                continue
            role = roles.code(found.group(2))
            if role is None:
                continue
            inspectors.append(Inspector(name=found.group(1), role=role))
    return inspectors


def parse_copyright(blocks: list[Block]) -> int | None:
    """The year of the closing "© Crown copyright YYYY"."""
    for block in reversed(blocks):
        found = _COPYRIGHT.search(block.text)
        if found is not None:
            return int(found.group(1))
    return None
