"""The regulation reference parser: the documented variants and every reference in both reports."""

from __future__ import annotations

import re
from typing import Any

import pytest

from inspection_schema.spec.regulation_references import (
    ParsedReference,
    ReferenceSyntaxError,
    format_provision,
    parse_reference,
)
from tests.support import load_example

CASES = {
    "Regulation 7 (1)(a)(b)(c) (2)(a)(ii)(iii)(b)(i)": (
        7,
        ("7(1)(a)", "7(1)(b)", "7(1)(c)", "7(2)(a)(ii)", "7(2)(a)(iii)", "7(2)(b)(i)"),
    ),
    "Regulation 5 (a)(b)(c)": (5, ("5(a)", "5(b)", "5(c)")),
    "Regulation 12 (1) (2)(a)(i)(ii)(iii)(v)(d)": (
        12,
        ("12(1)", "12(2)(a)(i)", "12(2)(a)(ii)", "12(2)(a)(iii)", "12(2)(a)(v)", "12(2)(d)"),
    ),
    "Regulation 11 (1)(a) (2)(a)(i)(ix)": (11, ("11(1)(a)", "11(2)(a)(i)", "11(2)(a)(ix)")),
    "Regulation 32 (1) (2)(a)(b) (4)(a)(b) (5)(a)(b)": (
        32,
        ("32(1)", "32(2)(a)", "32(2)(b)", "32(4)(a)", "32(4)(b)", "32(5)(a)", "32(5)(b)"),
    ),
    "Regulation 11 (1)(a)(b)(c) (2)(a)(iv)(x)(xiii)(b)": (
        11,
        (
            "11(1)(a)",
            "11(1)(b)",
            "11(1)(c)",
            "11(2)(a)(iv)",
            "11(2)(a)(x)",
            "11(2)(a)(xiii)",
            "11(2)(b)",
        ),
    ),
    "Regulation 12": (12, ("12",)),
    "Regulation 23 (1) (2)(b)": (23, ("23(1)", "23(2)(b)")),
    "Regulation 13 (2)(g)(h)(i)": (13, ("13(2)(g)", "13(2)(h)(i)")),
}


@pytest.mark.parametrize(("text", "expected"), CASES.items())
def test_variants(text: str, expected: tuple[int, tuple[str, ...]]) -> None:
    assert parse_reference(text) == ParsedReference(*expected)


def test_result_is_a_small_frozen_tuple() -> None:
    parsed = parse_reference("Regulation 36 (1)(a)")
    assert parsed.regulation == 36
    assert parsed.provisions == ("36(1)(a)",)
    with pytest.raises(AttributeError):
        parsed.regulation = 1  # type: ignore[misc]


def test_spaces_and_line_breaks_are_ignored() -> None:
    assert parse_reference("Regulation 12 (1)\n(2)(a)(i)").provisions == ("12(1)", "12(2)(a)(i)")


@pytest.mark.parametrize(
    ("text", "letters", "expected"),
    [
        # 13(2) has (a)-(h): (i) after (h) is a head.
        ("Regulation 13 (2)(h)(i)", None, ("13(2)(h)(i)",)),
        # Were (i) a letter of 13(2), directly after (h) it would be the next letter...
        ("Regulation 13 (2)(h)(i)", {"13": {"2": "abcdefghi"}}, ("13(2)(h)", "13(2)(i)")),
        # ...but not after a head, nor after a letter other than (h).
        (
            "Regulation 13 (2)(h)(ii)(i)",
            {"13": {"2": "abcdefghi"}},
            ("13(2)(h)(ii)", "13(2)(h)(i)"),
        ),
        ("Regulation 13 (2)(g)(i)", {"13": {"2": "abcdefghi"}}, ("13(2)(g)(i)",)),
        ("Regulation 9 (1)(u)(v)", {"9": {"1": "abcdefghijklmnopqrstuv"}}, ("9(1)(u)", "9(1)(v)")),
        # With no letter before it in its group, (i) is a letter.
        ("Regulation 13 (2)(i)", None, ("13(2)(i)",)),
    ],
)
def test_ambiguous_roman_numerals(
    text: str, letters: dict[str, dict[str, str]] | None, expected: tuple[str, ...]
) -> None:
    assert parse_reference(text, letters=letters).provisions == expected


@pytest.mark.parametrize(
    "text",
    [
        "",
        "Reg 7 (1)",
        "Regulation",
        "Regulation seven",
        "Regulation 7 (1",
        "Regulation 7 1(a)",
        "Regulation 7 (abc)",
        "Regulation 7 (0)",
        "Schedule 3",
    ],
)
def test_unreadable_references_raise(text: str) -> None:
    with pytest.raises(ReferenceSyntaxError):
        parse_reference(text)


def test_error_is_a_value_error() -> None:
    assert issubclass(ReferenceSyntaxError, ValueError)


def test_format_provision() -> None:
    assert format_provision(7, "2", "a", "ii") == "7(2)(a)(ii)"
    assert format_provision(5, None, "c") == "5(c)"
    assert format_provision(12) == "12"


_IN_REPORT = re.compile(r"\((Regulation [0-9]+(?:\s*\([0-9a-z]+\))*)\)")


@pytest.mark.parametrize("name", ["2515609-full-2021-10-12", "1252023-full-2023-01-31"])
def test_every_reference_in_the_reports(name: str, load_report: Any) -> None:
    found = [" ".join(text.split()) for text in _IN_REPORT.findall(load_report(name))]
    expected = [
        reference
        for requirement in load_example(name)["requirements"]
        for reference in requirement["regulations"]
    ]
    assert found == [reference["text"] for reference in expected]
    for text, reference in zip(found, expected, strict=True):
        parsed = parse_reference(text)
        assert parsed.regulation == reference["regulation"]
        assert list(parsed.provisions) == reference["provisions"]
