"""The report's opening lines: URN, registered provider, title line, framework."""

from __future__ import annotations

import re
from dataclasses import dataclass

from inspection_schema.extract.kinds import KIND_TITLE, kind_of_title
from inspection_schema.extract.normalise import Block, clean
from inspection_schema.extract.vocab import vocabulary

__all__ = ["Header", "parse_header"]

_URN = re.compile(r"^(?:unique reference number\s*:?\s*)?(SC[0-9]{6}|[0-9]{7})\b", re.IGNORECASE)
_PROVIDER = re.compile(r"^registered (?:provider|person)\s*:\s*(.*)$", re.IGNORECASE)
_FRAMEWORK = re.compile(r"^inspected under (?:the )?(.+?)\.?$", re.IGNORECASE)


@dataclass(slots=True)
class Header:
    """What the opening lines say; a field is ``None`` where they do not say it."""

    urn: str | None = None
    provider: str | None = None
    kind: str | None = None
    kind_title: str | None = None
    framework: str | None = None


def parse_header(blocks: list[Block]) -> Header:
    """Read the header from its lines (or, if they were run together, from its text)."""
    header = Header()
    lines = [clean(line) for block in blocks for line in (block.lines or [block.text])]
    for line in lines:
        if not line:
            continue
        if header.urn is None and (urn := _URN.match(line)) and len(line) == urn.end():
            header.urn = urn.group(1)
        elif header.provider is None and (provider := _PROVIDER.match(line)):
            header.provider = provider.group(1).strip() or None
        elif header.kind is None and (kind := kind_of_title(line)):
            header.kind, header.kind_title = kind, line
        elif header.framework is None and (framework := _FRAMEWORK.match(line)):
            header.framework = vocabulary("framework").code(line) or vocabulary("framework").code(
                framework.group(1)
            )
    if header.urn is None and lines and (urn := _URN.match(lines[0])):
        header.urn = urn.group(1)
    if header.kind is None:
        text = " ".join(lines)
        title = KIND_TITLE.search(text)
        if title is not None:
            header.kind, header.kind_title = kind_of_title(title.group(0)), title.group(0)
    return header
