"""Page set-up and paragraph styles of a corpus document, from its layout."""

from __future__ import annotations

from docx.document import Document
from docx.enum.style import WD_STYLE_TYPE
from docx.enum.text import WD_PARAGRAPH_ALIGNMENT
from docx.shared import Cm, Pt, RGBColor
from docx.styles.style import ParagraphStyle

from tools.word_corpus.layouts import Layout
from tools.word_corpus.ooxml import set_fonts

PAGE_WIDTH_CM = 21.0
PAGE_HEIGHT_CM = 29.7
TABLE_TEXT = "Table Text"
"""The paragraph style of text in table cells."""
HEADING_SIZES = {1: 8.0, 2: 3.0, 3: 1.0}
"""How much larger than body text each heading level is, in points."""
LARGE = 5.0
"""How much larger than body text the report's reference line (its URN) is."""


def text_width_cm(layout: Layout) -> float:
    """The width of the text between the margins."""
    return PAGE_WIDTH_CM - 2 * layout.margin_cm


def set_up(document: Document, layout: Layout) -> None:
    """A4 with the layout's margins, and every style the document uses."""
    section = document.sections[0]
    section.page_width = Cm(PAGE_WIDTH_CM)
    section.page_height = Cm(PAGE_HEIGHT_CM)
    for side in ("left_margin", "right_margin", "top_margin", "bottom_margin"):
        setattr(section, side, Cm(layout.margin_cm))
    section.header_distance = Cm(1.0)
    section.footer_distance = Cm(1.0)
    _normal(document, layout)
    for level, larger in HEADING_SIZES.items():
        _heading(document.styles[f"Heading {level}"], layout, layout.size + larger)
    _table_text(document, layout)
    for name in ("Header", "Footer"):
        style = document.styles[name]
        assert isinstance(style, ParagraphStyle)
        style.paragraph_format.tab_stops.clear_all()
        style.paragraph_format.alignment = WD_PARAGRAPH_ALIGNMENT.LEFT


def _normal(document: Document, layout: Layout) -> None:
    normal = document.styles["Normal"]
    assert isinstance(normal, ParagraphStyle)
    set_fonts(normal.element.get_or_add_rPr(), layout.font)
    normal.font.size = Pt(layout.size)
    paragraph = normal.paragraph_format
    paragraph.line_spacing = layout.line_spacing
    paragraph.space_before = Pt(0)
    paragraph.space_after = Pt(0 if layout.blank_paragraphs else layout.space_after)
    paragraph.widow_control = True
    if layout.justified:
        paragraph.alignment = WD_PARAGRAPH_ALIGNMENT.JUSTIFY


def _heading(style: object, layout: Layout, size: float) -> None:
    assert isinstance(style, ParagraphStyle)
    set_fonts(style.element.get_or_add_rPr(), layout.font)
    style.font.size = Pt(size)
    style.font.bold = True
    style.font.italic = False
    style.font.color.rgb = RGBColor(0, 0, 0)
    paragraph = style.paragraph_format
    paragraph.alignment = WD_PARAGRAPH_ALIGNMENT.LEFT
    paragraph.space_before = Pt(0 if layout.blank_paragraphs else 12)
    paragraph.space_after = Pt(0 if layout.blank_paragraphs else 6)
    paragraph.line_spacing = 1.0
    paragraph.keep_with_next = True


def _table_text(document: Document, layout: Layout) -> None:
    style = document.styles.add_style(TABLE_TEXT, WD_STYLE_TYPE.PARAGRAPH)
    assert isinstance(style, ParagraphStyle)
    style.base_style = document.styles["Normal"]
    paragraph = style.paragraph_format
    paragraph.alignment = WD_PARAGRAPH_ALIGNMENT.LEFT
    paragraph.space_before = Pt(0)
    paragraph.space_after = Pt(layout.cell_space_after)
    paragraph.line_spacing = layout.line_spacing
