"""Content streams split into operations, as PDF 32000-1 writes them."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from inspection_schema.extract.pdf.tokens import operations


def test_operands_of_every_kind() -> None:
    stream = (
        b"/P <</MCID 3 /Lang (en-GB) /Attached [/Top]>> BDC\n"
        b"BT /F1 12 Tf 1 0 0 1 70.94 -.5 Tm [(Ma) -3 <00B6> 4.5 (in)] TJ ET % a comment\n"
        b"true false null 7 d0 EMC"
    )
    assert operations(stream) == [
        (["/P", {"/MCID": 3, "/Lang": b"en-GB", "/Attached": ["/Top"]}], b"BDC"),
        ([], b"BT"),
        (["/F1", 12], b"Tf"),
        ([1, 0, 0, 1, 70.94, -0.5], b"Tm"),
        ([[b"Ma", -3, b"\x00\xb6", 4.5, b"in"]], b"TJ"),
        ([], b"ET"),
        ([True, False, None, 7], b"d0"),
        ([], b"EMC"),
    ]


def test_literal_strings_keep_balanced_parentheses_and_read_escapes() -> None:
    stream = b"(a (nested) one\\) \\( \\\\ \\n\\101\\0501 \\\nend) Tj"
    assert operations(stream) == [([b"a (nested) one) ( \\ \nA(1 end"], b"Tj")]


def test_hex_strings_and_names_with_escapes() -> None:
    assert operations(b"<48 65 6C6C 6F 7> Tj /A#20B Do") == [
        ([b"Hello\x70"], b"Tj"),
        (["/A B"], b"Do"),
    ]


def test_an_inline_image_is_skipped_whole() -> None:
    stream = b"q BI /W 2 /H 1 /BPC 8 /CS /G ID \x00EI\xff EI Q (after) Tj"
    assert operations(stream) == [([], b"q"), ([], b"Q"), ([b"after"], b"Tj")]


def test_unbalanced_input_does_not_fail() -> None:
    assert operations(b"[[[ (open") == []
    assert operations(b"] >> ) 1 Tz")[-1] == ([1], b"Tz")


def test_deep_arrays_are_bounded() -> None:
    assert operations(b"[" * 100_000 + b"(x)" + b"]" * 100_000 + b" TJ")[-1][1] == b"TJ"


@settings(max_examples=300)
@given(st.binary(max_size=400))
def test_any_bytes_give_operations_without_error(data: bytes) -> None:
    for operands, operator in operations(data):
        assert isinstance(operands, list)
        assert isinstance(operator, bytes)
        assert operator
