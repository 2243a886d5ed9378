"""Tagged PDFs: the structure tree decides paragraphs, cells, rows and list items, and its
artifacts (running furniture, repeated header rows) are left out; geometry still joins the
lines inside a block."""

from __future__ import annotations

from inspection_schema.extract.normalise import blocks_from_pages
from inspection_schema.extract.pdf import read_pdf_pages
from tests.extract.pdf.minipdf import Element, build


def _marked(mcid: int, x: float, y: float, text: str, font: str = "F1") -> bytes:
    return b"/Span << /MCID %d >> BDC BT /%s 11 Tf %.2f %.2f Td (%s) Tj ET EMC\n" % (
        mcid,
        font.encode(),
        x,
        y,
        text.encode("cp1252"),
    )


def _artifact(x: float, y: float, text: str) -> bytes:
    return b"/Artifact BMC BT /F1 9 Tf %.2f %.2f Td (%s) Tj ET EMC\n" % (x, y, text.encode())


FULL = "Staff know every child well and plan the care of each child with them each week"
"""A line as wide as the text: geometry alone would say the paragraph goes on after it."""


def _paragraphs(data: bytes) -> list[str]:
    pages = read_pdf_pages(data)
    return [block.text for block in blocks_from_pages(pages.texts, carried=pages.carried)]


def test_paragraph_elements_decide_where_paragraphs_end() -> None:
    # No space between the paragraphs and every line full: only the tags tell them apart.
    page = _marked(0, 72, 760, FULL) + _marked(1, 72, 747, FULL) + _marked(2, 72, 734, FULL)
    structure = [Element("Document", 0, [Element("P", 0, [0]), Element("P", 0, [1, 2])])]
    assert _paragraphs(build([page], structure=structure)) == [FULL, f"{FULL} {FULL}"]


def test_one_paragraph_element_carries_over_a_page_break() -> None:
    first = _marked(0, 72, 760, FULL) + _marked(1, 72, 747, "The manager acts on it.")
    first += _artifact(300, 30, "1")
    second = _marked(0, 72, 760, "Children say they feel safe.") + _artifact(300, 30, "2")
    structure = [
        Element("Document", 0, [Element("P", 0, [0, 1, Element("Span", 1, [0])])]),
    ]
    pages = read_pdf_pages(build([first, second], structure=structure))
    assert pages.carried == [True, False]
    assert _paragraphs(build([first, second], structure=structure)) == [
        f"{FULL} The manager acts on it. Children say they feel safe."
    ]


def test_cells_drawn_along_one_line_are_told_apart_by_their_elements() -> None:
    header = _marked(0, 72, 760, "Requirement") + _marked(1, 420, 760, "Due date")
    row = _marked(2, 72, 740, "The registered person must review plans.")
    row += _marked(3, 420, 740, "1 April 2023") + _marked(4, 72, 727, "In particular, records.")
    repeated = _artifact(72, 760, "Requirement") + _artifact(420, 760, "Due date")
    following = repeated + _marked(0, 72, 740, "The registered person must train staff.")
    following += _marked(1, 420, 740, "1 May 2023")

    def cell(page: int, *mcids: int) -> Element:
        return Element("TD", page, [Element("P", page, [mcid]) for mcid in mcids])

    table = Element(
        "Table",
        0,
        [
            Element("THead", 0, [Element("TR", 0, [cell(0, 0), cell(0, 1)])]),
            Element(
                "TBody",
                0,
                [
                    Element("TR", 0, [cell(0, 2, 4), cell(0, 3)]),
                    Element("TR", 1, [cell(1, 0), cell(1, 1)]),
                ],
            ),
        ],
    )
    texts = read_pdf_pages(build([header + row, following], structure=[table])).texts
    assert texts[0].strip().split("\n\n") == [
        "Requirement\tDue date",
        (
            "<p>The registered person must review plans.</p> <p>In particular, records.</p>"
            "\t1 April 2023"
        ),
    ]
    assert texts[1].strip() == "The registered person must train staff.\t1 May 2023"


def test_list_labels_are_left_out_and_bullets_written_as_dashes() -> None:
    page = b"/Lbl << /MCID 0 >> BDC BT /F4 11 Tf 72 760 Td <A7> Tj ET EMC\n"
    page += _marked(1, 90, 760, "Review the rota.")
    page += _marked(2, 72, 747, "1.") + _marked(3, 90, 747, "Record each child's views.")
    items: list[int | Element] = [
        Element("LI", 0, [Element("Lbl", 0, [0]), Element("LBody", 0, [1])]),
        Element("LI", 0, [Element("Lbl", 0, [2]), Element("LBody", 0, [3])]),
    ]
    assert _paragraphs(build([page], structure=[Element("L", 0, items)])) == [
        "- Review the rota.",
        "Record each child's views.",
    ]


def test_an_untagged_share_of_the_text_falls_back_to_geometry() -> None:
    # A tree that covers little of the text is not used: the paragraph gap decides.
    page = _marked(0, 72, 760, "First paragraph.")
    page += b"BT /F1 11 Tf 72 730 Td (Second paragraph, not marked at all, and long.) Tj ET"
    structure = [Element("P", 0, [0])]
    assert _paragraphs(build([page], structure=structure)) == [
        "First paragraph.",
        "Second paragraph, not marked at all, and long.",
    ]
