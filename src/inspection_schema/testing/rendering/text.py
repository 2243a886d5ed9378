"""Render a report as plain text, laid out like the text of a published report."""

from __future__ import annotations

from inspection_schema.model import Report
from inspection_schema.testing.rendering.layout import (
    REQUIREMENT_HEADER,
    Element,
    Heading,
    Lines,
    Para,
    Requirements,
    Rows,
    layout,
)


def render_text(report: Report) -> str:
    """The report as text: blocks separated by one blank line, table cells by tabs."""
    return "\n\n".join(_block(element) for element in layout(report)) + "\n"


def _block(element: Element) -> str:
    if isinstance(element, Heading):
        return element.text
    if isinstance(element, Para):
        return f"- {element.text}" if element.bullet else element.text
    if isinstance(element, Rows):
        rows = element.rows if element.header is None else (element.header, *element.rows)
        return "\n".join("\t".join(row) for row in rows)
    if isinstance(element, Requirements):
        lines = ["\t".join(REQUIREMENT_HEADER)]
        for item in element.items:
            first, *rest = item.paragraphs
            lines.append(f"{first}\t{item.due}")
            lines.extend(f"{text}\t" for text in rest)
        return "\n".join(lines)
    if isinstance(element, Lines):
        return "\n".join(element.lines)
    raise TypeError(f"unknown layout element {element!r}")
