"""The vertical rules a page draws: table borders, which bound the cells' text.

Paths are followed as they are built (``m``, ``l``, ``re``, ``h``) and kept when they are
painted (stroked or filled); a clipping path ended with ``n`` is dropped. Only vertical
segments are kept, in page space, at most a bounded number per page.
"""

from __future__ import annotations

from dataclasses import dataclass, field

__all__ = ["Rule", "Rules"]

Matrix = tuple[float, float, float, float, float, float]
Rule = tuple[float, float, float]
"""A vertical rule: its x, lowest and highest y."""

_MAX_RULES = 20_000
_UPRIGHT = 0.5
"""Points: a segment whose ends differ in x by less is vertical."""
_SHORTEST = 2.0
"""Points: shorter vertical segments are not rules (glyph-like marks, dots)."""


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
