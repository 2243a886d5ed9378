"""The document's own spacing: line pitch per text size, the measure, and line ends.

Paragraph boundaries are read from evidence the document itself gives, not from
constants tuned to one renderer:

* the line pitch: for each text size, the most common distance between the baselines of
  consecutive lines (the spacing inside a paragraph); a gap clearly larger is the space
  between paragraphs;
* the measure: how far the lines of a table column reach (bounded by its drawn borders),
  or, in a page's flow, the nearby lines (an untagged table cell and the text after the
  table can form one run); a line that ends while the next line's first word would still
  have fitted on it ended its paragraph;
* line ends: where the writer draws the space at a line broken at a space (Word and
  LibreOffice do), a line with room for a space and none drawn was not broken at a space:
  it ended its paragraph, unless a word could break there without one (after a hyphen,
  around a dash, between two bracketed groups), where the two lines join with no space;
* the style: a change of size or of the font of most of a line's letters, an indent, or a
  list label starts a paragraph.
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


def _introduces_list(line: Line) -> bool:
    """A line ending with a closed em dash: in the reports it introduces a list, so the
    paragraph ends there ("…must ensure that—")."""
    return line.text.rstrip().endswith("\u2014")


def _breakable(above: Line, below: Line) -> bool:
    """Whether a line may break between these two without a space: after a hyphen or an en
    dash, before a dash, or between two bracketed groups."""
    end, start = above.text.rstrip()[-1:], below.text.lstrip()[:1]
    return end in "-\u2013/" or start in "\u2013\u2014" or (end == ")" and start == "(")


def _size_key(size: float) -> float:
    return round(size * 2) / 2


@dataclass(slots=True)
class Spacing:
    """Pitches and measures learned from a document's runs of lines."""

    pitches: dict[float, float] = field(default_factory=dict)
    drawn: bool = False
    """The writer draws the space at the end of a line broken at a space (Word and
    LibreOffice do): then a line with room for a space but none drawn was not broken at a
    space, and where no word could be broken there (after a hyphen, around a dash, between
    two bracketed groups) it ended its paragraph."""

    @classmethod
    def learn(cls, runs: Iterable[list[Line]]) -> Spacing:
        gaps: defaultdict[float, Counter[float]] = defaultdict(Counter)
        ended = total = 0
        for run in runs:
            text = [line for line in run if not line.blank]
            for above, below in pairwise(text):
                total += 1
                ended += above.text.endswith(" ")
                gap = above.y - below.y
                if above.size == below.size and 0 < gap < 3 * above.size:
                    gaps[_size_key(above.size)][round(gap / _STEP) * _STEP] += 1
        pitches = {size: counter.most_common(1)[0][0] for size, counter in gaps.items()}
        return cls(pitches, total > 0 and 2 * ended >= total)

    def pitch(self, size: float) -> float:
        return self.pitches.get(_size_key(size), _FALLBACK_PITCH * size)

    @staticmethod
    def measure(lines: list[Line], nearby: int | None = _NEARBY) -> None:
        """Set each line's measure and reach: the furthest the visible text, and the drawing
        with line-end spaces, of the lines near it in its run go (all the run's lines with
        ``nearby`` None; lines holding table cells aside)."""
        ink = [line.x1 if "\t" not in line.text and not line.blank else 0.0 for line in lines]
        ends = [line.end if "\t" not in line.text and not line.blank else 0.0 for line in lines]
        for at, line in enumerate(lines):
            low, high = (0, len(lines)) if nearby is None else (at - nearby, at + nearby + 1)
            line.measure = max(ink[max(0, low) : high], default=0.0)
            line.reach = max(ends[max(0, low) : high], default=0.0)

    @staticmethod
    def would_fit(above: Line, below: Line) -> bool:
        """Whether ``below``'s first word would have fitted at the end of ``above``."""
        return above.measure - above.x1 > above.space + first_word_width(below)

    def same_style(self, above: Line, below: Line) -> bool:
        """Same size, and the same font where both lines have letters to tell it by."""
        fonts = above.font == below.font or not above.font or not below.font
        return abs(above.size - below.size) <= 0.5 and fonts

    def breaks(self, above: Line, below: Line) -> bool:
        """Whether a paragraph ends between two consecutive lines of a run: a list label, a
        change of style, a gap wider than the pitch, an indent, a line a writer that draws
        line-end spaces ended short of one, or one the next word would have fitted on (but
        no paragraph starts with a closed em dash)."""
        if below.label or not self.same_style(above, below):
            return True
        gap = above.y - below.y
        if gap <= 0:
            return True
        if gap - self.pitch(below.size) > _GAP * below.size:
            return True
        if below.x0 > above.x0 + below.size and not above.label:
            return True
        if _introduces_list(above) or (self.unspaced(above) and not _breakable(above, below)):
            return True
        if below.text.startswith("\u2014"):
            return False
        return self.would_fit(above, below)

    def unspaced(self, line: Line) -> bool:
        """A line of a writer that draws line-end spaces, with room for one and none drawn."""
        return self.drawn and not line.text.endswith(" ") and line.reach - line.x1 >= line.space

    def glued(self, above: Line, below: Line) -> bool:
        """Whether two lines of one paragraph join with no space: a compound's hyphen at
        the line end, or a break where no space was drawn though there was room for one.
        Without that evidence, two conventions of the reports decide: an em dash is set
        closed ("which—"), and a group of provisions in a regulation reference starts with a
        number, so a line starting "(" and a letter carries on the group above."""
        text = above.text
        if text.endswith(" "):
            return False
        if len(text) > 1 and text[-1] == "-" and text[-2].isalpha():
            return below.text[:1].islower()
        if self.unspaced(above) and _breakable(above, below):
            return not self.would_fit(above, below)
        if below.text.startswith("\u2014"):
            return True
        return text.endswith(")") and below.text.startswith("(") and below.text[1:2].isalpha()

    def carries_on(self, above: Line, below: Line) -> bool:
        """Whether the paragraph ending a page with ``above`` goes on with ``below`` on the
        next page: same style and left edge, ``above`` fills the measure, and (where the
        writer draws line-end spaces) does not end short of a space it would have drawn."""
        return (
            not below.label
            and self.same_style(above, below)
            and abs(above.x0 - below.x0) < below.size
            and not self.would_fit(above, below)
            and not _introduces_list(above)
            and not (self.unspaced(above) and not _breakable(above, below))
        )
