"""Page layout: paragraphs from the document's own spacing, running furniture by repetition,
repeated table header rows, list labels, and regulation references wrapped between groups."""

from __future__ import annotations

from reportlab.pdfbase.pdfmetrics import stringWidth

from inspection_schema.extract.normalise import blocks_from_pages
from inspection_schema.extract.pdf import read_pdf_pages
from tests.extract.pdf.minipdf import build

SIZE = 11
LEFT = 72.0
MEASURE = 450.0
"""The width of the text: lines are filled up to it, as a word processor fills them."""


def _string(text: str) -> bytes:
    raw = text.encode("cp1252")
    return b"(" + raw.replace(b"\\", b"\\\\").replace(b"(", b"\\(").replace(b")", b"\\)") + b")"


def _show(x: float, y: float, text: str, font: str = "F1", size: float = SIZE) -> bytes:
    return b"BT /%s %g Tf %.2f %.2f Td %s Tj ET\n" % (font.encode(), size, x, y, _string(text))


def _wrap(text: str, *, measure: float = MEASURE, space: bool = False) -> list[str]:
    """The text broken into lines no wider than the measure; with ``space`` each line but the
    last keeps the space it was broken at (as Word and LibreOffice draw it)."""
    lines: list[str] = []
    current = ""
    for word in text.split():
        candidate = f"{current} {word}" if current else word
        if current and stringWidth(candidate, "Helvetica", SIZE) > measure:
            lines.append(current + (" " if space else ""))
            current = word
        else:
            current = candidate
    return [*lines, current]


def _page(paragraphs: list[str], top: float, pitch: float, after: float, **wrap: bool) -> bytes:
    content = b""
    y = top
    for paragraph in paragraphs:
        for line in _wrap(paragraph, **wrap):
            content += _show(LEFT, y, line)
            y -= pitch
        y -= after
    return content


def _paragraphs(data: bytes) -> list[str]:
    pages = read_pdf_pages(data)
    return [block.text for block in blocks_from_pages(pages.texts, carried=pages.carried)]


BODY = [
    (
        "The registered manager has a clear understanding of the strengths of the home and acts "
        "quickly when shortfalls are found, so that children receive consistent care."
    ),
    (
        "Children say that they feel safe. Staff know the children well and help them to manage "
        "their feelings, and incidents have reduced since the last inspection."
    ),
    "Short paragraph.",
    (
        "Staff support children to attend school and to take part in clubs and activities that "
        "they enjoy, which helps them to build friendships and confidence over time."
    ),
]


def test_paragraph_gaps_are_read_against_the_documents_own_line_pitch() -> None:
    for pitch, after in ((12.65, 6.0), (14.5, 3.0), (17.0, 10.0)):
        data = build([_page(BODY, 760, pitch, after)])
        assert _paragraphs(data) == BODY, (pitch, after)


def test_without_space_between_paragraphs_a_short_line_ends_one() -> None:
    data = build([_page(BODY, 760, 12.65, 0.0)])
    assert _paragraphs(data) == BODY


def test_a_line_starting_with_a_quote_in_another_font_goes_on_the_paragraph() -> None:
    first = "The manager reviews every plan with the social worker and the child, and the"
    content = _show(LEFT, 760, first) + _show(LEFT, 747.35, "\u2019", "F3")
    content += _show(LEFT + 3.66, 747.35, "s views are written down in the record.")
    content = content.replace(b"(\x92)", b"<0001>")
    text = _paragraphs(build([content]))
    assert text == [f"{first} 's views are written down in the record."]


def test_bullets_in_another_font_and_numbers_do_not_leak_into_the_text() -> None:
    content = b""
    y = 760.0
    for label, font, text in (
        ("\xa7", "F4", "The registered person should review the rota."),
        ("\xa7", "F4", "Staff should record each child's views."),
        ("1.", "F1", "Leaders should act on the findings."),
        ("2.", "F1", "Plans should be kept up to date."),
    ):
        label_bytes = b"<A7>" if font == "F4" else _string(label)
        content += b"BT /%s %d Tf %.2f %.2f Td %s Tj ET\n" % (
            font.encode(),
            SIZE,
            LEFT,
            y,
            label_bytes,
        )
        content += _show(LEFT + 18, y, text)
        y -= 19
    assert _paragraphs(build([content])) == [
        "- The registered person should review the rota.",
        "- Staff should record each child's views.",
        "Leaders should act on the findings.",
        "Plans should be kept up to date.",
    ]


