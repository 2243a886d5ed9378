"""The WordprocessingML that python-docx has no call for.

Fonts without theme, fields, lists, header rows.
"""

from __future__ import annotations

from typing import Any

from docx.document import Document
from docx.oxml import OxmlElement, parse_xml
from docx.oxml.ns import nsdecls, qn
from docx.table import _Row
from docx.text.paragraph import Paragraph

BULLET_GLYPHS = {"symbol": ("\uf0b7", "Symbol"), "wingdings": ("\uf06e", "Wingdings")}
"""Word's bullet glyph in each symbol font: Symbol's round bullet, Wingdings' black square."""
_THEME_ATTRIBUTES = ("w:asciiTheme", "w:hAnsiTheme", "w:eastAsiaTheme", "w:cstheme")


def set_fonts(rpr: Any, name: str) -> None:
    """Name the font of a run or style for every script, replacing the theme's fonts."""
    fonts = rpr.find(qn("w:rFonts"))
    if fonts is None:
        fonts = OxmlElement("w:rFonts")
        rpr.insert(0, fonts)
    for attribute in _THEME_ATTRIBUTES:
        fonts.attrib.pop(qn(attribute), None)
    for attribute in ("w:ascii", "w:hAnsi", "w:cs", "w:eastAsia"):
        fonts.set(qn(attribute), name)


def add_field(paragraph: Paragraph, instruction: str, shown: str) -> None:
    """A field as Word writes it (begin, instruction, separate, result, end): PAGE, NUMPAGES."""
    parts: list[tuple[str, str | None]] = [
        ("begin", None),
        ("instr", f" {instruction} "),
        ("separate", None),
        ("text", shown),
        ("end", None),
    ]
    for kind, text in parts:
        run = paragraph.add_run()
        if kind == "instr":
            element = OxmlElement("w:instrText")
            element.set(qn("xml:space"), "preserve")
            element.text = text
        elif kind == "text":
            element = OxmlElement("w:t")
            element.text = text
        else:
            element = OxmlElement("w:fldChar")
            element.set(qn("w:fldCharType"), kind)
        run._r.append(element)


def repeat_as_header(row: _Row) -> None:
    """Word's "Repeat as header row at the top of each page"."""
    row._tr.get_or_add_trPr().append(OxmlElement("w:tblHeader"))


def add_list(document: Document, bullets: str, indent_twips: int = 567) -> int:
    """A new list definition (bullet glyph or "1.", "2.", …); returns its w:numId."""
    numbering = document.part.numbering_part.element
    abstract_ids = [
        int(node.get(qn("w:abstractNumId"))) for node in numbering.findall(qn("w:abstractNum"))
    ]
    num_ids = [int(node.get(qn("w:numId"))) for node in numbering.findall(qn("w:num"))]
    abstract_id = max(abstract_ids, default=-1) + 1
    num_id = max(num_ids, default=0) + 1
    if bullets == "numbered":
        level = '<w:numFmt w:val="decimal"/><w:lvlText w:val="%1."/>'
        glyph_font = ""
    else:
        glyph, font = BULLET_GLYPHS[bullets]
        level = f'<w:numFmt w:val="bullet"/><w:lvlText w:val="{glyph}"/>'
        glyph_font = (
            f'<w:rPr><w:rFonts w:ascii="{font}" w:hAnsi="{font}" w:hint="default"/></w:rPr>'
        )
    abstract = parse_xml(
        f'<w:abstractNum {nsdecls("w")} w:abstractNumId="{abstract_id}">'
        '<w:multiLevelType w:val="hybridMultilevel"/>'
        f'<w:lvl w:ilvl="0"><w:start w:val="1"/>{level}<w:lvlJc w:val="left"/>'
        f'<w:pPr><w:ind w:left="{indent_twips}" w:hanging="{indent_twips // 2 + 76}"/></w:pPr>'
        f"{glyph_font}</w:lvl></w:abstractNum>"
    )
    first_num = numbering.find(qn("w:num"))
    if first_num is None:
        numbering.append(abstract)
    else:
        first_num.addprevious(abstract)
    numbering.append(
        parse_xml(
            f'<w:num {nsdecls("w")} w:numId="{num_id}">'
            f'<w:abstractNumId w:val="{abstract_id}"/></w:num>'
        )
    )
    return num_id


def set_list(paragraph: Paragraph, num_id: int) -> None:
    """Make the paragraph an item of the list ``num_id``."""
    numbering = paragraph._p.get_or_add_pPr().get_or_add_numPr()
    numbering.get_or_add_ilvl().val = 0
    numbering.get_or_add_numId().val = num_id


_TEMPLATE_EXTRAS = ("/stylesWithEffects", "/customXml", "/thumbnail")
"""Parts of python-docx's template that a document does not need.

Word 2010 styles, custom XML, a preview.
"""


def drop_template_extras(document: Document) -> None:
    """Leave the template's extra parts out of the saved document."""
    for relationships in (document.part.rels, document.part.package.rels):
        for key in [
            key for key, rel in relationships.items() if rel.reltype.endswith(_TEMPLATE_EXTRAS)
        ]:
            del relationships[key]
