"""What reading a page's content produces, and the arithmetic of its matrices.

A :class:`Piece` is a run of text as drawn, with its measured extent; a :class:`Drawing` is
a page's pieces and vertical rules. The :class:`Budget` bounds the work of reading a whole
document: spending past it raises :class:`TooComplex`.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from typing import Any

from inspection_schema.extract.pdf.rules import Rule

__all__ = [
    "IDENTITY",
    "Budget",
    "Drawing",
    "Matrix",
    "Piece",
    "TooComplex",
    "matrix_of",
    "multiply",
]

Matrix = tuple[float, float, float, float, float, float]
IDENTITY: Matrix = (1.0, 0.0, 0.0, 1.0, 0.0, 0.0)


class TooComplex(Exception):
    """A content stream that would take more work than the document's budget allows."""


@dataclass(slots=True)
class Budget:
    """Operations left for a whole document; every operator and ``TJ`` element costs one."""

    left: int

    def spend(self, count: int) -> None:
        self.left -= count
        if self.left < 0:
            raise TooComplex()


@dataclass(slots=True)
class Piece:
    """A piece of text as drawn: baseline start ``x0``, end ``x1`` (spaces included), the end
    of its last visible glyph ``ink``, baseline ``y``, size, font and marked content."""

    x0: float
    x1: float
    ink: float
    y: float
    size: float
    font: str
    text: str
    space: float
    """The width of a space of this font at this size."""
    mcid: int
    artifact: bool
    lead: float = 0.0
    """The width of the piece's first word (leading spaces skipped)."""
    lead_complete: bool = False
    """Whether that word ends inside the piece."""
    seq: int = 0


def multiply(m: Matrix, n: Matrix) -> Matrix:
    a, b, c, d, e, f = m
    p, q, r, s, t, u = n
    return (
        a * p + b * r,
        a * q + b * s,
        c * p + d * r,
        c * q + d * s,
        e * p + f * r + t,
        e * q + f * s + u,
    )


def matrix_of(operands: list[Any]) -> Matrix | None:
    if len(operands) < 6:
        return None
    try:
        values = tuple(float(value) for value in operands[:6])
    except (TypeError, ValueError):
        return None
    if not all(math.isfinite(value) for value in values):
        return None
    a, b, c, d, e, f = values
    return (a, b, c, d, e, f)


@dataclass(frozen=True, slots=True)
class Drawing:
    """What a page draws that reading needs: its pieces of text and its vertical rules."""

    pieces: list[Piece]
    rules: list[Rule]
