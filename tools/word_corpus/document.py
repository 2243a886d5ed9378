"""Write a report as a .docx in one layout.

The renderer's layout elements are set as a Word author sets them.

The order and wording come from ``inspection_schema.testing.rendering.layout`` (the text and
reportlab renderers consume the same elements); this module decides only how each element
looks in Word. Ofsted's closing boilerplate follows the inspectors, as in a published report.
"""

from __future__ import annotations

import datetime
import zipfile
from collections.abc import Sequence
from pathlib import Path

import docx
from docx.document import Document
from docx.shared import Cm, Pt, RGBColor
from docx.table import Table
from docx.text.paragraph import Paragraph

from tools.word_corpus.furniture import HEADER_TEXT, add_furniture
from tools.word_corpus.layouts import Layout
from tools.word_corpus.ooxml import (
    add_list,
    drop_template_extras,
    repeat_as_header,
    set_fonts,
    set_list,
)
from tools.word_corpus.project import (
    REQUIREMENT_HEADER,
    Element,
    Heading,
    Lines,
    Para,
    Report,
    Requirements,
    Rows,
    layout,
)
from tools.word_corpus.runs import plain_runs, smart_quotes, word_runs
from tools.word_corpus.styles import LARGE, TABLE_TEXT, set_up, text_width_cm

FIXED_TIME = datetime.datetime(2024, 1, 1, tzinfo=datetime.UTC)
"""The creation time every document records, so that a rebuild writes the same bytes."""
BLACK = RGBColor(0, 0, 0)
ROW_SHARES = {"judgements": (0.6, 0.4), "history": (0.2, 0.3, 0.5)}
"""Each short-cell table's column widths as shares of the text width."""


class Writer:
    """One document being written."""

    def __init__(self, layout_: Layout, closing: Sequence[Sequence[str]]) -> None:
        self.layout = layout_
        self.closing = closing
        self.document: Document = docx.Document()
        drop_template_extras(self.document)
        set_up(self.document, layout_)
        self.list_id = add_list(self.document, layout_.bullets)

    def write(self, report: Report) -> None:
        add_furniture(self.document, self.layout, report.urn)
        for element in layout(report):
            self.element(element)
            if isinstance(element, Lines):
                for block in self.closing:
                    self.lines(block)
        self._properties(report)

    def element(self, element: Element) -> None:
        if isinstance(element, Heading):
            self.text(self.document.add_paragraph(style=f"Heading {element.level}"), element.text)
        elif isinstance(element, Para):
            self.para(element)
        elif isinstance(element, Rows):
            shares = ROW_SHARES[element.kind]
            self.table(shares, element.header, [[[cell] for cell in row] for row in element.rows])
        elif isinstance(element, Requirements):
            share = self.layout.requirement_share
            rows = [[list(item.paragraphs), [item.due]] for item in element.items]
            self.table((share, 1 - share), REQUIREMENT_HEADER, rows)
        elif isinstance(element, Lines):
            self.lines(element.lines)
            return
        else:
            raise TypeError(f"unknown layout element {element!r}")
        self.blank()

    def para(self, element: Para) -> None:
        paragraph = self.document.add_paragraph()
        self.text(paragraph, element.text, size=self.layout.size + LARGE if element.large else None)
        if element.bullet:
            paragraph.style = self.document.styles["List Paragraph"]
            set_list(paragraph, self.list_id)

    def lines(self, lines: Sequence[str]) -> None:
        """Lines one under another.

        One paragraph with line breaks, or paragraphs with no space between.
        """
        if self.layout.inspector_breaks:
            paragraph = self.document.add_paragraph()
            for index, line in enumerate(lines):
                if index:
                    paragraph.add_run().add_break()
                self.text(paragraph, line)
        else:
            for index, line in enumerate(lines):
                paragraph = self.document.add_paragraph()
                if index < len(lines) - 1:
                    paragraph.paragraph_format.space_after = Pt(0)
                self.text(paragraph, line)
        self.blank()

    def table(
        self,
        shares: Sequence[float],
        header: Sequence[str] | None,
        rows: Sequence[Sequence[Sequence[str]]],
    ) -> None:
        widths = [Cm(text_width_cm(self.layout) * share) for share in shares]
        body = [[[text] for text in header]] if header is not None else []
        body.extend([list(paragraphs) for paragraphs in cells] for cells in rows)
        table: Table = self.document.add_table(rows=len(body), cols=len(widths))
        table.style = self.document.styles["Table Grid"]
        table.autofit = False
        for column, width in zip(table.columns, widths, strict=True):
            column.width = width
        for number, (row, cells) in enumerate(zip(table.rows, body, strict=True)):
            heading = number == 0 and header is not None
            if heading and self.layout.repeat_header_rows:
                repeat_as_header(row)
            for cell, width, paragraphs in zip(row.cells, widths, cells, strict=True):
                cell.width = width
                for index, text in enumerate(paragraphs):
                    paragraph = cell.paragraphs[0] if index == 0 else cell.add_paragraph()
                    paragraph.style = self.document.styles[TABLE_TEXT]
                    self.text(paragraph, text, bold=heading)

    def blank(self) -> None:
        """The empty paragraph between blocks, in layouts whose author presses Enter twice."""
        if self.layout.blank_paragraphs:
            self.document.add_paragraph()

    def text(
        self, paragraph: Paragraph, text: str, *, bold: bool = False, size: float | None = None
    ) -> None:
        """Add the text to the paragraph as runs, cut and quoted as the layout says."""
        if self.layout.curly_quotes:
            text = smart_quotes(text)
        runs = word_runs(text, self.layout.mark_font) if self.layout.word_runs else plain_runs(text)
        for piece in runs:
            run = paragraph.add_run(piece.text)
            if bold:
                run.bold = True
            if size is not None:
                run.bold = True
                run.font.size = Pt(size)
            if piece.font is not None:
                set_fonts(run._r.get_or_add_rPr(), piece.font)
            if piece.black:
                run.font.color.rgb = BLACK

    def _properties(self, report: Report) -> None:
        properties = self.document.core_properties
        properties.title = HEADER_TEXT.format(urn=report.urn)
        properties.author = "Ofsted"
        properties.last_modified_by = "Ofsted"
        properties.comments = ""
        properties.revision = 1
        properties.created = FIXED_TIME
        properties.modified = FIXED_TIME
        properties.last_printed = FIXED_TIME

    def save(self, path: Path) -> None:
        """Save, with every zip entry dated FIXED_TIME so that a rebuild writes the same bytes."""
        self.document.save(str(path))
        with zipfile.ZipFile(path) as archive:
            entries = [(info.filename, archive.read(info)) for info in archive.infolist()]
        stamp = FIXED_TIME.timetuple()[:6]
        with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
            for name, data in entries:
                archive.writestr(
                    zipfile.ZipInfo(name, date_time=stamp), data, compress_type=zipfile.ZIP_DEFLATED
                )


def write_docx(
    report: Report, layout_: Layout, closing: Sequence[Sequence[str]], path: Path
) -> None:
    """Write the report as a .docx in the layout."""
    writer = Writer(layout_, closing)
    writer.write(report)
    writer.save(path)
