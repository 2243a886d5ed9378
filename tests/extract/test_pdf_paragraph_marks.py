"""Paragraph marks in a PDF decide whether a paragraph carries on across a page break.

Each PDF here is drawn line by line with reportlab's canvas, so the test controls exactly
where text and marks (lines holding only a space) fall.
"""

from __future__ import annotations

import io

import pytest
from reportlab.pdfgen.canvas import Canvas

from inspection_schema.extract.normalise import blocks_from_pages
from inspection_schema.extract.pdf import read_pdf_pages

MARK = " "
GAP = None
Page = list[str | None]


def _pdf(pages: list[Page]) -> bytes:
    """A PDF whose pages hold these lines, top down; ``MARK`` draws a line of one space and
    ``GAP`` draws nothing (a paragraph gap with no mark in it).

    Each page starts with a running header and a page number, drawn first.
    """
    buffer = io.BytesIO()
    canvas = Canvas(buffer)
    for number, lines in enumerate(pages, start=1):
        canvas.setFont("Helvetica", 9)
        canvas.drawString(56, 800, "Inspection report for children's home: SC123456")
        canvas.drawString(530, 28, str(number))
        canvas.setFont("Helvetica", 10)
        y = 760.0
        for line in lines:
            if line is not GAP:
                canvas.drawString(62, y, line)
            y -= 13
        canvas.showPage()
    canvas.save()
    return buffer.getvalue()


def _paragraphs(data: bytes) -> list[str]:
    pages = read_pdf_pages(data)
    return [block.text for block in blocks_from_pages(pages.texts, carried=pages.carried)]


FIRST: Page = ["Staff know the children well.", MARK, "The manager reviews plans every month."]
SECOND: Page = ["Children say they feel safe.", MARK]


def test_a_page_ending_without_a_mark_carries_on_at_a_sentence_end() -> None:
    # Every paragraph of this document ends with a mark, so a page without one goes on.
    data = _pdf([FIRST, SECOND])
    assert read_pdf_pages(data).carried == [True, False]
    assert _paragraphs(data) == [
        "Staff know the children well.",
        "The manager reviews plans every month. Children say they feel safe.",
    ]


def test_a_mark_at_the_foot_of_the_page_ends_the_paragraph() -> None:
    data = _pdf([[*FIRST, MARK], SECOND])
    assert read_pdf_pages(data).carried == [False, False]
    assert _paragraphs(data)[-2:] == [
        "The manager reviews plans every month.",
        "Children say they feel safe.",
    ]


def test_a_mark_pushed_to_the_top_of_the_next_page_ends_the_paragraph() -> None:
    data = _pdf([FIRST, [MARK, *SECOND]])
    assert read_pdf_pages(data).carried == [False, False]
    assert len(_paragraphs(data)) == 3


def test_a_mark_ends_a_paragraph_even_mid_sentence() -> None:
    data = _pdf(
        [[*FIRST[:-1], "The manager reviews plans with", MARK], ["children every month.", MARK]]
    )
    assert read_pdf_pages(data).carried == [False, False]
    assert _paragraphs(data)[-2:] == ["The manager reviews plans with", "children every month."]


FULL = "Staff know each child well and they plan the care of every child with them and"
"""A line that fills the measure: the pages below are set in lines of this width."""


@pytest.mark.parametrize(
    ("last", "carried", "count"),
    [
        # The last line fills the measure: the paragraph goes on, even after a full stop.
        (
            "Staff know each child well and they plan the care of every child with them too.",
            True,
            2,
        ),
        # The last line stops short though the next word would have fitted: it ended.
        ("Staff know each child well.", False, 3),
    ],
)
def test_without_marks_the_line_fill_decides(last: str, carried: bool, count: int) -> None:
    data = _pdf([[FULL, "each week.", GAP, FULL, FULL, last], ["children say they feel safe."]])
    assert read_pdf_pages(data).carried == [carried, False]
    assert len(_paragraphs(data)) == count


def test_a_mark_level_with_text_in_another_table_cell_still_counts() -> None:
    # A two-row table drawn cell by cell: the grade cell's mark sits level with the second
    # line of the label beside it. It is still a mark: the text drawn next to it is not level.
    buffer = io.BytesIO()
    canvas = Canvas(buffer)
    canvas.setFont("Helvetica", 10)
    for top, label, grade in (
        (700, "How well children and young people are helped and", "good"),
        (660, "The effectiveness of leaders and managers, taken", "good"),
    ):
        canvas.drawString(62, top, label)
        canvas.drawString(62, top - 13, "together:")
        canvas.drawString(62, top - 23, MARK)
        canvas.drawString(380, top, grade)
        canvas.drawString(380, top - 13, MARK)
    canvas.drawString(62, 600, "The manager reviews plans every month.")
    canvas.showPage()
    canvas.setFont("Helvetica", 10)
    canvas.drawString(62, 760, "Children say they feel safe.")
    canvas.drawString(62, 750, MARK)
    canvas.showPage()
    canvas.save()
    data = buffer.getvalue()
    assert read_pdf_pages(data).carried == [True, False]
    assert (
        _paragraphs(data)[-1]
        == "The manager reviews plans every month. Children say they feel safe."
    )
