"""The page layouts of the corpus: what a report's author varies from one Word document to the next.

Each :class:`Layout` is one set of choices a real author makes in Word: the font and its
size, the line spacing, the space after a paragraph and between paragraphs in a table cell,
where the running header and the page number go, whether the first page has them, whether
tables repeat their header row on each page, how recommendations are listed, justified
text, the width of the requirement column, and how the text is cut into runs. The fonts are
named as a Word author names them; LibreOffice sets them in the metric-compatible Liberation
fonts (``pdf_font``), which is what the PDF embeds.
"""

from __future__ import annotations

from typing import Any, Literal

import attrs
from attrs import frozen

PageNumber = Literal["header-right", "footer-right", "footer-centre"]
Bullets = Literal["symbol", "wingdings", "numbered"]

PDF_FONTS = {"Arial": "LiberationSans", "Times New Roman": "LiberationSerif"}
"""The font LibreOffice embeds for each font a document names (its PDF base font name)."""


@frozen
class Layout:
    """One author's choices; every field is checked against the written documents by the tests."""

    name: str
    font: str
    size: float
    line_spacing: float
    space_after: float
    """Points after a body paragraph."""
    cell_space_after: float
    """Points between paragraphs inside a table cell."""
    blank_paragraphs: bool
    """An empty paragraph after every block, as authors who press Enter twice make them."""
    justified: bool
    running_header: bool
    """"Inspection report for children's home: <URN>" at the top of each page."""
    page_number: PageNumber
    page_of: bool
    """"Page X of Y" rather than the bare page number."""
    different_first_page: bool
    """No running header, footer or page number on page 1."""
    repeat_header_rows: bool
    """The history and requirements tables repeat their header row on each page."""
    bullets: Bullets
    requirement_share: float
    """The requirement column's share of the text width (the due date has the rest)."""
    word_runs: bool
    """Lines cut into runs as Word cuts them (see :mod:`tools.word_corpus.runs`)."""
    mark_font: str | None
    """With ``word_runs``: the font of curly quotes, apostrophes and dashes."""
    curly_quotes: bool
    inspector_breaks: bool
    """The inspectors as lines of one paragraph (Shift+Enter) rather than one paragraph each."""
    margin_cm: float

    @property
    def pdf_font(self) -> str:
        return PDF_FONTS[self.font]

    def settings(self) -> dict[str, Any]:
        """Every choice, as the manifest records it."""
        return {**attrs.asdict(self), "pdf_font": self.pdf_font}

    def describe(self) -> str:
        """What this layout varies, in one line."""
        spacing = "single" if self.line_spacing == 1.0 else f"{self.line_spacing:g}"
        after = (
            "0 pt after body paragraphs, an empty paragraph between blocks"
            if self.blank_paragraphs
            else (f"{self.space_after:g} pt after body paragraphs")
        )
        parts = [
            f"{self.font} {self.size:g} pt",
            f"{spacing} line spacing",
            after,
            f"{self.cell_space_after:g} pt between paragraphs in table cells",
            "justified" if self.justified else "left-aligned",
            "running header with the URN" if self.running_header else "no running header",
            ("'Page X of Y'" if self.page_of else "page number")
            + " "
            + self.page_number.replace("-", " "),
            "no furniture on page 1" if self.different_first_page else "furniture on every page",
            "table header rows repeated"
            if self.repeat_header_rows
            else "table header rows not repeated",
            {
                "symbol": "Symbol bullets",
                "wingdings": "Wingdings bullets",
                "numbered": "numbered list",
            }[self.bullets],
            f"requirement column {self.requirement_share:.0%} of the width",
            (f"Word-like runs (quotes and dashes in {self.mark_font}, cut words, space runs)")
            if self.word_runs
            else "one run per paragraph",
            "curly quotes" if self.curly_quotes else "straight quotes",
            "inspectors as line breaks" if self.inspector_breaks else "inspectors as paragraphs",
            f"{self.margin_cm:g} cm margins",
        ]
        return "; ".join(parts)


LAYOUTS: tuple[Layout, ...] = (
    Layout(
        name="arial-11-house",
        font="Arial",
        size=11,
        line_spacing=1.0,
        space_after=6,
        cell_space_after=3,
        blank_paragraphs=False,
        justified=False,
        running_header=True,
        page_number="header-right",
        page_of=True,
        different_first_page=True,
        repeat_header_rows=True,
        bullets="wingdings",
        requirement_share=0.75,
        word_runs=True,
        mark_font="Times New Roman",
        curly_quotes=True,
        inspector_breaks=False,
        margin_cm=2.0,
    ),
    Layout(
        name="times-12-justified",
        font="Times New Roman",
        size=12,
        line_spacing=1.15,
        space_after=10,
        cell_space_after=6,
        blank_paragraphs=False,
        justified=True,
        running_header=False,
        page_number="footer-centre",
        page_of=True,
        different_first_page=False,
        repeat_header_rows=False,
        bullets="symbol",
        requirement_share=0.75,
        word_runs=False,
        mark_font=None,
        curly_quotes=False,
        inspector_breaks=False,
        margin_cm=2.54,
    ),
    Layout(
        name="arial-10-blank-lines",
        font="Arial",
        size=10,
        line_spacing=1.0,
        space_after=0,
        cell_space_after=0,
        blank_paragraphs=True,
        justified=False,
        running_header=False,
        page_number="header-right",
        page_of=False,
        different_first_page=True,
        repeat_header_rows=True,
        bullets="numbered",
        requirement_share=0.55,
        word_runs=True,
        mark_font="Times New Roman",
        curly_quotes=True,
        inspector_breaks=False,
        margin_cm=2.54,
    ),
    Layout(
        name="times-11-narrow",
        font="Times New Roman",
        size=11,
        line_spacing=1.5,
        space_after=6,
        cell_space_after=2,
        blank_paragraphs=False,
        justified=False,
        running_header=True,
        page_number="footer-right",
        page_of=False,
        different_first_page=False,
        repeat_header_rows=True,
        bullets="symbol",
        requirement_share=0.5,
        word_runs=True,
        mark_font="Arial",
        curly_quotes=True,
        inspector_breaks=False,
        margin_cm=2.0,
    ),
    Layout(
        name="arial-12-spacious",
        font="Arial",
        size=12,
        line_spacing=1.15,
        space_after=12,
        cell_space_after=4,
        blank_paragraphs=False,
        justified=True,
        running_header=True,
        page_number="footer-centre",
        page_of=True,
        different_first_page=True,
        repeat_header_rows=False,
        bullets="wingdings",
        requirement_share=0.7,
        word_runs=False,
        mark_font=None,
        curly_quotes=True,
        inspector_breaks=True,
        margin_cm=2.54,
    ),
    Layout(
        name="times-10-compact",
        font="Times New Roman",
        size=10,
        line_spacing=1.0,
        space_after=4,
        cell_space_after=0,
        blank_paragraphs=False,
        justified=False,
        running_header=True,
        page_number="header-right",
        page_of=False,
        different_first_page=False,
        repeat_header_rows=True,
        bullets="numbered",
        requirement_share=0.6,
        word_runs=True,
        mark_font="Arial",
        curly_quotes=False,
        inspector_breaks=True,
        margin_cm=1.9,
    ),
)

BY_NAME = {layout.name: layout for layout in LAYOUTS}
