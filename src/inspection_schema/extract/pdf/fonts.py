"""A font as text extraction needs it: each code's text and width, from the font's own tables.

Simple fonts (one byte per code) give their text by ``/ToUnicode`` where it maps a code,
else by ``/Encoding`` (a base encoding and ``/Differences``); a symbolic font with neither
gives the private-use character U+F000 + code, as Word's Wingdings and Symbol bullets are
known. Widths come from ``/FirstChar`` and ``/Widths`` (``/MissingWidth`` elsewhere), or for
a standard font that omits them from the published metrics. Type0 fonts read codes by their
ToUnicode code space (two bytes for Identity-H) and widths from the descendant's ``/W`` and
``/DW``. Type3 widths are scaled by the font matrix.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from inspection_schema.extract.pdf.cmap import ToUnicode, parse_cmap
from inspection_schema.extract.pdf.glyphs import base_encoding, char_for_name
from inspection_schema.extract.pdf.metrics import standard_widths

__all__ = ["Font", "load_font"]

_DEFAULT_WIDTH = 500.0
_ASCII_SPACE = frozenset({32})
_MAX_W_ENTRIES = 0x10000
_SYMBOLIC = 4


@dataclass(slots=True)
class Font:
    """Text and widths (thousandths of the text size) of a font's codes."""

    name: str
    code_length: int
    chars: dict[int, str]
    widths: dict[int, float]
    default_width: float
    space_width: float
    """The width of a space in this font, for telling word gaps from kerning."""
    spaces: frozenset[int] = frozenset({32})
    """The codes that draw a space."""

    def measure(self, data: bytes) -> tuple[str, float, int, int]:
        """The text of a string, its summed glyph widths, its number of codes, and the
        number of one-byte code-32 codes (which word spacing applies to)."""
        chars, widths, default = self.chars, self.widths, self.default_width
        if self.code_length == 1:
            text = "".join([chars.get(code, "") for code in data])
            width = sum([widths.get(code, default) for code in data])
            return text, width, len(data), data.count(32)
        codes = [
            int.from_bytes(data[at : at + self.code_length], "big")
            for at in range(0, len(data) - self.code_length + 1, self.code_length)
        ]
        text = "".join([chars.get(code, "") for code in codes])
        width = sum([widths.get(code, default) for code in codes])
        return text, width, len(codes), 0

    def lead(self, data: bytes, *, skip: bool) -> tuple[float, int, bool]:
        """The summed widths and number of codes before the string's first space (leading
        spaces skipped when ``skip``), and whether a space ends them (the word is complete)."""
        step = self.code_length
        if step == 1 and self.spaces == _ASCII_SPACE:
            word = data.lstrip(b" ") if skip else data
            end = word.find(b" ")
            if end >= 0:
                word = word[:end]
            widths, default = self.widths, self.default_width
            return sum([widths.get(code, default) for code in word]), len(word), end >= 0
        codes = [
            int.from_bytes(data[at : at + step], "big")
            for at in range(0, len(data) - step + 1, step)
        ]
        start = 0
        while skip and start < len(codes) and codes[start] in self.spaces:
            start += 1
        width, count = 0.0, 0
        for code in codes[start:]:
            if code in self.spaces:
                return width, count, True
            width += self.widths.get(code, self.default_width)
            count += 1
        return width, count, False


def _resolve(value: Any) -> Any:
    return value.get_object() if hasattr(value, "get_object") else value


def _number(value: Any, default: float = 0.0) -> float:
    value = _resolve(value)
    return float(value) if isinstance(value, int | float) else default


def _to_unicode(font: Any) -> ToUnicode | None:
    stream = _resolve(font.get("/ToUnicode"))
    if stream is None or not hasattr(stream, "get_data"):
        return None
    return parse_cmap(stream.get_data())


def load_font(font: Any) -> Font:
    """The :class:`Font` of a font dictionary."""
    font = _resolve(font)
    subtype = str(font.get("/Subtype", ""))
    name = str(font.get("/BaseFont", "")).lstrip("/")
    cmap = _to_unicode(font)
    if subtype == "/Type0":
        return _type0(font, name, cmap)
    return _simple(font, name, subtype, cmap)


