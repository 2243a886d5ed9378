"""Read a ToUnicode CMap: which text each character code of a font stands for.

Only what ToUnicode CMaps use is read (PDF 32000-1, 9.10.3): the code space ranges, which
give each code's length in bytes, and the ``bfchar`` and ``bfrange`` mappings, a range's
target being a starting string or an array of strings. Anything else is skipped. A range
wider than a font can use is cut, so a hostile CMap cannot make the table huge.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

__all__ = ["ToUnicode", "parse_cmap"]

_TOKEN = re.compile(rb"<([0-9A-Fa-f\s]*)>|\[|\]|(begin|end)(codespacerange|bfchar|bfrange)")
_MAX_RANGE = 0x10000


@dataclass(slots=True)
class ToUnicode:
    """A font's code-to-text table and the byte lengths its codes may have."""

    lengths: tuple[int, ...] = (2,)
    """Code lengths in bytes, shortest first (one length for most fonts)."""
    ranges: list[tuple[int, bytes, bytes]] = field(default_factory=list)
    """Code space ranges: (length, low, high)."""
    table: dict[int, str] = field(default_factory=dict)


def _text(hex_digits: bytes) -> str:
    """A target string: UTF-16BE, with lone surrogates and bad lengths dropped."""
    raw = bytes.fromhex(hex_digits.decode("ascii"))
    if len(raw) % 2:
        raw = b"\x00" + raw
    return raw.decode("utf-16-be", "ignore")


def parse_cmap(data: bytes) -> ToUnicode:
    """The mappings of a ToUnicode CMap stream's data."""
    result = ToUnicode()
    section = b""
    values: list[bytes | list[bytes]] = []
    array: list[bytes] | None = None
    lengths: set[int] = set()
    for match in _TOKEN.finditer(data):
        hex_digits, keyword, name = match.group(1), match.group(2), match.group(3)
        if keyword is not None:
            if keyword == b"end" and name == section:
                _apply(section, values, result, lengths)
            section = name if keyword == b"begin" else b""
            values = []
        elif hex_digits is not None:
            digits = b"".join(hex_digits.split())
            if array is not None:
                array.append(digits)
            else:
                values.append(digits)
        elif match.group(0) == b"[":
            array = []
        elif array is not None:
            values.append(array)
            array = None
    if lengths:
        result.lengths = tuple(sorted(lengths))
    return result


def _code(digits: bytes) -> int:
    return int(digits or b"0", 16)


def _apply(
    section: bytes, values: list[bytes | list[bytes]], result: ToUnicode, lengths: set[int]
) -> None:
    if section == b"codespacerange":
        for low, high in zip(values[::2], values[1::2], strict=False):
            if isinstance(low, bytes) and isinstance(high, bytes):
                length = max(1, len(low) // 2)
                lengths.add(length)
                result.ranges.append((length, low, high))
    elif section == b"bfchar":
        for source, target in zip(values[::2], values[1::2], strict=False):
            if isinstance(source, bytes) and isinstance(target, bytes):
                result.table[_code(source)] = _text(target)
                lengths.add(max(1, len(source) // 2))
    elif section == b"bfrange":
        for at in range(0, len(values) - 2, 3):
            low, high, target = values[at], values[at + 1], values[at + 2]
            if isinstance(low, bytes) and isinstance(high, bytes):
                _range(_code(low), _code(high), target, result.table)
                lengths.add(max(1, len(low) // 2))


def _range(low: int, high: int, target: bytes | list[bytes], table: dict[int, str]) -> None:
    high = min(high, low + _MAX_RANGE - 1)
    if isinstance(target, list):
        for code, item in zip(range(low, high + 1), target, strict=False):
            table[code] = _text(item)
        return
    start = _text(target)
    if not start:
        return
    head, last = start[:-1], ord(start[-1])
    for offset in range(high - low + 1):
        if last + offset > 0x10FFFF:
            break
        character = chr(last + offset)
        if "\ud800" <= character <= "\udfff":
            continue
        table[low + offset] = head + character
