"""Split a decoded content stream into operations: (operands, operator) pairs.

The syntax is PDF 32000-1's (7.2, 7.3, 8.9.7): numbers, names, literal strings with their
escapes and balanced parentheses, hexadecimal strings, arrays, dictionaries (as marked
content properties use them) and operators; inline images are skipped whole. Operands
come back as plain Python values: ``int``/``float``, ``str`` for a name (with its ``/``),
``bytes`` for a string, ``list``, ``dict`` (names as keys), ``bool`` or ``None``.

Reading is one pass and never fails: what cannot be read is skipped a byte at a time, and
arrays and dictionaries nest only so deep.
"""

from __future__ import annotations

import re
from typing import Any

__all__ = ["operations"]

_MAX_DEPTH = 32
_TOKEN = re.compile(
    rb"[ \t\r\n\f\x00]+|%[^\r\n]*"  # whitespace and comments
    rb"|([+-]?(?:[0-9]+\.?[0-9]*|\.[0-9]+))"  # 1: a number
    rb"|(/[^ \t\r\n\f\x00/\[\]()<>{}%]*)"  # 2: a name
    rb"|(<<|>>|\[|\]|\(|<)"  # 3: a delimiter
    rb"|([^ \t\r\n\f\x00/\[\]()<>{}%]+)"  # 4: an operator or keyword
)
_HEX = re.compile(rb"<([0-9A-Fa-f \t\r\n\f\x00]*)>")
_STRING_PART = re.compile(rb"[^()\\]+|\\(?:[0-7]{1,3}|\r\n|.)|[()]", re.DOTALL)
_ESCAPES = {b"n": b"\n", b"r": b"\r", b"t": b"\t", b"b": b"\b", b"f": b"\f"}
_NAME_ESCAPE = re.compile(rb"#([0-9A-Fa-f]{2})")
_KEYWORDS: dict[bytes, Any] = {b"true": True, b"false": False, b"null": None}
_INLINE_END = re.compile(rb"[ \t\r\n\f\x00]EI(?=[ \t\r\n\f\x00]|$)")


def _string(data: bytes, start: int) -> tuple[bytes, int]:
    """A literal string's bytes, starting after its "(", and the position after its ")"."""
    end = data.find(b")", start)
    if end >= 0:
        plain = data[start:end]
        if b"(" not in plain and b"\\" not in plain:
            return plain, end + 1
    out: list[bytes] = []
    depth = 1
    position = start
    while position < len(data):
        match = _STRING_PART.match(data, position)
        if match is None:
            break
        part = match.group()
        position = match.end()
        if part == b"(":
            depth += 1
        elif part == b")":
            depth -= 1
            if depth == 0:
                return b"".join(out), position
        elif part[:1] == b"\\":
            part = _escape(part[1:])
        out.append(part)
    return b"".join(out), position


def _escape(code: bytes) -> bytes:
    if code[:1].isdigit():
        return bytes([int(code, 8) & 0xFF])
    if code in (b"\r\n", b"\r", b"\n"):
        return b""
    return _ESCAPES.get(code, code)


def _name(raw: bytes) -> str:
    if b"#" in raw:
        raw = _NAME_ESCAPE.sub(lambda match: bytes([int(match.group(1), 16)]), raw)
    return raw.decode("latin-1")


def _number(raw: bytes) -> int | float:
    if b"." in raw:
        return float(raw)
    return int(raw)


def _close(stack: list[list[Any]], kinds: list[bytes]) -> Any:
    """The array or dictionary being closed, as a value."""
    items = stack.pop()
    if kinds.pop() == b"[":
        return items
    return {
        items[at]: items[at + 1] for at in range(0, len(items) - 1, 2) if isinstance(items[at], str)
    }


def _skip_inline_image(data: bytes, position: int) -> int:
    start = data.find(b"ID", position)
    if start < 0:
        return len(data)
    end = _INLINE_END.search(data, start + 3)
    return end.end() if end is not None else len(data)


def operations(data: bytes) -> list[tuple[list[Any], bytes]]:
    """The operations of a content stream's decoded bytes."""
    result: list[tuple[list[Any], bytes]] = []
    operands: list[Any] = []
    stack: list[list[Any]] = []
    kinds: list[bytes] = []
    position, size = 0, len(data)
    match_token = _TOKEN.match
    while position < size:
        match = match_token(data, position)
        if match is None:
            position += 1
            continue
        position = match.end()
        number, name, delimiter, word = match.groups()
        target = stack[-1] if stack else operands
        if number is not None:
            target.append(_number(number))
        elif name is not None:
            target.append(_name(name[1:]).join(("/", "")))
        elif delimiter is not None:
            position = _delimiter(
                data, delimiter, position, operands=operands, stack=stack, kinds=kinds
            )
        elif word is not None:
            if word in _KEYWORDS:
                target.append(_KEYWORDS[word])
            elif stack:
                continue
            elif word == b"BI":
                position = _skip_inline_image(data, position)
                operands = []
            else:
                result.append((operands, word))
                operands = []
    return result


def _delimiter(
    data: bytes,
    delimiter: bytes,
    position: int,
    *,
    operands: list[Any],
    stack: list[list[Any]],
    kinds: list[bytes],
) -> int:
    """Read what a delimiter starts or ends; the position after it."""
    target = stack[-1] if stack else operands
    if delimiter == b"(":
        value, position = _string(data, position)
        target.append(value)
    elif delimiter == b"<":
        match = _HEX.match(data, position - 1)
        if match is None:
            return position
        digits = match.group(1).translate(None, b" \t\r\n\f\x00")
        target.append(bytes.fromhex((digits + b"0" * (len(digits) % 2)).decode("ascii")))
        return match.end()
    elif delimiter in (b"[", b"<<"):
        if len(stack) < _MAX_DEPTH:
            stack.append([])
            kinds.append(delimiter)
    elif stack and (delimiter == b"]") == (kinds[-1] == b"["):
        value = _close(stack, kinds)
        (stack[-1] if stack else operands).append(value)
    return position
