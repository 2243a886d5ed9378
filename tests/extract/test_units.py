"""Units: normalisation, dates, sections, vocabularies, kinds."""

from __future__ import annotations

import datetime

import pytest

from inspection_schema.extract.dates import DateSyntaxError, parse_date, parse_date_range
from inspection_schema.extract.kinds import kind_of_title
from inspection_schema.extract.normalise import (
    blocks_from_pages,
    clean,
    continues,
    ends_sentence,
    straighten,
)
from inspection_schema.extract.sections import split_sections
from inspection_schema.extract.vocab import vocabulary

D = datetime.date


@pytest.mark.parametrize(
    ("text", "start", "end"),
    [
        ("12 to 13 October 2021", D(2021, 10, 12), D(2021, 10, 13)),
        ("31 January to 1 February 2023", D(2023, 1, 31), D(2023, 2, 1)),
        ("25 September 2019", D(2019, 9, 25), D(2019, 9, 25)),
        ("30 December 2022 to 2 January 2023", D(2022, 12, 30), D(2023, 1, 2)),
        ("7 and 8 May 2025", D(2025, 5, 7), D(2025, 5, 8)),
        ("12  to\n13 October 2021", D(2021, 10, 12), D(2021, 10, 13)),
    ],
)
def test_date_ranges(text: str, start: datetime.date, end: datetime.date) -> None:
    assert parse_date_range(text) == (start, end)


def test_numeric_dates_are_day_first() -> None:
    assert parse_date("09/04/2019") == D(2019, 4, 9)


@pytest.mark.parametrize(
    "text", ["", "October 2021", "31 February 2023", "12 Octember 2021", "13 to 12 October 2021"]
)
def test_bad_dates(text: str) -> None:
    with pytest.raises(DateSyntaxError):
        parse_date_range(text)


def test_straighten_quotes_and_spaces() -> None:
    assert straighten("children\u2019s \u201chome\u201d\u00a0a\u00adb") == 'children\'s "home" ab'


def test_clean_removes_p_tags_and_collapses_space() -> None:
    assert clean("<p>one</p>  <p>two\n three</p>") == "one two three"


def test_sentence_ends() -> None:
    assert ends_sentence("child.")
    assert ends_sentence("staff\u2014")
    assert ends_sentence("them;")
    assert ends_sentence("trust; and")
    assert ends_sentence("said.'")
    assert not ends_sentence("placement and")
    assert not ends_sentence("home,")
    assert continues("placement and", "social worker")
    assert not continues("end.", "next")
    assert not continues("placement and", "Social")


def test_furniture_page_numbers_and_dashes_go() -> None:
    pages = [
        "Inspection report children's home: SC024808\n1\nFirst paragraph carries\n",
        (
            "Inspection report for children's home: 2515609\n\n2\non over the page.\n---\t--\n"
            "Page 3 of 9\n"
        ),
    ]
    blocks = blocks_from_pages(pages)
    assert [block.text for block in blocks] == ["First paragraph carries on over the page."]
    assert blocks[0].page == 1


def test_lines_hyphens_and_bullets() -> None:
    (block, bullet) = blocks_from_pages(
        ["A long line broken\nanywhere with day-to-\nday care.\n\n\u2022 A bullet"], numbered=False
    )
    assert block.text == "A long line broken anywhere with day-to-day care."
    assert block.page is None
    assert bullet.text == "- A bullet"


def test_text_blank_lines_mid_sentence_are_joined_but_pdf_ones_only_across_pages() -> None:
    text = "Staff liaised with one child's placement and\n\n\n\nsocial worker."
    assert [b.text for b in blocks_from_pages([text], numbered=False)] == [
        "Staff liaised with one child's placement and social worker."
    ]
    assert len(blocks_from_pages([text])) == 2
    assert len(blocks_from_pages(["placement and", "social worker."])) == 1


def test_rows_and_wrapped_cells() -> None:
    (row, plain) = blocks_from_pages(
        ["<p>a</p> <p>b</p>\t<p>19 November 2021</p>\nwrapped on\n\nplain text"], numbered=False
    )
    assert row.cells == ("<p>a</p> <p>b</p> wrapped on", "<p>19 November 2021</p>")
    assert plain.cells is None
    assert plain.text == "plain text"


def test_sections_split_on_headings_and_the_combined_improve_heading() -> None:
    text = (
        "1234567\n\nRegistered provider: X\n\nFull inspection\n\nInspection dates: 1 May 2022\n\n"
        "What does the children's home need to do to improve? Statutory requirements\n\n"
        "Preamble.\n\nInspectors\n\nA B, Social Care Inspector\n"
    )
    sections = split_sections(blocks_from_pages([text], numbered=False))
    assert [s.name for s in sections] == [
        "header",
        "inspection_dates",
        "improve",
        "requirements",
        "inspectors",
    ]
    assert sections[1].value() == "1 May 2022"
    assert [b.text for b in sections[3].blocks] == ["Preamble."]


@pytest.mark.parametrize(
    ("codelist", "wording", "code"),
    [
        ("judgement", "Requires Improvement", "requires_improvement_to_be_good"),
        ("judgement", "requires improvement to be good", "requires_improvement_to_be_good"),
        ("outcome", "Sustained effectiveness", "sustained_effectiveness"),
        ("outcome", "A new wording", "a_new_wording"),
        ("judgement", "A new wording", None),
        ("inspection-type", "SC \u2013 Emergency inspection", "emergency"),
        ("provision-type", "Children\u2019s home", "childrens_home"),
        ("inspector-role", "Her Majesty's Inspector", "his_majestys_inspector"),
    ],
)
def test_vocabularies(codelist: str, wording: str, code: str | None) -> None:
    assert vocabulary(codelist).code(wording) == code


@pytest.mark.parametrize(
    ("line", "kind"),
    [
        ("Full inspection", "full"),
        ("Interim inspection", "interim"),
        ("Monitoring visit", "monitoring"),
        ("Monitoring inspection", "monitoring"),
        ("Assurance inspection", "assurance"),
        ("Assurance visit", "assurance"),
        ("Emergency inspection", "emergency"),
        ("SC \u2013 Emergency inspection", "emergency"),
        ("Inspected under the social care common inspection framework", None),
        ("Full", "full"),
    ],
)
def test_kind_titles(line: str, kind: str | None) -> None:
    assert kind_of_title(line) == kind
