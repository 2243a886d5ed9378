"""Fonts: text and widths from the font's own tables, ToUnicode CMaps, standard metrics."""

from __future__ import annotations

import pytest
from pypdf.generic import (
    ArrayObject,
    DictionaryObject,
    FloatObject,
    NameObject,
    NumberObject,
)
from reportlab.pdfbase.pdfmetrics import stringWidth

from inspection_schema.extract.pdf.cmap import parse_cmap
from inspection_schema.extract.pdf.fonts import load_font
from inspection_schema.extract.pdf.glyphs import char_for_name
from inspection_schema.extract.pdf.metrics import standard_widths

CMAP = b"""/CIDInit /ProcSet findresource begin
begincmap
1 begincodespacerange <0000> <FFFF> endcodespacerange
2 beginbfchar
<0003> <0020>
<00B6> <2019>
endbfchar
2 beginbfrange
<0024> <0026> <0041>
<0100> <0102> [<0066006C> <2014> <D83DDE00>]
endbfrange
endcmap"""


def test_cmap_reads_chars_ranges_and_arrays() -> None:
    cmap = parse_cmap(CMAP)
    assert cmap.lengths == (2,)
    assert cmap.table[0x03] == " "
    assert cmap.table[0xB6] == "\u2019"
    assert [cmap.table[code] for code in (0x24, 0x25, 0x26)] == ["A", "B", "C"]
    assert cmap.table[0x100] == "fl"
    assert cmap.table[0x101] == "\u2014"
    assert cmap.table[0x102] == "\U0001f600"


def test_cmap_range_is_bounded() -> None:
    cmap = parse_cmap(b"1 beginbfrange <00000000> <FFFFFFFF> <0041> endbfrange")
    assert len(cmap.table) <= 0x10000


def test_glyph_names() -> None:
    assert char_for_name("quoteright") == "\u2019"
    assert char_for_name("uni2014") == "\u2014"
    assert char_for_name("u1F600") == "\U0001f600"
    assert char_for_name("eacute") == "\u00e9"
    assert char_for_name("germandbls") == "\u00df"
    assert char_for_name("f_i") == "fi"
    assert char_for_name(".notdef") == ""


def _simple(**entries: object) -> DictionaryObject:
    font = DictionaryObject({NameObject("/Type"): NameObject("/Font")})
    for key, value in entries.items():
        font[NameObject("/" + key)] = value
    return font


def test_standard_font_without_widths_uses_published_metrics() -> None:
    font = load_font(
        _simple(
            Subtype=NameObject("/Type1"),
            BaseFont=NameObject("/Helvetica"),
            Encoding=NameObject("/WinAnsiEncoding"),
        )
    )
    text = "Children\u2019s home \u2014 \u201cgood\u201d"
    data = text.encode("cp1252")
    decoded, width, count, spaces = font.measure(data)
    assert decoded == text
    assert count == len(text)
    assert spaces == 3
    assert width == pytest.approx(stringWidth(text, "Helvetica", 1000))


def test_times_metrics_match_reportlab() -> None:
    for name in ("Times-Roman", "Times-Bold", "Times-Italic", "Helvetica-Bold"):
        widths = standard_widths(name)
        assert widths is not None
        for text in ("The registered manager", "\u2019\u2014\u00e9"):
            assert sum(widths[c] for c in text) == pytest.approx(stringWidth(text, name, 1000))
    assert standard_widths("Courier") == dict.fromkeys(standard_widths("Courier") or {}, 600.0)


def test_differences_and_widths_table() -> None:
    encoding = DictionaryObject(
        {
            NameObject("/BaseEncoding"): NameObject("/WinAnsiEncoding"),
            NameObject("/Differences"): ArrayObject(
                [NumberObject(65), NameObject("/quoteright"), NameObject("/bullet")]
            ),
        }
    )
    font = load_font(
        _simple(
            Subtype=NameObject("/TrueType"),
            BaseFont=NameObject("/ABCDEF+Tahoma"),
            Encoding=encoding,
            FirstChar=NumberObject(65),
            Widths=ArrayObject([NumberObject(300), FloatObject(550.5)]),
        )
    )
    text, width, _, _ = font.measure(b"AB")
    assert text == "\u2019\u2022"
    assert width == 850.5


def test_symbolic_font_without_encoding_gives_private_use_characters() -> None:
    descriptor = DictionaryObject({NameObject("/Flags"): NumberObject(4)})
    font = load_font(
        _simple(
            Subtype=NameObject("/TrueType"),
            BaseFont=NameObject("/Wingdings-Regular"),
            FontDescriptor=descriptor,
            FirstChar=NumberObject(167),
            Widths=ArrayObject([NumberObject(800)]),
        )
    )
    assert font.measure(b"\xa7")[:2] == ("\uf0a7", 800.0)


def test_type0_widths_from_w_and_dw() -> None:
    descendant = DictionaryObject(
        {
            NameObject("/DW"): NumberObject(1000),
            NameObject("/W"): ArrayObject(
                [
                    NumberObject(1),
                    ArrayObject([NumberObject(500), NumberObject(250)]),
                    NumberObject(10),
                    NumberObject(12),
                    NumberObject(600),
                ]
            ),
        }
    )
    font = _simple(
        Subtype=NameObject("/Type0"),
        BaseFont=NameObject("/Quotes"),
        DescendantFonts=ArrayObject([descendant]),
    )
    loaded = load_font(font)
    assert loaded.code_length == 2
    _, width, count, _ = loaded.measure(b"\x00\x01\x00\x02\x00\x0b\x00\x63")
    assert count == 4
    assert width == 500 + 250 + 600 + 1000
