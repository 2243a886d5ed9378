"""One JSON document from bytes: the checks every input shares, each with one clear line.

A BOM is dropped; empty input, bytes that are not UTF-8, invalid JSON (with its line and
column), nesting deeper than orjson's 1024 levels and anything but an object each give a
:class:`~inspection_schema.validate.results.Problem` with a stable code instead of a document.

A key that appears twice in one object is refused too (``input-not-json``, "the key 'urn'
appears twice in one object"): JSON parsers disagree on which of the two values counts,
so a document holding both is not one document.
"""

from __future__ import annotations

import json
import sys
from dataclasses import dataclass
from typing import Any

import orjson

from inspection_schema.reading import size_message
from inspection_schema.validate.findings import Locator
from inspection_schema.validate.inputs.other_kinds import other_kind
from inspection_schema.validate.results import Problem

DEFAULT_MAX_BYTES = 2 * 1024 * 1024
"""The largest document read by default (``--max-size``)."""
_BOM = b"\xef\xbb\xbf"


@dataclass(frozen=True, slots=True)
class Loaded:
    """One document read from an input, or the problem that stopped it being read."""

    source: str
    line: int | None = None
    document: Any = None
    problem: Problem | None = None
    locator: Locator | None = None
    """For a document read from a spreadsheet: where each of its values was."""

    @property
    def location(self) -> str:
        """``source``, or ``source:line`` for a line of a JSON Lines input."""
        return self.source if self.line is None else f"{self.source}:{self.line}"


def parse_document(source: str, line: int | None, data: bytes) -> Loaded:
    """The JSON object in ``data``, or the problem with it."""
    data = data.removeprefix(_BOM)
    if not data.strip():
        return Loaded(source, line, problem=Problem("input-empty", "is empty"))
    try:
        data.decode("utf-8")
    except UnicodeDecodeError as error:
        if (other := other_kind(data, source)) is not None:
            return Loaded(source, line, problem=other)
        message = f"is not UTF-8 text (byte 0x{data[error.start]:02x} at offset {error.start})"
        return Loaded(source, line, problem=Problem("input-not-utf8", message))
    try:
        document = orjson.loads(data)
    except orjson.JSONDecodeError as error:
        if error.msg.startswith("depth limit exceeded") or "recursion" in error.msg.lower():
            message = "is not usable JSON: nested more than 1024 levels deep"
            return Loaded(source, line, problem=Problem("input-too-deep", message))
        if (other := other_kind(data, source)) is not None:
            return Loaded(source, line, problem=other)
        where = f"line {error.lineno}, column {error.colno}"
        message = f"is not valid JSON: {error.msg} at {where}"
        return Loaded(source, line, problem=Problem("input-not-json", message))
    if not isinstance(document, dict):
        kind = {list: "a JSON array", str: "a JSON string", bool: "a JSON boolean"}.get(
            type(document), "a JSON number" if isinstance(document, int | float) else "JSON null"
        )
        message = f"holds {kind}, but a report must be a JSON object"
        return Loaded(source, line, problem=Problem("input-not-object", message))
    repeated = _repeated_key(data) if _may_repeat_a_key(data, document) else None
    if repeated is not None:
        shown = repeated if len(repeated) <= 60 else repeated[:60] + "…"
        message = f"is not usable JSON: the key {shown!r} appears twice in one object"
        return Loaded(source, line, problem=Problem("input-not-json", message))
    return Loaded(source, line, document=document)


class _Repeated(Exception):
    def __init__(self, key: str) -> None:
        super().__init__(key)
        self.key = key


def _no_repeats(pairs: list[tuple[str, Any]]) -> None:
    """An object's keys, checked for a repeat; the object itself is not kept."""
    if len(pairs) > 1 and len({key for key, _ in pairs}) < len(pairs):
        seen: set[str] = set()
        for key, _ in pairs:
            if key in seen:
                raise _Repeated(key)
            seen.add(key)


_NESTING = 2048
"""Python's recursion limit while looking for repeated keys: room for orjson's 1024 levels."""


def _may_repeat_a_key(data: bytes, document: dict[str, Any]) -> bool:
    """Whether ``data`` may hold a key twice in one object; ``False`` only when it cannot.

    Each key of the text is followed by a colon, and so is each key of the parsed document
    when orjson writes it again; the colons inside strings are the same in both, unless the
    text escapes one (``\\u003a``). So the same count of colons, with no escaped colon,
    proves that no key was dropped: the cheap test that spares most documents the full one.
    """
    try:
        again = orjson.dumps(document)
    except orjson.JSONEncodeError:  # nested deeper than orjson writes
        return True
    return _colons(data) != _colons(again) or _escapes_a_colon(data)


def _colons(data: bytes) -> int:
    return len(data) - len(data.replace(b":", b""))  # replace finds bytes faster than count


def _escapes_a_colon(data: bytes) -> bool:
    """Whether the text may write a colon as ``\\u003a`` (looking at each backslash)."""
    at = data.find(b"\\")
    for _ in range(_BACKSLASHES_LOOKED_AT):
        if at < 0:
            return False
        if data[at + 1 : at + 6].lower() == b"u003a":
            return True
        at = data.find(b"\\", at + 2)
    return at >= 0 and (b"\\u003a" in data or b"\\u003A" in data)


_BACKSLASHES_LOOKED_AT = 64
"""Backslashes looked at one by one; past them, the text is searched for the escape."""


def _repeated_key(data: bytes) -> str | None:
    """The first key repeated within one object of ``data``, if ``data`` is JSON at all.

    Anything that is not JSON is left for orjson to report, with its line and column.
    """
    limit = sys.getrecursionlimit()
    sys.setrecursionlimit(max(limit, _NESTING))
    try:
        json.loads(data, object_pairs_hook=_no_repeats)
    except _Repeated as repeated:
        return repeated.key
    except (ValueError, RecursionError):
        return None
    finally:
        sys.setrecursionlimit(limit)
    return None


def too_large(size: int, limit: int, *, at_least: bool = False) -> Problem:
    """The problem of a document over the size limit (``at_least``: reading stopped early)."""
    return Problem("input-too-large", size_message(size, limit, at_least=at_least))
