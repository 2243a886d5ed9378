"""Turn page texts into clean blocks: paragraphs and table rows.

The input is the text of each page, as a report's text file or the PDF reader
gives it: paragraphs separated by blank lines, table cells separated by tabs.
The output is a list of :class:`Block` — one paragraph or one table row each —
with the artefacts of PDF text removed:

* page furniture ("Inspection report children's home: SC123456", "Inspection
  report for children's home: 1234567", bare page numbers, "Page 2 of 9") and
  rows of dashes left by table rules;
* curly quotes and odd apostrophes made straight, no-break spaces made plain,
  soft hyphens dropped, bullet glyphs written as "- ";
* lines broken anywhere joined with a space; a line ending in a letter and a
  hyphen, followed by a line starting in lower case, is joined with no space and
  the hyphen kept (reports are not hyphenated by their typesetter, so a hyphen at
  a line end belongs to a compound such as "day-to-day");
* a paragraph broken by a page break joined again. The PDF reader says, per page,
  whether the page's last paragraph carries on (``carried``), and that decides; in a
  text, a paragraph broken by blank lines is joined when it was broken mid-sentence (it
  ends with no sentence or list punctuation and the next starts in lower case) or, where
  page furniture stood between the two and the text keeps its line breaks, when its last
  line fills the measure of its lines (the next word would not have fitted).

A line holding a tab is a table row; a line that follows a row with no blank
line between is the continuation of the row's first cell (a wrapped cell in a PDF).
``<p>`` tags stay in the cells: the requirement parser uses them to split a cell
into paragraphs, and :func:`clean` removes them everywhere else.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field

from inspection_schema.spec.quotes import STRAIGHT_QUOTES

__all__ = [
    "Block",
    "blocks_from_pages",
    "clean",
    "continues",
    "ends_sentence",
    "fills_measure",
    "is_furniture",
    "straighten",
]

_QUOTES = str.maketrans(
    {
        **STRAIGHT_QUOTES,
        "\u00a0": " ",  # no-break space
        "\u2007": " ",  # figure space
        "\u202f": " ",  # narrow no-break space
        "\u00ad": None,  # soft hyphen
        "\u200b": None,  # zero-width space
        "\ufeff": None,  # byte-order mark
        "\r": None,
    }
)
_BULLET = re.compile(
    "^[ \t]*[\u2022\u25aa\u25cf\u25e6\u2023\u2043\uf06e\uf0b7\uf0a7\uf0d8\u00b7][ \t]*"
)
_FURNITURE = re.compile(
    r"(?:inspection report (?:for )?children'?s home:? ?(?:SC[0-9]{6}|[0-9]{7})?"
    r"(?: [0-9]{1,3})?|(?:page )?[0-9]{1,3}(?: of [0-9]{1,3})?)",
    re.IGNORECASE,
)
"""Running header and page-number wording, matched against a line with its whitespace
collapsed to single spaces (so no pattern can backtrack over long runs of spaces)."""
_P_TAG = re.compile(r"\s*</?p>\s*", re.IGNORECASE)
_SPACE = re.compile(r"\s+")
_TERMINAL = frozenset(".;:!?\u2014\u2013")
_CLOSERS = frozenset("'\")]")
_LIST_END = re.compile(r";\s*(?:and|or)$")


@dataclass(slots=True)
class Block:
    """One paragraph or one table row, with the page it starts on (``None`` for text)."""

    text: str
    page: int | None = None
    cells: tuple[str, ...] | None = None
    lines: list[str] = field(default_factory=list)
    after_furniture: bool = False
    """Page furniture (a page number, a running header, a form feed) came just before it:
    a page break, in a text that keeps its line breaks."""

    @property
    def is_row(self) -> bool:
        """Whether the block is a table row (its cells were separated by tabs)."""
        return self.cells is not None


def straighten(text: str) -> str:
    """Curly quotes to straight, odd spaces to plain, soft hyphens dropped."""
    return text.translate(_QUOTES)


def clean(text: str) -> str:
    """One canonical string: ``<p>`` tags removed, whitespace collapsed."""
    if "<" in text:
        text = _P_TAG.sub(" ", text)
    return _SPACE.sub(" ", text).strip()


def ends_sentence(text: str) -> bool:
    """Whether a paragraph ends with sentence or list punctuation (closing quotes allowed).

    A list item ending "; and" or "; or" ends too.
    """
    if text.endswith(("and", "or")) and _LIST_END.search(text):
        return True
    end = len(text) - 1
    while end >= 0 and text[end] in _CLOSERS:
        end -= 1
    return end >= 0 and text[end] in _TERMINAL


def continues(previous: str, following: str) -> bool:
    """Whether ``following`` carries on the sentence that ``previous`` left open."""
    return bool(following) and following[0].islower() and not ends_sentence(previous)


def is_furniture(line: str) -> bool:
    """Whether a line is page furniture: a running header, a page number or a table rule
    (dashes and spaces alone). Linear in the line's length."""
    words = line.split()
    if not words:
        return False
    if all(not word.strip("-") for word in words):
        return True
    return _FURNITURE.fullmatch(" ".join(words)) is not None


