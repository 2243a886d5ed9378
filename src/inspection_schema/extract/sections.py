"""Split a report's blocks into sections by their headings.

A heading is a block whose whole text is one of the report's headings
("Recent inspection history", "Inspector"/"Inspectors", …), or which starts
with one of its labelled fields ("Inspection dates: …", "Date of last
inspection: …"). The blocks before the first heading form the ``header``
section (URN, provider, report kind, framework). Each section keeps its heading
block, so the labelled fields can read their values from it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from inspection_schema.extract.normalise import Block

__all__ = ["Section", "split_sections"]

# (section name, pattern the heading block's text must match from its start)
_HEADINGS: tuple[tuple[str, str], ...] = (
    ("home_information", r"information about (?:this|the) children'?s home$"),
    ("inspection_dates", r"inspection dates?\s*:"),
    ("last_inspection_date", r"date of (?:the )?last inspection\s*:"),
    ("last_inspection_judgement", r"overall judgement at last inspection\s*:"),
    ("enforcement_action", r"enforcement action since (?:the )?last inspection\s*:?"),
    ("inspection_history", r"recent inspection history$"),
    ("area_narratives", r"inspection judgements$"),
    ("findings", r"(?:main )?findings$"),
    ("improve", r"what does the children'?s home need to do to improve\?"),
    ("requirements", r"statutory requirements$"),
    ("recommendations", r"recommendations?$"),
    ("inspection_information", r"information about this inspection$"),
    ("details", r"children'?s home details$"),
    ("inspectors", r"inspectors?$"),
    ("closing", r"the office for standards in education, children'?s services and skills"),
)
_HEADING = re.compile(
    "|".join(f"(?P<{name}>{pattern})" for name, pattern in _HEADINGS), re.IGNORECASE
)


@dataclass(slots=True)
class Section:
    """A named run of blocks; ``heading`` is ``None`` for the header section."""

    name: str
    heading: Block | None
    blocks: list[Block] = field(default_factory=list)

    @property
    def page(self) -> int | None:
        """The page on which the section starts."""
        first = self.heading or (self.blocks[0] if self.blocks else None)
        return None if first is None else first.page

    def value(self) -> str:
        """The text after the heading's label ("Inspection dates: 12 to 13 October 2021")."""
        if self.heading is None:
            return ""
        text = self.heading.text
        colon = text.find(":")
        if colon < 0 and self.name == "improve":
            colon = text.find("?")
        return text[colon + 1 :].strip() if colon >= 0 else ""


def split_sections(blocks: list[Block]) -> list[Section]:
    """Split blocks into sections, in document order; a section name may repeat."""
    sections = [Section("header", None)]
    for block in blocks:
        match = None if block.is_row else _HEADING.match(block.text)
        if match is None:
            sections[-1].blocks.append(block)
            continue
        name = match.lastgroup or "header"
        section = Section(name, block)
        sections.append(section)
        if name == "improve":
            rest = section.value()
            if rest:
                # "What does the children's home need to do to improve? Statutory requirements"
                tail = Block(rest, block.page, None, [rest])
                inner = _HEADING.match(rest)
                if inner is not None and inner.lastgroup:
                    sections.append(Section(inner.lastgroup, tail))
                else:
                    section.blocks.append(tail)
    return sections
