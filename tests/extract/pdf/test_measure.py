"""Where each piece of text starts and ends, measured from the font's widths and the text
state, and how pieces are joined by the measured gaps between them."""

from __future__ import annotations

import io

import pytest
from pypdf import PdfReader
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen.canvas import Canvas

from inspection_schema.extract.pdf import read_pdf_pages
from inspection_schema.extract.pdf.content import read_drawing
from inspection_schema.extract.pdf.pieces import Budget, Piece
from tests.extract.pdf.minipdf import build


def _pieces(data: bytes, page: int = 0) -> list[Piece]:
    reader = PdfReader(io.BytesIO(data))
    return read_drawing(reader.pages[page], {}, Budget(10**6)).pieces


def _text(data: bytes) -> str:
    return read_pdf_pages(data).texts[0].strip()


def test_a_piece_ends_where_its_widths_and_spacing_take_it() -> None:
    text = "Children's home is good"
    buffer = io.BytesIO()
    canvas = Canvas(buffer)
    drawing = canvas.beginText(72, 700)
    drawing.setFont("Helvetica", 10)
    drawing.setCharSpace(1.5)
    drawing.setWordSpace(3)
    drawing.setHorizScale(80)
    drawing.textOut(text)
    canvas.drawText(drawing)
    canvas.showPage()
    canvas.save()
    (piece,) = _pieces(buffer.getvalue())
    natural = stringWidth(text, "Helvetica", 10)
    expected = (natural + 1.5 * len(text) + 3 * text.count(" ")) * 0.8
    assert piece.text == text
    assert piece.x0 == pytest.approx(72)
    assert piece.x1 == pytest.approx(72 + expected)
    assert piece.y == pytest.approx(700)
    assert piece.size == pytest.approx(10)


def test_matrices_scale_and_move_the_text() -> None:
    data = build([b"q 2 0 0 2 10 20 cm BT /F1 10 Tf 1 0 0 1 30 300 Tm 0 5 Td (Safe) Tj ET Q"])
    (piece,) = _pieces(data)
    assert piece.x0 == pytest.approx(10 + 2 * 30)
    assert piece.y == pytest.approx(20 + 2 * 305)
    assert piece.size == pytest.approx(20)
    assert piece.x1 - piece.x0 == pytest.approx(stringWidth("Safe", "Helvetica", 20))


def test_text_drawn_by_a_form_is_placed_by_its_matrix() -> None:
    form = b"BT /F2 12 Tf 100 0 Td (Inside a form) Tj ET"
    data = build([b"q 1 0 0 1 0 500 cm /Fm1 Do Q"], forms={"Fm1": form})
    (piece,) = _pieces(data)
    assert piece.text == "Inside a form"
    assert (piece.x0, piece.y) == pytest.approx((100, 500))
    assert piece.x1 - piece.x0 == pytest.approx(stringWidth("Inside a form", "Times-Roman", 12))


@pytest.mark.parametrize(
    ("content", "expected"),
    [
        # A word cut into two runs, the second drawn where the first ends: no space.
        (b"BT /F1 12 Tf 72 700 Td (Headline f) Tj ET BT /F1 12 Tf %.3f 700 Td (indings) Tj ET"
         % (72 + stringWidth("Headline f", "Helvetica", 12)), "Headline findings"),
        # A curly apostrophe in another font, touching the letters either side.
        (b"BT /F1 12 Tf 72 700 Td (children) Tj /F3 12 Tf <0001> Tj /F1 12 Tf (s home) Tj ET",
         "children\u2019s home"),
        # Spaces drawn as runs of their own.
        (b"BT /F1 12 Tf 72 700 Td (child) Tj ( ) Tj (in) Tj ( ) Tj (need) Tj ET", "child in need"),
        # A kerning move of a space's width inside TJ, and a small one that is only kerning.
        (b"BT /F1 12 Tf 72 700 Td [(Main) -280 (findings) -20 (.)] TJ ET", "Main findings."),
        # A gap as wide as a space between two positioned runs.
        (b"BT /F1 12 Tf 72 700 Td (risk) Tj ET BT /F1 12 Tf %.3f 700 Td (assessment) Tj ET"
         % (72 + stringWidth("risk ", "Helvetica", 12)), "risk assessment"),
        # A hyphenated compound drawn in three runs.
        (b"BT /F1 12 Tf 72 700 Td (child) Tj (-) Tj (in) Tj (-) Tj (need) Tj ET", "child-in-need"),
    ],
)  # fmt: skip
def test_pieces_join_by_the_measured_gap(content: bytes, expected: str) -> None:
    assert _text(build([content])) == expected


def test_a_gap_where_a_column_begins_is_a_new_cell() -> None:
    content = (
        b"BT /F1 10 Tf 72 700 Td (The effectiveness of leaders and managers) Tj"
        b" 300 0 Td (inadequate) Tj ET"
    )
    assert _text(build([content])) == "The effectiveness of leaders and managers\tinadequate"


def test_word_spacing_applies_to_the_space_code_only() -> None:
    simple = b"BT /F1 10 Tf 20 Tw 72 700 Td (a b) Tj ET "
    two_bytes = b"BT /F3 10 Tf 20 Tw 72 600 Td <000100060002> Tj ET"
    data = build([simple + two_bytes])
    first, second = _pieces(data)
    assert first.x1 - first.x0 == pytest.approx(stringWidth("a b", "Helvetica", 10) + 20)
    assert second.x1 - second.x0 == pytest.approx(3.33 + 2.5 + 3.33)
    assert second.text == "\u2019 \u2018"
