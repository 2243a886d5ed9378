"""Ofsted's wordings to codes, through the codelists' labels and variants.

Matching is case-insensitive and ignores runs of spaces and the kind of
apostrophe. A closed codelist (judgement, interim judgement, judgement area)
only yields its own codes; for an open one (outcome, inspection type, provision
type, inspector role) a wording that is not listed becomes a code of its own,
made from the wording itself (lower case, other characters as underscores), so
that nothing printed is lost and nothing is invented.
"""

from __future__ import annotations

import re
from functools import cache

from inspection_schema.spec.codelists import Codelist, codelist

__all__ = ["Vocabulary", "vocabulary"]

_NOT_CODE = re.compile(r"[^a-z0-9]+")


class Vocabulary:
    """One codelist's wordings, for exact look-ups and for matching at the start of a text.

    The pattern :meth:`match` uses is compiled on its first use: most vocabularies are only
    looked up whole (:meth:`code`), and compiling them all would slow every start.
    """

    __slots__ = ("_prefix", "codelist")

    def __init__(self, listed: Codelist) -> None:
        self.codelist = listed
        self._prefix: re.Pattern[str] | None = None

    @property
    def prefix(self) -> re.Pattern[str]:
        """Any of the list's wordings, longest first, ending where a word ends."""
        if self._prefix is None:
            entries = self.codelist.entries
            wordings = sorted(
                {w for entry in entries for w in (entry["label"], *entry.get("variants", ()))},
                key=len,
                reverse=True,
            )
            alternatives = "|".join(
                r"\s+".join(re.escape(word) for word in wording.split()) for wording in wordings
            )
            self._prefix = re.compile(rf"(?:{alternatives})(?![a-z])", re.IGNORECASE)
        return self._prefix

    @property
    def name(self) -> str:
        return self.codelist.name

    def code(self, wording: str) -> str | None:
        """The code for a whole wording, or ``None`` when it is not one of the list's."""
        key = wording.strip().rstrip(".")
        found = self.codelist.code_for(key)
        if found is None and self.codelist.open and key:
            made = _NOT_CODE.sub("_", key.lower()).strip("_")
            if made and made[0].isalpha():
                return made
        return found

    def match(self, text: str, start: int = 0) -> tuple[str, int] | None:
        """The code of the longest wording at ``text[start:]`` and where the wording ends."""
        found = self.prefix.match(text, start)
        if found is None:
            return None
        code = self.codelist.code_for(found.group(0))
        return (code, found.end()) if code is not None else None


@cache
def vocabulary(name: str) -> Vocabulary:
    """The vocabulary of one codelist, built once."""
    return Vocabulary(codelist(name))
