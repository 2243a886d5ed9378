"""One JSON document from bytes: the checks every input shares, each with one clear line.

A BOM is dropped; empty input, bytes that are not UTF-8, invalid JSON (with its line and
column), nesting deeper than orjson's 1024 levels and anything but an object each give a
:class:`~inspection_schema.validate.results.Problem` with a stable code instead of a document.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

import orjson

from inspection_schema.validate.findings import Locator
from inspection_schema.validate.inputs.other_kinds import other_kind
from inspection_schema.validate.results import Problem

DEFAULT_MAX_BYTES = 16 * 1024 * 1024
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
    return Loaded(source, line, document=document)


def too_large(size: int, limit: int, *, at_least: bool = False) -> Problem:
    """The problem of a document over the size limit (``at_least``: reading stopped early)."""
    megabytes = f"{size / 1_048_576:.1f} MB"
    message = (
        f"is {'over ' if at_least else ''}{megabytes}, larger than the {limit / 1_048_576:g} MB "
        "limit for one document (see --max-size)"
    )
    return Problem("input-too-large", message)