def _simple_chars(font: Any, cmap: ToUnicode | None) -> dict[int, str]:
    encoding = _resolve(font.get("/Encoding"))
    descriptor = _resolve(font.get("/FontDescriptor")) or {}
    flags = int(_number(descriptor.get("/Flags"), 0))
    if encoding is None and flags & _SYMBOLIC and cmap is None:
        return {code: chr(0xF000 + code) for code in range(32, 256)}
    base_name = "/StandardEncoding" if str(font.get("/Subtype")) == "/Type1" else ""
    differences: list[Any] = []
    if isinstance(encoding, str):
        base_name = str(encoding)
    elif hasattr(encoding, "get"):
        base_name = str(encoding.get("/BaseEncoding", base_name or "/WinAnsiEncoding"))
        differences = list(_resolve(encoding.get("/Differences")) or [])
    chars = dict(enumerate(base_encoding(base_name or "/WinAnsiEncoding")))
    code = 0
    for entry in differences[:1024]:
        item = _resolve(entry)
        if isinstance(item, int | float):
            code = int(item)
        elif isinstance(item, str) and 0 <= code < 256:
            chars[code] = char_for_name(item.lstrip("/"))
            code += 1
    if cmap is not None:
        chars.update((key, value) for key, value in cmap.table.items() if key < 256)
    return chars


def _simple(font: Any, name: str, subtype: str, cmap: ToUnicode | None) -> Font:
    chars = _simple_chars(font, cmap)
    descriptor = _resolve(font.get("/FontDescriptor")) or {}
    missing = _number(descriptor.get("/MissingWidth"), 0.0)
    scale = 1.0
    if subtype == "/Type3":
        matrix = _resolve(font.get("/FontMatrix")) or [0.001]
        scale = _number(matrix[0], 0.001) * 1000
    widths: dict[int, float] = {}
    listed = _resolve(font.get("/Widths"))
    if listed is not None:
        first = int(_number(font.get("/FirstChar"), 0))
        for offset, width in enumerate(list(listed)[:256]):
            widths[first + offset] = _number(width) * scale
        default = missing * scale
    else:
        standard = standard_widths(name) or {}
        for code, text in chars.items():
            if text in standard:
                widths[code] = standard[text]
        default = missing or _DEFAULT_WIDTH
    spaces = sorted(code for code, text in chars.items() if text == " ")
    first = 32 if 32 in spaces else (spaces[0] if spaces else -1)
    space = widths.get(first) or default or _DEFAULT_WIDTH / 2
    return Font(name, 1, chars, widths, default, space, frozenset(spaces))


def _type0(font: Any, name: str, cmap: ToUnicode | None) -> Font:
    descendants = _resolve(font.get("/DescendantFonts")) or [{}]
    descendant = _resolve(descendants[0]) if len(descendants) else {}
    default = _number(descendant.get("/DW"), 1000.0)
    widths = _cid_widths(_resolve(descendant.get("/W")) or [])
    length = cmap.lengths[0] if cmap is not None else 2
    chars = dict(cmap.table) if cmap is not None else {}
    spaces = [code for code, text in chars.items() if text == " "]
    space = widths.get(spaces[0], default) if spaces else default / 4
    return Font(name, max(1, min(length, 4)), chars, widths, default, space, frozenset(spaces))


def _cid_widths(array: Any) -> dict[int, float]:
    """A descendant font's ``/W``: ``c [w1 w2 …]`` or ``c_first c_last w`` entries."""
    widths: dict[int, float] = {}
    items = [_resolve(item) for item in list(array)[:_MAX_W_ENTRIES]]
    at = 0
    while at + 1 < len(items) and len(widths) < _MAX_W_ENTRIES:
        first, following = items[at], items[at + 1]
        if isinstance(following, list):
            for offset, width in enumerate(following[:_MAX_W_ENTRIES]):
                widths[int(_number(first)) + offset] = _number(width)
            at += 2
        elif at + 2 < len(items):
            low, high = int(_number(first)), int(_number(following))
            width = _number(items[at + 2])
            for code in range(low, min(high, low + _MAX_W_ENTRIES) + 1):
                widths[code] = width
            at += 3
        else:
            break
    return widths
