"""Write a page's paragraphs and rows as text laid out like the report text files.

A paragraph is its lines, one per text line, followed by a blank line; a list item's
bullet is written "- " (a number is left out). A table row is one text line, its cells
separated by tabs; a cell of several paragraphs writes each as ``<p>…</p>``.
Where no space stood at a line break (see
:meth:`~inspection_schema.extract.pdf.spacing.Spacing.glued`), the two lines are written
as one: "(2)(a)(iv)(x)" and "(xiii)(b)" wrapped onto two lines must not read
"(2)(a)(iv)(x) (xiii)(b)", a different reference.
"""

from __future__ import annotations

from inspection_schema.extract.pdf.lines import Line
from inspection_schema.extract.pdf.spacing import Spacing
from inspection_schema.extract.pdf.units import Paragraph, Row, Unit

__all__ = ["cell_text", "page_text", "paragraph_lines", "row_text"]


def paragraph_lines(paragraph: Paragraph, spacing: Spacing) -> list[str]:
    """The paragraph's text lines, its label first."""
    texts: list[str] = []
    previous: Line | None = None
    for line in paragraph.lines:
        if line.blank:
            continue
        text = line.text.strip(" ").replace("\t", " ")
        if previous is not None and texts and spacing.glued(previous, line):
            texts[-1] += text
        else:
            texts.append(text)
        previous = line
    if texts and paragraph.lines[0].label == "- ":
        texts[0] = "- " + texts[0]
    return texts


def cell_text(paragraphs: list[Paragraph], spacing: Spacing) -> str:
    """A cell's text: its paragraphs, each as ``<p>…</p>`` where there are several."""
    texts = [" ".join(" ".join(paragraph_lines(one, spacing)).split()) for one in paragraphs]
    texts = [text.removeprefix("- ") for text in texts if text]
    if len(texts) > 1:
        return " ".join(f"<p>{text}</p>" for text in texts)
    return texts[0] if texts else ""


def row_text(row: Row, spacing: Spacing) -> str:
    """A row's cells separated by tabs."""
    return "\t".join(cell_text(cell.paragraphs, spacing) for cell in row.cells)


def page_text(units: list[Unit], spacing: Spacing) -> str:
    """The page's text."""
    out: list[str] = []
    for unit in units:
        if isinstance(unit, Row):
            text = row_text(unit, spacing)
            if text.strip():
                out.extend((text, ""))
            continue
        lines = paragraph_lines(unit, spacing)
        if lines:
            out.extend((*lines, ""))
    return "\n".join(out)