def _furnished(number: int, count: int, body: list[str]) -> bytes:
    content = b""
    if number > 1:  # a different first page: no header on page 1
        content += _show(LEFT, 800, "Inspection report for children's home: 1234567", size=9)
        content += _show(470, 800, f"Page {number} of {count}", size=9)
    content += _show(290, 30, f"{number}", size=9)
    return content + _page(body, 760, 12.65, 6.0)


def test_running_headers_and_footers_are_found_by_repetition() -> None:
    pages = [_furnished(number, 3, [BODY[number - 1]]) for number in (1, 2, 3)]
    texts = read_pdf_pages(build(pages)).texts
    joined = "\n".join(texts)
    assert "Page" not in joined
    assert "1234567" not in joined
    assert next(line for line in texts[1].split("\n") if line).startswith("Children say")


def test_a_header_row_repeated_on_the_next_page_is_dropped() -> None:
    def table(rows: list[tuple[str, str]]) -> bytes:
        content = _show(LEFT, 760, "Requirement") + _show(400, 760, "Due date")
        y = 740.0
        for requirement, due in rows:
            content += _show(LEFT, y, requirement) + _show(400, y, due)
            y -= 20
        return content

    first = _show(LEFT, 790, "Statutory requirements") + table(
        [("The registered person must review plans.", "1 April 2023")]
    ).replace(b" 760.00 Td", b" 700.00 Td").replace(b" 740.00 Td", b" 680.00 Td")
    second = table([("The registered person must train staff.", "1 May 2023")])
    texts = read_pdf_pages(build([first, second])).texts
    assert texts[0].count("Requirement\tDue date") == 1
    assert "Requirement" not in texts[1]
    assert "The registered person must train staff.\t1 May 2023" in texts[1]


LEAD = "that each child is encouraged to build and maintain positive"
WRAPS = {
    # Broken between two brackets of one group: no space stood there.
    "(x)": ("relationships with others. (Regulation 11 (1)(a)(b)(c) (2)(a)(iv)(x)", "(xiii)(b))"),
    # Broken at the space between two groups.
    "(c) ": ("relationships with others. (Regulation 11 (1)(a)(b)(c)", "(2)(a)(iv)(x)(xiii)(b))"),
}
REFERENCE = f"{LEAD} relationships with others. (Regulation 11 (1)(a)(b)(c) (2)(a)(iv)(x)(xiii)(b))"


def _wrapped_reference(split: str, *, space: bool) -> bytes:
    """The reference paragraph in three lines, as a word processor that may break between
    brackets sets it: the first two fill the measure (the first is justified to it), the
    second is broken at ``split``; with ``space`` the writer draws the space at a break."""
    middle, last = WRAPS[split]
    spaced = space and split.endswith(" ")
    reach = stringWidth(middle + (" " if spaced else ""), "Helvetica", SIZE) + 4
    stretch = (reach - stringWidth(LEAD, "Helvetica", SIZE)) / LEAD.count(" ")
    content = b"BT /F1 %d Tf %.3f Tw %.2f 760 Td %s Tj ET\n" % (
        SIZE,
        stretch,
        LEFT,
        _string(LEAD + (" " if space else "")),
    )
    content += _show(LEFT, 760 - 12.65, middle + (" " if spaced else ""))
    return content + _show(LEFT, 760 - 2 * 12.65, last)


def test_a_reference_wrapped_between_brackets_gains_no_space() -> None:
    for space in (True, False):
        data = build([_wrapped_reference("(x)", space=space)])
        assert _paragraphs(data) == [REFERENCE], space


