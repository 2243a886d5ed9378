"""The vertical rules a page draws: table borders, which bound the cells' text.

Paths are followed as they are built (``m``, ``l``, ``re``, ``h``) and kept when they are
painted (stroked or filled); a clipping path ended with ``n`` is dropped. Only vertical
segments are kept, in page space, at most a bounded number per page.
"""

from __future__ import annotations

import bisect
from collections import defaultdict
from dataclasses import dataclass, field

__all__ = ["Frames", "Rule", "Rules"]

Matrix = tuple[float, float, float, float, float, float]
Rule = tuple[float, float, float]
"""A vertical rule: its x, lowest and highest y."""

_MAX_RULES = 20_000
_UPRIGHT = 0.5
"""Points: a segment whose ends differ in x by less is vertical."""
_SHORTEST = 2.0
"""Points: shorter vertical segments are not rules (glyph-like marks, dots)."""
_MAX_COLUMNS = 64
"""Distinct rule positions kept per page (the most drawn): a table has far fewer."""


def _apply(matrix: Matrix, x: float, y: float) -> tuple[float, float]:
    a, b, c, d, e, f = matrix
    return x * a + y * c + e, x * b + y * d + f


@dataclass(slots=True)
class Rules:
    """Vertical rules drawn so far on a page, and the path being built."""

    found: list[Rule] = field(default_factory=list)
    pending: list[tuple[float, float, float, float]] = field(default_factory=list)
    point: tuple[float, float] = (0.0, 0.0)
    start: tuple[float, float] = (0.0, 0.0)

    def move(self, x: float, y: float, ctm: Matrix) -> None:
        self.point = self.start = _apply(ctm, x, y)

    def line(self, x: float, y: float, ctm: Matrix) -> None:
        end = _apply(ctm, x, y)
        self._segment(self.point, end)
        self.point = end

    def close(self) -> None:
        self._segment(self.point, self.start)
        self.point = self.start

    def rectangle(self, x: float, y: float, width: float, height: float, ctm: Matrix) -> None:
        corners = [(x, y), (x + width, y), (x + width, y + height), (x, y + height)]
        points = [_apply(ctm, cx, cy) for cx, cy in corners]
        for at in range(4):
            self._segment(points[at], points[(at + 1) % 4])
        self.point = self.start = points[0]

    def _segment(self, one: tuple[float, float], two: tuple[float, float]) -> None:
        if len(self.pending) < _MAX_RULES:
            self.pending.append((one[0], one[1], two[0], two[1]))

    def paint(self) -> None:
        """The path is painted: keep its vertical segments."""
        for x0, y0, x1, y1 in self.pending:
            upright = abs(x0 - x1) < _UPRIGHT and abs(y0 - y1) >= _SHORTEST
            if upright and len(self.found) < _MAX_RULES:
                self.found.append(((x0 + x1) / 2, min(y0, y1), max(y0, y1)))
        self.pending = []

    def discard(self) -> None:
        """The path ends unpainted (a clipping path)."""
        self.pending = []


def _merged(spans: list[tuple[float, float]]) -> list[tuple[float, float]]:
    """Overlapping or touching spans joined, in order."""
    merged: list[tuple[float, float]] = []
    for low, high in sorted(spans):
        if merged and low <= merged[-1][1] + 1:
            merged[-1] = (merged[-1][0], max(merged[-1][1], high))
        else:
            merged.append((low, high))
    return merged


class Frames:
    """The rules of a page indexed by position, to find the pair that frames a line."""

    def __init__(self, rules: list[Rule]) -> None:
        spans: defaultdict[int, list[tuple[float, float]]] = defaultdict(list)
        for x, low, high in rules:
            spans[round(x)].append((low, high))
        kept = sorted(spans, key=lambda x: len(spans[x]), reverse=True)[:_MAX_COLUMNS]
        self.xs = sorted(kept)
        self.spans = {x: _merged(spans[x]) for x in self.xs}

    def _covers(self, x: int, y: float, slack: float) -> bool:
        spans = self.spans[x]
        at = bisect.bisect_right(spans, (y + slack, float("inf"))) - 1
        return at >= 0 and spans[at][1] >= y - slack

    def frame(self, x0: float, x1: float, y: float, size: float) -> tuple[int, int] | None:
        """The positions of the nearest rules left of ``x0`` and right of ``x1`` that span
        height ``y``, or None unless there is one on each side."""
        slack = 0.5 * size
        split = bisect.bisect_right(self.xs, x0 + 1)
        left = next((x for x in reversed(self.xs[:split]) if self._covers(x, y, slack)), None)
        start = bisect.bisect_left(self.xs, x1 - 1)
        right = next((x for x in self.xs[start:] if self._covers(x, y, slack)), None)
        if left is None or right is None:
            return None
        return left, right
