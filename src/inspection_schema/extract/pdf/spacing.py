"""The document's own spacing: line pitch per text size, and the measure of each column.

Paragraph boundaries are read from evidence the document itself gives, not from
constants tuned to one renderer:

* the line pitch: for each text size, the most common distance between the baselines of
  consecutive lines (the spacing inside a paragraph); a clearly larger gap is the space
  between paragraphs;
* the measure: the furthest the nearby lines of a run of text (a page's flow, or a table
  cell) reach (the right margin, or the cell's width; nearby, as an untagged table cell
  and the text after the table can form one run); a line that ends while the next line's
  first word would still have fitted on it ended its paragraph.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field
from itertools import pairwise

from inspection_schema.extract.pdf.lines import Line, first_word_width

__all__ = ["Spacing"]

_STEP = 0.25
"""Points: gaps are counted in steps of this size when finding the most common."""
_FALLBACK_PITCH = 1.2
"""Text sizes: the pitch assumed for a size with no two consecutive lines to learn from."""
_NEARBY = 4
"""Lines either side of a line that give its measure."""
_GAP = 0.15
"""Text sizes beyond the pitch: a gap this much larger than the pitch is a paragraph break."""


def _size_key(size: float) -> float:
    return round(size * 2) / 2


@dataclass(slots=True)
class Spacing:
    """Pitches and measures learned from a document's runs of lines."""

    pitches: dict[float, float] = field(default_factory=dict)

    @classmethod
    def learn(cls, runs: Iterable[list[Line]]) -> Spacing:
        gaps: defaultdict[float, Counter[float]] = defaultdict(Counter)
        for run in runs:
            text = [line for line in run if not line.blank]
            for above, below in pairwise(text):
                gap = above.y - below.y
                if above.size == below.size and 0 < gap < 3 * above.size:
                    gaps[_size_key(above.size)][round(gap / _STEP) * _STEP] += 1
        pitches = {size: counter.most_common(1)[0][0] for size, counter in gaps.items()}
        return cls(pitches)

    def pitch(self, size: float) -> float:
        return self.pitches.get(_size_key(size), _FALLBACK_PITCH * size)

    @staticmethod
    def measures(lines: list[Line]) -> list[float]:
        """For each line of a run, the furthest the lines near it reach (lines holding
        table cells aside)."""
        reach = [line.x1 if "\t" not in line.text and not line.blank else 0.0 for line in lines]
        return [
            max(reach[max(0, at - _NEARBY) : at + _NEARBY + 1], default=0.0)
            for at in range(len(lines))
        ]

    @staticmethod
    def would_fit(above: Line, below: Line, measure: float) -> bool:
        """Whether ``below``'s first word would have fitted at the end of ``above``."""
        return measure - above.x1 > above.space + first_word_width(below)

    def same_style(self, above: Line, below: Line) -> bool:
        return abs(above.size - below.size) <= 0.5 and above.font == below.font

    def breaks(self, above: Line, below: Line, measure: float) -> bool:
        """Whether a paragraph ends between two consecutive lines of a run of this measure."""
        if below.label or not self.same_style(above, below):
            return True
        gap = above.y - below.y
        if gap <= 0:
            return True
        if gap - self.pitch(below.size) > _GAP * below.size:
            return True
        if below.x0 > above.x0 + below.size and not above.label:
            return True
        return self.would_fit(above, below, measure)

    def carries_on(self, above: Line, below: Line, measure: float) -> bool:
        """Whether the paragraph ending a page with ``above`` goes on with ``below`` on the
        next page: same style and left edge, and ``above`` fills the measure."""
        return (
            not below.label
            and self.same_style(above, below)
            and abs(above.x0 - below.x0) < below.size
            and not self.would_fit(above, below, measure)
        )
