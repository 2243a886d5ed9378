"""Running headers and footers, found by repetition.

A line is page furniture when the same wording (digits masked, so "Page 3 of 12" and
"Page 4 of 12" agree) stands at the same height on most pages, apart from all the page's
other text, above or below it. Whatever the wording, this finds a running header with the report's
URN, a centred "Page X of Y", or a page number; a first page without them (Word's
"different first page") does not matter. The wording list in
:mod:`inspection_schema.extract.normalise` stays as a fallback.
"""

from __future__ import annotations

import re
from collections import Counter

from inspection_schema.extract.pdf.lines import Line

__all__ = ["drop_furniture"]

_DIGITS = re.compile(r"[0-9]+")
_BAND = 2.0
"""Points: lines whose baselines round to the same multiple of this stand at one height."""
_APART = 2.0
"""Text sizes: furniture stands at least this far from the page's other text."""


def _key(line: Line) -> tuple[int, str]:
    return round(line.y / _BAND), _DIGITS.sub("#", " ".join(line.text.split()))


def drop_furniture(pages: list[list[Line]]) -> list[list[Line]]:
    """Each page's lines without its running header and footer lines."""
    counts: Counter[tuple[int, str]] = Counter()
    for lines in pages:
        counts.update({_key(line) for line in lines if not line.blank})
    needed = max(2, len(pages) // 2 + 1)
    repeated = {key for key, count in counts.items() if count >= needed}
    if not repeated:
        return pages
    return [_without(lines, repeated) for lines in pages]


def _without(lines: list[Line], repeated: set[tuple[int, str]]) -> list[Line]:
    """The lines, less the repeated ones that stand apart above or below all the page's
    other text (a table's header row repeated at the top of a page stands close to the
    rows under it)."""
    flagged = [not line.blank and _key(line) in repeated for line in lines]
    body = [
        line.y for line, flag in zip(lines, flagged, strict=True) if not flag and not line.blank
    ]
    if not body:
        return [line for line, flag in zip(lines, flagged, strict=True) if not flag]
    top, bottom = max(body), min(body)
    return [
        line
        for line, flag in zip(lines, flagged, strict=True)
        if not (
            flag and (line.y - top > _APART * line.size or bottom - line.y > _APART * line.size)
        )
    ]
