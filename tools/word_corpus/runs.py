"""Cut a paragraph's text into runs the way Word documents do.

A Word document rarely holds a line as one run: editing history, spelling marks and a
change of language cut it. The PDF then draws the line in many pieces. :func:`word_runs`
reproduces the cuts the reading stage has to cope with:

* curly quotes, apostrophes and dashes in a font of their own;
* words cut into two runs ("Headline f" + "indings");
* spaces as runs of their own.

Neighbouring runs alternate between the automatic text colour and an explicit black (the same
on the page), so that LibreOffice keeps them apart as Word keeps apart runs with different
revision marks; each becomes a text object of its own in the PDF. The cuts are pseudo-random
but fixed by the paragraph's text, so a document is written the same way every time.
"""

from __future__ import annotations

import random
import re
import zlib

from attrs import frozen

MARKS = "\u2018\u2019\u201c\u201d\u2013\u2014"
"""Curly quotes and en and em dashes."""
CUT_WORD = 0.12
"""The chance that a word of five letters or more is cut into two runs."""
SPACE_RUN = 0.25
"""The chance that a space is a run of its own."""

_TOKEN = re.compile(f"[{MARKS}]|\\s+|[^\\s{MARKS}]+")
_OPENERS = "([{\u2014\u2013"
_CURLY = {"'": "\u2018\u2019", '"': "\u201c\u201d"}
"""Each straight quote's opening and closing curly form."""


@frozen
class Run:
    """A piece of text with its own font (None: the paragraph's).

    In explicit black, or in the automatic colour.
    """

    text: str
    font: str | None = None
    black: bool = False


def smart_quotes(text: str) -> str:
    """Straight quotes made curly as Word's AutoFormat does: opening after a space or bracket."""
    out: list[str] = []
    for index, char in enumerate(text):
        if char in _CURLY:
            before = text[index - 1] if index else " "
            opening = before.isspace() or before in _OPENERS
            out.append(_CURLY[char][0 if opening else 1])
        else:
            out.append(char)
    return "".join(out)


def plain_runs(text: str) -> list[Run]:
    """The paragraph as one run."""
    return [Run(text)] if text else []


def word_runs(text: str, mark_font: str | None) -> list[Run]:
    """The paragraph cut into runs as Word cuts them."""
    chance = random.Random(zlib.crc32(text.encode("utf-8")))
    runs: list[Run] = []
    current: list[str] = []
    black = False

    def close(font: str | None = None) -> None:
        nonlocal black
        if current:
            runs.append(Run("".join(current), font, black))
            current.clear()
            black = not black

    for token in _TOKEN.findall(text):
        if token in MARKS:
            close()
            current.append(token)
            close(mark_font)
        elif token.isspace():
            if chance.random() < SPACE_RUN:
                close()
                current.append(token)
                close()
            else:
                current.append(token)
        elif len(token) >= 5 and chance.random() < CUT_WORD:
            cut = chance.randint(1, len(token) - 1)
            current.append(token[:cut])
            close()
            current.append(token[cut:])
        else:
            current.append(token)
    close()
    return runs