def _join_line(current: str, line: str) -> str:
    if not current:
        return line
    if len(current) > 1 and current[-1] == "-" and current[-2].isalpha() and line[:1].islower():
        return current + line
    return f"{current} {line}"


def blocks_from_pages(
    pages: Iterable[str], *, numbered: bool = True, carried: Sequence[bool] | None = None
) -> list[Block]:
    """Split page texts into blocks, dropping furniture and joining broken paragraphs.

    With ``numbered`` false (a text file) blocks carry no page number. ``carried``, when
    given, says for each page whether its last paragraph carries on to the next page.
    """
    blocks: list[Block] = []
    for index, raw in enumerate(pages, start=1):
        page = index if numbered else None
        _page_blocks(straighten(raw), page, blocks)
    return _join_broken(blocks, carried)


def _page_blocks(text: str, page: int | None, out: list[Block]) -> None:
    current: Block | None = None
    pending: list[str] = []
    furniture = False
    for raw_line in text.split("\n"):
        line = raw_line.rstrip(" ")
        if not line.strip() or is_furniture(line) or "\f" in line:
            if not line.strip() and "\f" not in line:
                _close(current, pending, out)
                current, pending = None, []
            else:
                furniture = True
            continue
        line = _BULLET.sub("- ", line)
        if "\t" in line:
            _close(current, pending, out)
            pending = []
            cells = tuple(cell.strip() for cell in line.split("\t"))
            current = Block("", page, cells, [line.strip()], furniture)
            furniture = False
            continue
        if current is not None and current.cells is not None:
            # The wrapped continuation of a row's first cell.
            first = _join_line(current.cells[0], line.strip())
            current.cells = (first, *current.cells[1:])
            current.lines.append(line.strip())
            continue
        if current is None:
            current = Block("", page, after_furniture=furniture)
        furniture = False
        current.lines.append(line.strip())
        pending.append(line.strip())
    _close(current, pending, out)


def _close(block: Block | None, pending: list[str], out: list[Block]) -> None:
    if block is None:
        return
    if block.cells is not None:
        block.text = clean(" ".join(cell for cell in block.cells if cell))
    else:
        joined = ""
        for line in pending:
            joined = _join_line(joined, line)
        block.text = clean(joined)
    if block.text or block.cells:
        out.append(block)


def _carries_on(
    last: Block, ends_on: int | None, block: Block, carried: Sequence[bool] | None
) -> bool:
    """Whether ``block`` carries on the paragraph ``last`` (which ends on page ``ends_on``)."""
    if last.is_row or block.is_row:
        return False
    if carried is not None and ends_on is not None and block.page == ends_on + 1:
        return carried[ends_on - 1]
    if block.page is not None and block.page == ends_on:
        return False
    if block.text.startswith("- "):
        return False
    return continues(last.text, block.text) or (
        block.after_furniture and fills_measure(last, block)
    )


def fills_measure(last: Block, block: Block) -> bool:
    """Whether ``last``, a paragraph of a text that keeps its line breaks, ends with a full
    line: its last line is as long as its longest once the next paragraph's first word is
    added, so the paragraph went on over the page break where the furniture stood."""
    if len(last.lines) < 2 or not block.text:
        return False
    measure = max(len(line) for line in last.lines)
    return len(last.lines[-1]) + 1 + len(block.text.split()[0]) > measure


def _join_broken(blocks: Sequence[Block], carried: Sequence[bool] | None) -> list[Block]:
    joined: list[Block] = []
    ends_on: int | None = None
    for block in blocks:
        if joined and _carries_on(joined[-1], ends_on, block, carried):
            last = joined[-1]
            last.text = f"{last.text} {block.text}"
            last.lines.extend(block.lines)
        else:
            joined.append(block)
        ends_on = block.page
    return joined
