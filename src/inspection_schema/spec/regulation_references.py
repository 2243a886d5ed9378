"""Parse a reference to the Children's Homes (England) Regulations 2015.

A reference reads ``Regulation N`` followed by groups separated by spaces::

    Regulation 7 (1)(a)(b)(c) (2)(a)(ii)(iii)(b)(i)

Each group starts with a paragraph ``(1)``; letters after it are sub-paragraphs
``(a)``; roman numerals after a letter are heads ``(i)``. A group may lack the
paragraph (``Regulation 5 (a)(b)(c)``). The reference names single provisions:

* a paragraph with no letters after it is named alone (``12(1)``);
* a letter with no heads after it is named with its paragraph (``7(1)(a)``);
* each head is named with its letter and paragraph (``7(2)(a)(ii)``);
* a paragraph followed by letters, or a letter followed by heads, is not named alone;
* a bare ``Regulation N`` names the whole regulation (``N``).

``(i)``, ``(v)`` and ``(x)`` are both letters and roman numerals. Directly after a
letter they are read as heads, with one exception: they are read as the next
letter when the regulation catalogue's ``paragraph_letters`` table says the
current paragraph has that letter *and* the item just before was the letter
preceding it in the alphabet (``h`` before ``i``, ``u`` before ``v``, ``w``
before ``x``) with no heads in between. So in 13(2), which has (a)–(h),
``(2)(h)(i)`` reads as 13(2)(h)(i), because 13(2) has no letter (i). Outside a
letter (no letter yet in the group) every token that is not a number is a letter.

Pure Python with no heavy imports: the validator calls it at start-up.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from typing import NamedTuple

from inspection_schema.spec.regulations import paragraph_letters

__all__ = [
    "ParsedReference",
    "ReferenceSyntaxError",
    "format_provision",
    "parse_reference",
]

_HEAD = re.compile(r"^Regulation ([1-9][0-9]*)")
_TOKEN = re.compile(r"\s*\(([0-9]+|[a-z]+)\)")
_ROMAN_SET = frozenset(
    (
        "i",
        "ii",
        "iii",
        "iv",
        "v",
        "vi",
        "vii",
        "viii",
        "ix",
        "x",
        "xi",
        "xii",
        "xiii",
        "xiv",
        "xv",
        "xvi",
        "xvii",
        "xviii",
        "xix",
        "xx",
    )
)
_LETTER = re.compile(r"^[a-z]{1,2}$")
_AMBIGUOUS_PREVIOUS = {"i": "h", "v": "u", "x": "w"}


class ReferenceSyntaxError(ValueError):
    """The text is not a readable regulation reference."""


class ParsedReference(NamedTuple):
    """A reference parsed into its regulation number and single provisions, in written order."""

    regulation: int
    provisions: tuple[str, ...]


def format_provision(
    regulation: int,
    paragraph: str | None = None,
    letter: str | None = None,
    head: str | None = None,
) -> str:
    """Write one provision as ``7(2)(a)(ii)``; parts that are ``None`` are left out."""
    parts = [str(regulation)]
    parts.extend(f"({part})" for part in (paragraph, letter, head) if part is not None)
    return "".join(parts)


class _Group:
    """The paragraph, letter and head state while reading one group."""

    __slots__ = ("has_heads", "letter", "paragraph", "pending_letter", "pending_paragraph")

    def __init__(self, paragraph: str | None) -> None:
        self.paragraph = paragraph
        self.pending_paragraph = paragraph is not None
        self.letter: str | None = None
        self.pending_letter = False
        self.has_heads = False


def parse_reference(
    text: str, *, letters: Mapping[str, Mapping[str, str]] | None = None
) -> ParsedReference:
    """Parse ``Regulation N (…)…`` into single provisions.

    ``letters`` overrides the catalogue's ``paragraph_letters`` table (for tests).
    Raise :class:`ReferenceSyntaxError` when the text is not a readable reference.
    """
    source = " ".join(text.split())
    head = _HEAD.match(source)
    if head is None:
        raise ReferenceSyntaxError(f"{text!r} does not start with 'Regulation' and a number")
    regulation = int(head.group(1))
    table = (paragraph_letters() if letters is None else letters).get(str(regulation), {})
    provisions: list[str] = []
    position = head.end()
    group: _Group | None = None

    def flush(state: _Group | None) -> None:
        if state is None:
            return
        if state.pending_letter:
            provisions.append(format_provision(regulation, state.paragraph, state.letter))
        elif state.pending_paragraph:
            provisions.append(format_provision(regulation, state.paragraph))

    while position < len(source):
        match = _TOKEN.match(source, position)
        if match is None:
            raise ReferenceSyntaxError(
                f"{text!r}: cannot read {source[position:].strip()!r} as '(1)', '(a)' or '(i)'"
            )
        spaced = match.group(0)[0].isspace()
        token = match.group(1)
        position = match.end()
        if token.isdigit():
            if token.startswith("0"):
                raise ReferenceSyntaxError(f"{text!r}: paragraph ({token}) is not a number from 1")
            flush(group)
            group = _Group(token)
            continue
        if group is None or (spaced and group.letter is not None):
            # A new group with no paragraph: "Regulation 5 (a)(b)".
            flush(group)
            group = _Group(None)
        if (
            group.letter is not None
            and token in _ROMAN_SET
            and not _reads_as_letter(token, group, table)
        ):
            provisions.append(format_provision(regulation, group.paragraph, group.letter, token))
            group.has_heads = True
            group.pending_letter = False
            continue
        if not _LETTER.match(token):
            raise ReferenceSyntaxError(f"{text!r}: ({token}) is neither a letter nor a head")
        if group.pending_letter:
            provisions.append(format_provision(regulation, group.paragraph, group.letter))
        group.letter = token
        group.pending_letter = True
        group.pending_paragraph = False
        group.has_heads = False
    flush(group)
    if not provisions:
        provisions.append(str(regulation))
    return ParsedReference(regulation, tuple(provisions))


def _reads_as_letter(token: str, group: _Group, table: Mapping[str, str]) -> bool:
    """Whether an ambiguous ``(i)``/``(v)``/``(x)`` after a letter is the next letter."""
    previous = _AMBIGUOUS_PREVIOUS.get(token)
    if previous is None or group.has_heads or group.letter != previous:
        return False
    return token in table.get(group.paragraph or "", "")
