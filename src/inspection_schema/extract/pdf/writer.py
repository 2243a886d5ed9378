"""Write a page's paragraphs and rows as text laid out like the report text files.

A paragraph is its lines, one per text line, followed by a blank line; a list item's
bullet is written "- " (a number is left out). A table row is one text line, its cells
separated by tabs; a cell of several paragraphs writes each as ``<p>…</p>``. Where a
line ends with ")" and the next starts with "(" and no space was drawn between them (a
regulation reference wrapped between two groups), the two are written as one, so no
space is added that would change the reference — in a document whose writer draws the
space at the end of a line broken at a space (Word and LibreOffice do; a writer that
does not, such as reportlab, breaks lines at spaces only).
"""

from __future__ import annotations

from inspection_schema.extract.pdf.lines import Line
from inspection_schema.extract.pdf.units import Paragraph, Row, Unit

__all__ = ["cell_text", "page_text", "paragraph_lines", "row_text"]


def _glued(above: Line, below: Line) -> bool:
    """A line break inside a regulation reference, with no space drawn at the break."""
    return above.text.endswith(")") and below.text.startswith("(")


def paragraph_lines(paragraph: Paragraph, glue: bool) -> list[str]:
    """The paragraph's text lines, its label first; ``glue`` when line-end spaces are drawn."""
    texts: list[str] = []
    previous: Line | None = None
    for line in paragraph.lines:
        if line.blank:
            continue
        text = line.text.strip(" ").replace("\t", " ")
        if glue and previous is not None and texts and _glued(previous, line):
            texts[-1] += text
        else:
            texts.append(text)
        previous = line
    if texts and paragraph.lines[0].label == "- ":
        texts[0] = "- " + texts[0]
    return texts


def cell_text(paragraphs: list[Paragraph], glue: bool) -> str:
    """A cell's text: its paragraphs, each as ``<p>…</p>`` where there are several."""
    texts = [" ".join(" ".join(paragraph_lines(one, glue)).split()) for one in paragraphs]
    texts = [text.removeprefix("- ") for text in texts if text]
    if len(texts) > 1:
        return " ".join(f"<p>{text}</p>" for text in texts)
    return texts[0] if texts else ""


def row_text(row: Row, glue: bool = False) -> str:
    """A row's cells separated by tabs (a row drawn along one line as it was drawn)."""
    if len(row.cells) == 1 and "\t" in "".join(line.text for line in row.cells[0].lines):
        return row.cells[0].lines[0].text.strip()
    return "\t".join(cell_text(cell.paragraphs, glue) for cell in row.cells)


def page_text(units: list[Unit], glue: bool) -> str:
    """The page's text; ``glue`` when the document draws the spaces at line ends."""
    out: list[str] = []
    for unit in units:
        if isinstance(unit, Row):
            text = row_text(unit, glue)
            if text.strip():
                out.extend((text, ""))
            continue
        lines = paragraph_lines(unit, glue)
        if lines:
            out.extend((*lines, ""))
    return "\n".join(out)
