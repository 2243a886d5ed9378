"""A paragraph that a page break cuts at a sentence end: the line before the break filling
the measure of the text shows that it goes on, in PDF (see test_layout and
test_pdf_paragraph_marks) and in text that keeps its line breaks; and page furniture in
text is recognised in time linear in the line's length."""

from __future__ import annotations

from inspection_schema.extract.normalise import blocks_from_pages, is_furniture

FILLED = """Staff know each child well and they plan the care of every child with them
and review it every week. Children say that they feel safe in the home and that
the staff who look after them listen carefully to everything they want to say.

Inspection report for children's home: 1234567

3

Managers act on what children say and record the changes they make.
"""


def _texts(text: str) -> list[str]:
    return [block.text for block in blocks_from_pages([text], numbered=False)]


def test_a_full_last_line_before_page_furniture_carries_the_paragraph_on() -> None:
    (paragraph,) = _texts(FILLED)
    assert paragraph.endswith(
        "to say. Managers act on what children say and record the changes they make."
    )


def test_a_short_last_line_before_page_furniture_ends_the_paragraph() -> None:
    text = FILLED.replace(
        "the staff who look after them listen carefully to everything they want to say.",
        "staff listen.",
    )
    assert len(_texts(text)) == 2


def test_without_furniture_between_them_two_paragraphs_stay_apart() -> None:
    text = FILLED.replace("Inspection report for children's home: 1234567\n\n3\n\n", "")
    assert len(_texts(text)) == 2


def test_a_form_feed_marks_a_page_break_too() -> None:
    text = FILLED.replace("Inspection report for children's home: 1234567\n\n3\n", "\f")
    assert len(_texts(text)) == 1


def test_long_runs_of_dashes_and_spaces_are_read_once() -> None:
    # A pattern that backtracks over the run would take minutes on lines this long.
    assert is_furniture("- " * 200_000)
    assert not is_furniture("- " * 200_000 + "x")
    assert not is_furniture("Inspection report for children's home:" + " " * 200_000 + "x")
    assert is_furniture("Inspection report for children's home: SC123456 " + " " * 200_000)
