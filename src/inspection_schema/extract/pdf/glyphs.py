"""Glyph names and the base encodings of simple fonts (PDF 32000-1, Annex D).

A simple font maps each byte to a glyph name through a base encoding and its own
``/Differences``; the name gives the character. WinAnsiEncoding is the one Word and
reportlab write; MacRomanEncoding and StandardEncoding are here for older producers.
Only names a report can plausibly hold are listed: the Latin-1 letters and the
punctuation of WinAnsiEncoding, plus ``uniXXXX`` / ``uXXXXXX`` names, which spell the
character out.
"""

from __future__ import annotations

import re
from functools import cache

__all__ = ["base_encoding", "char_for_name"]

_ACCENTS = ("grave", "acute", "circumflex", "tilde", "dieresis", "ring")

# The names of WinAnsiEncoding's codes from 128 to 255, in code order; "-" is unused.
_WIN_HIGH = [
    "Euro",
    "-",
    "quotesinglbase",
    "florin",
    "quotedblbase",
    "ellipsis",
    "dagger",
    "daggerdbl",
    "circumflex",
    "perthousand",
    "Scaron",
    "guilsinglleft",
    "OE",
    "-",
    "Zcaron",
    "-",
    "-",
    "quoteleft",
    "quoteright",
    "quotedblleft",
    "quotedblright",
    "bullet",
    "endash",
    "emdash",
    "tilde",
    "trademark",
    "scaron",
    "guilsinglright",
    "oe",
    "-",
    "zcaron",
    "Ydieresis",
    "space",
    "exclamdown",
    "cent",
    "sterling",
    "currency",
    "yen",
    "brokenbar",
    "section",
    "dieresis",
    "copyright",
    "ordfeminine",
    "guillemotleft",
    "logicalnot",
    "hyphen",
    "registered",
    "macron",
    "degree",
    "plusminus",
    "twosuperior",
    "threesuperior",
    "acute",
    "mu",
    "paragraph",
    "periodcentered",
    "cedilla",
    "onesuperior",
    "ordmasculine",
    "guillemotright",
    "onequarter",
    "onehalf",
    "threequarters",
    "questiondown",
]
_ASCII_PUNCTUATION = [
    "space",
    "exclam",
    "quotedbl",
    "numbersign",
    "dollar",
    "percent",
    "ampersand",
    "quotesingle",
    "parenleft",
    "parenright",
    "asterisk",
    "plus",
    "comma",
    "hyphen",
    "period",
    "slash",
]
_ASCII_MIDDLE = ["colon", "semicolon", "less", "equal", "greater", "question", "at"]
_ASCII_BRACKETS = ["bracketleft", "backslash", "bracketright", "asciicircum", "underscore", "grave"]
_ASCII_BRACES = ["braceleft", "bar", "braceright", "asciitilde"]
_DIGITS = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"]
_LATIN_UPPER = (
    [f"A{accent}" for accent in _ACCENTS]
    + ["AE", "Ccedilla"]
    + [
        f"{vowel}{accent}"
        for vowel in "EI"
        for accent in ("grave", "acute", "circumflex", "dieresis")
    ]
    + ["Eth", "Ntilde"]
    + [f"O{accent}" for accent in _ACCENTS[:5]]
    + ["multiply", "Oslash"]
    + [f"U{accent}" for accent in ("grave", "acute", "circumflex", "dieresis")]
    + ["Yacute", "Thorn", "germandbls"]
)
_LATIN_LOWER = [
    {"AE": "ae", "multiply": "divide", "germandbls": "ydieresis"}.get(
        name, name[0].lower() + name[1:]
    )
    for name in _LATIN_UPPER
]
_EXTRA_NAMES = {
    "nbspace": "\u00a0",
    "nonbreakingspace": "\u00a0",
    "sfthyphen": "\u00ad",
    "minus": "\u2212",
    "fi": "fi",
    "fl": "fl",
    "ff": "ff",
    "ffi": "ffi",
    "ffl": "ffl",
    "dotlessi": "\u0131",
    "quoteleftreversed": "\u201b",
    "minute": "\u2032",
    "second": "\u2033",
    "uni00A0": "\u00a0",
    "middot": "\u00b7",
    "fraction": "\u2044",
    "Lslash": "\u0141",
    "lslash": "\u0142",
}
_UNI = re.compile(r"^(?:uni((?:[0-9A-F]{4})+)|u([0-9A-F]{4,6}))(?:\..*)?$")


def win_ansi_names() -> list[str]:
    """The glyph name of each WinAnsiEncoding code 32–255 ("-" where a code is unused)."""
    letters = [chr(code) for code in range(ord("A"), ord("Z") + 1)]
    lower = [letter.lower() for letter in letters]
    return [
        *_ASCII_PUNCTUATION,
        *_DIGITS,
        *_ASCII_MIDDLE,
        *letters,
        *_ASCII_BRACKETS,
        *lower,
        *_ASCII_BRACES,
        "-",
        *_WIN_HIGH,
        *_LATIN_UPPER,
        *_LATIN_LOWER,
    ]


@cache
def _names() -> dict[str, str]:
    table: dict[str, str] = {}
    for code, name in enumerate(win_ansi_names(), start=32):
        if name != "-":
            table.setdefault(name, bytes([code]).decode("cp1252"))
    table["space"] = " "
    table["hyphen"] = "-"
    table.update(_EXTRA_NAMES)
    return table


def char_for_name(name: str) -> str:
    """The text a glyph name stands for; "" for a name that says nothing (``.notdef``)."""
    found = _names().get(name)
    if found is not None:
        return found
    match = _UNI.match(name)
    if match is None:
        base = name.split(".", 1)[0].split("_")
        if len(base) > 1 or base[0] != name:
            return "".join(_names().get(part, "") for part in base)
        return ""
    if match.group(1):
        hexes = match.group(1)
        codes = [int(hexes[at : at + 4], 16) for at in range(0, len(hexes), 4)]
    else:
        codes = [int(match.group(2), 16)]
    return "".join(chr(code) for code in codes if code < 0xD800 or 0xE000 <= code <= 0x10FFFF)


def _standard() -> list[str]:
    """StandardEncoding: ASCII with curly single quotes, and its common upper codes."""
    table = [chr(code) if 32 <= code < 127 else "" for code in range(256)]
    table[0x27], table[0x60] = "\u2019", "\u2018"
    upper = {
        0xA1: "\u00a1", 0xA2: "\u00a2", 0xA3: "\u00a3", 0xA5: "\u00a5", 0xA7: "\u00a7",
        0xA9: "'", 0xAA: "\u201c", 0xAE: "fi", 0xAF: "fl", 0xB1: "\u2013", 0xB2: "\u2020",
        0xB4: "\u00b7", 0xB7: "\u2022", 0xBA: "\u201d", 0xBC: "\u2026", 0xD0: "\u2014",
        0xE1: "\u00c6", 0xF1: "\u00e6", 0xF5: "\u0131", 0xF8: "\u0142", 0xFA: "\u0153",
    }  # fmt: skip
    for code, text in upper.items():
        table[code] = text
    return table


@cache
def base_encoding(name: str) -> tuple[str, ...]:
    """The text of each byte 0–255 under a named base encoding (WinAnsi when unknown)."""
    if name == "/StandardEncoding":
        return tuple(_standard())
    codec = "mac_roman" if name == "/MacRomanEncoding" else "cp1252"
    table = []
    for code in range(256):
        try:
            table.append(bytes([code]).decode(codec) if code >= 32 else "")
        except UnicodeDecodeError:
            table.append("")
    return tuple(table)
