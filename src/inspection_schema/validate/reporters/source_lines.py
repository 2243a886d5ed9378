"""Where a value of a JSON text starts: the line of a JSON Pointer.

Annotations on a pull request need a line, and a finding has a JSON Pointer. Only the
objects and arrays on the way to a finding's value are scanned, each at most once: as one
is scanned, the start of each of its members is noted, and each member is stepped over by
the json module's scanner (in C). So a document with a few findings costs a few of its
containers, not a walk of every token. A pointer that names no value (a missing member) is
placed at its nearest present ancestor.
"""

from __future__ import annotations

import json
import re
import sys

__all__ = ["SourceLines"]

_SCANNER = json.JSONDecoder()
_SPACE = re.compile(r"[ \t\n\r]*")
_NESTING = 2048
"""The recursion limit while stepping over a value: room for the 1024 levels a document
may have."""


def _after_space(text: str, at: int) -> int:
    """The first place at or after ``at`` that is not JSON whitespace."""
    found = _SPACE.match(text, at)
    return at if found is None else found.end()


def _segment(key: str) -> str:
    return "/" + key.replace("~", "~0").replace("/", "~1")


class SourceLines:
    """The lines of the values of one JSON text, found as they are asked for."""

    def __init__(self, text: str) -> None:
        self.text = text
        self._starts = {"": _after_space(text, 0)}
        self._scanned: set[str] = set()

    def line_of(self, pointer: str) -> int:
        """The 1-based line of the value at ``pointer``, or of its nearest ancestor there."""
        return self.text.count("\n", 0, self._start(pointer)) + 1

    def _start(self, pointer: str) -> int:
        path, start = "", self._starts[""]
        for segment in pointer.split("/")[1:]:
            if path not in self._scanned:
                self._scanned.add(path)
                self._scan(path, start)
            child = f"{path}/{segment}"
            found = self._starts.get(child)
            if found is None:
                return start
            path, start = child, found
        return start

    def _scan(self, path: str, start: int) -> None:
        """Note where each member of the object or array at ``start`` begins."""
        opening = self.text[start : start + 1]
        if opening not in ("{", "["):
            return
        limit = sys.getrecursionlimit()
        sys.setrecursionlimit(max(limit, _NESTING))
        try:
            self._members(path, start + 1, is_object=opening == "{")
        except (ValueError, IndexError, RecursionError):
            pass  # not the text the document was read from (changed since): no deeper
        finally:
            sys.setrecursionlimit(limit)

    def _members(self, path: str, at: int, *, is_object: bool) -> None:
        text, step = self.text, _SCANNER.raw_decode
        at = _after_space(text, at)
        if text[at] in "}]":
            return
        index = 0
        while True:
            if is_object:
                key, at = step(text, at)
                at = _after_space(text, _after_space(text, at) + 1)  # past the colon
                member = _segment(str(key))
            else:
                member, index = f"/{index}", index + 1
            self._starts.setdefault(path + member, at)
            at = _after_space(text, step(text, at)[1])  # past the value
            if text[at] != ",":
                return
            at = _after_space(text, at + 1)
