"""Running headers, footers and page numbers, where the layout puts them."""

from __future__ import annotations

from docx.document import Document
from docx.enum.text import WD_PARAGRAPH_ALIGNMENT, WD_TAB_ALIGNMENT
from docx.shared import Cm
from docx.text.paragraph import Paragraph

from tools.word_corpus.layouts import Layout
from tools.word_corpus.ooxml import add_field
from tools.word_corpus.runs import smart_quotes
from tools.word_corpus.styles import text_width_cm

HEADER_TEXT = "Inspection report for children's home: {urn}"


def running_header(urn: str, layout: Layout) -> str:
    """The running header's words, with the layout's quotes."""
    text = HEADER_TEXT.format(urn=urn)
    return smart_quotes(text) if layout.curly_quotes else text


def add_furniture(document: Document, layout: Layout, urn: str) -> None:
    """The header and footer of every page (of every page but the first, if the layout says so)."""
    section = document.sections[0]
    if layout.different_first_page:
        section.different_first_page_header_footer = True
        for part in (section.first_page_header, section.first_page_footer):
            part.is_linked_to_previous = False
    header = section.header.paragraphs[0]
    footer = section.footer.paragraphs[0]
    if layout.running_header:
        header.add_run(running_header(urn, layout))
    if layout.page_number == "header-right":
        if layout.running_header:
            header.paragraph_format.tab_stops.add_tab_stop(
                Cm(text_width_cm(layout)), WD_TAB_ALIGNMENT.RIGHT
            )
            header.add_run("\t")
        else:
            header.alignment = WD_PARAGRAPH_ALIGNMENT.RIGHT
        _page_number(header, page_of=layout.page_of)
    else:
        footer.alignment = (
            WD_PARAGRAPH_ALIGNMENT.RIGHT
            if layout.page_number == "footer-right"
            else WD_PARAGRAPH_ALIGNMENT.CENTER
        )
        _page_number(footer, page_of=layout.page_of)


def _page_number(paragraph: Paragraph, *, page_of: bool) -> None:
    if page_of:
        paragraph.add_run("Page ")
    add_field(paragraph, "PAGE", "1")
    if page_of:
        paragraph.add_run(" of ")
        add_field(paragraph, "NUMPAGES", "1")