def test_a_reference_wrapped_at_a_space_between_groups_keeps_it() -> None:
    for space in (True, False):
        data = build([_wrapped_reference("(c) ", space=space)])
        assert _paragraphs(data) == [REFERENCE], space


def test_a_table_starting_at_the_top_of_a_page_keeps_its_header_row() -> None:
    # The header row stands at the same height on two of three pages, as running furniture
    # would; it stays close to the rows under it, so it is not furniture.
    def table(requirement: str, due: str) -> bytes:
        content = _show(LEFT, 760, "Requirement") + _show(400, 760, "Due date")
        return content + _show(LEFT, 744, requirement) + _show(400, 744, due)

    pages = [
        _page(BODY[:2], 760, 12.65, 6.0),
        table("The registered person must review plans.", "1 April 2023"),
        table("The registered person must train staff.", "1 May 2023"),
    ]
    texts = read_pdf_pages(build(pages)).texts
    assert texts[1].startswith("Requirement\tDue date\n")
    assert "Requirement" not in texts[2]


def test_a_row_that_repeats_the_one_before_over_a_page_break_is_kept() -> None:
    # A table without a header row goes on over two page breaks; the rows that open the
    # second and third pages are the same text, but neither is a repeated header row.
    row = ("Staff support children's progress in education.", "25 May 2021")
    pages = [
        _page(BODY[:1], 760, 12.65, 6.0)
        + _show(LEFT, 700, "Staff record each child's views.")
        + _show(400, 700, "19 May 2021"),
        _show(LEFT, 760, row[0])
        + _show(400, 760, row[1])
        + _show(LEFT, 744, "Staff review plans.")
        + _show(400, 744, "1 June 2021"),
        _show(LEFT, 760, row[0])
        + _show(400, 760, row[1])
        + _show(LEFT, 744, "Staff train often.")
        + _show(400, 744, "2 June 2021"),
    ]
    texts = read_pdf_pages(build(pages)).texts
    assert [text.count(row[0]) for text in texts] == [0, 1, 1]


def test_a_cell_ended_by_a_mark_does_not_take_the_next_pages_text() -> None:
    # The cell's last line fills the cell, but a paragraph mark (a line of a space alone)
    # ends it: the text at the top of the next page, under the cell, is a paragraph of its
    # own. The row is drawn cell by cell, as writers draw tables.
    full = "Staff review the administration of medication in a timely way"
    due = LEFT + stringWidth(full, "Helvetica", SIZE) + 30
    first = _page(BODY[:1], 760, 12.65, 6.0)
    first += _show(LEFT, 700, "Staff check plans with every child and each family")
    first += _show(LEFT, 687.35, full) + _show(LEFT, 677, " ")
    first += _show(due, 700, "9 November 2019")
    second = _show(LEFT, 760, "Staff support children's progress in education.")
    second += _show(LEFT, 740, "Children's home details")
    texts = read_pdf_pages(build([first, second])).texts
    assert "\t9 November 2019" in texts[0]
    assert texts[1].startswith("Staff support children's progress in education.\n")


def test_a_row_after_a_paragraph_in_a_table_is_no_header() -> None:
    # The last row of page 1 opens a "table" after a paragraph between rows; the same row
    # opens page 2. It is a data row repeated, not a header row: both are kept.
    row = _show(LEFT, 0, "Staff encourage planning.") + _show(400, 0, "25 May 2021")
    first = _show(LEFT, 760, "Requirement") + _show(400, 760, "Due date")
    first += _show(LEFT, 744, "Staff review plans.") + _show(400, 744, "19 May 2021")
    first += _show(LEFT, 720, "This relates to the plans of every child in the home.")
    first += row.replace(b" 0.00 Td", b" 696.00 Td")
    second = row.replace(b" 0.00 Td", b" 760.00 Td") + _show(LEFT, 730, "Children's home details")
    texts = read_pdf_pages(build([first, second])).texts
    assert [text.count("Staff encourage planning.\t25 May 2021") for text in texts] == [1, 1]
