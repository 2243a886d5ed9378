"""Where each value of a JSON text starts: the line of every JSON Pointer.

Annotations on a pull request need a line, and a finding has a JSON Pointer. One pass over
the text's tokens records the line on which each value starts; a pointer that names no
value (a missing member) is placed at its nearest present ancestor.
"""

from __future__ import annotations

import json
import re

__all__ = ["line_of", "value_lines"]

_TOKEN = re.compile(r'"(?:[^"\\]|\\.)*"|[{}\[\]:,]|[^\s{}\[\]:,"]+')


def _segment(key: object) -> str:
    return "/" + str(key).replace("~", "~0").replace("/", "~1")


def value_lines(text: str) -> dict[str, int]:
    """The 1-based line on which each value of a JSON text starts, by its JSON Pointer."""
    lines: dict[str, int] = {}
    stack: list[list[object]] = []  # per open container: [is_object, key or index, awaiting key]
    line, scanned = 1, 0
    for token in _TOKEN.finditer(text):
        line += text.count("\n", scanned, token.start())
        scanned = token.start()
        value = token.group()
        top = stack[-1] if stack else None
        if top is not None and top[0] and top[2]:
            if value == "}":
                stack.pop()
            elif value != ",":
                top[1], top[2] = json.loads(value), False
        elif value == ",":
            if top is not None and top[0]:
                top[2] = True
            elif top is not None:
                top[1] = int(str(top[1])) + 1
        elif value in {"}", "]"}:
            stack.pop()
        elif value != ":":
            lines.setdefault("".join(_segment(entry[1]) for entry in stack), line)
            if value in {"{", "["}:
                stack.append([value == "{", None if value == "{" else 0, value == "{"])
    return lines


def line_of(pointer: str, lines: dict[str, int]) -> int:
    """The line of the value at ``pointer``, or of its nearest ancestor that is there."""
    while pointer not in lines and pointer:
        pointer = pointer[: pointer.rfind("/")]
    return lines.get(pointer, 1)
