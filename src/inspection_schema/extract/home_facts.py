"""The facts 'Information about this children's home' states, read from its paragraphs.

A fact is read only from a sentence that states it, in Ofsted's wordings; a report that does
not state a fact leaves it out:

* places, ages, needs and the kind of care, from a sentence that says what the home provides
  or is registered for: "It provides medium- to long-term care for three children aged
  between five and 18 years", "It is registered to provide care for up to three children
  who have social and emotional needs", "... and is registered for a maximum of six
  children";
* needs, also from "The children may have physical disabilities, sensory impairment, and
  complex learning, social, emotional or behavioural needs". A list whose last item follows
  ", and" (or ", or") is split at the commas before it and its last item is kept whole; any
  other phrase ("social and emotional needs") is one need;
* the kind of care: short breaks only (true) for "short breaks" with no longer kind of care
  in the sentence, false for "medium- to long-term care" or "long-term care";
* the month the manager registered: "The current manager registered with Ofsted in February
  2019";
* Ofsted's last visit: "Ofsted last visited this setting on 14 October 2020 to carry out a
  monitoring visit inspection", its kind through the inspection-type codelist;
* a multi-building home: "This is a multi-building children's home" ("not a ...": false).

Numbers are read as digits or as words from one to twenty.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from typing import Any

from inspection_schema.extract.dates import MONTH_NAME, DateSyntaxError, parse_date, parse_month
from inspection_schema.extract.vocab import vocabulary
from inspection_schema.model import AgeRange, HomeFacts, LastVisit

__all__ = ["NUMBER_WORDS", "parse_home_facts", "split_needs"]

NUMBER_WORDS = (
    "zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
    "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen",
    "nineteen", "twenty",
)  # fmt: skip
"""Numbers as words, by value."""

_NUMBER = "(?:[0-9]{1,3}|" + "|".join(sorted(NUMBER_WORDS, key=len, reverse=True)) + r")\b"
_PEOPLE = r"(?:children and young people|young people|young person|children|child)\b"
_DASH = "[-\u2010-\u2015]"
_SENTENCE_BREAK = re.compile(r"(?<=[.!?])\s+(?=[A-Z0-9])")
_PROVISION = re.compile(
    r"\b(?:provides|is registered to provide|registered to care|registered for)\b", re.IGNORECASE
)
_PLACES = re.compile(
    rf"\b(?:for|of)\s+(?:up to\s+|a maximum of\s+)?(?P<number>{_NUMBER})\s+{_PEOPLE}", re.IGNORECASE
)
_AGES_BETWEEN = re.compile(
    rf"{_PEOPLE}\s+aged\s+(?:between\s+)?(?P<low>{_NUMBER})\s+(?:and|to|{_DASH})\s+"
    rf"(?P<high>{_NUMBER})",
    re.IGNORECASE,
)
_AGES_FROM = re.compile(
    rf"{_PEOPLE}\s+aged\s+(?:from\s+)?(?P<low>{_NUMBER})(?:\s+years)?\s+(?:and|or)\s+"
    r"(?:over|above|older)\b",
    re.IGNORECASE,
)
_AGES_UP_TO = re.compile(rf"{_PEOPLE}\s+aged\s+up to\s+(?P<high>{_NUMBER})", re.IGNORECASE)
_NEEDS_AFTER = re.compile(
    rf"{_PEOPLE}[^.]*?\s(?:who (?:may )?have|with)\s+(?P<needs>.+?)\.?$", re.IGNORECASE
)
_NEEDS_SENTENCE = re.compile(
    rf"^(?:the\s+)?{_PEOPLE}\s+may\s+have\s+(?P<needs>.+?)\.?$", re.IGNORECASE
)
_SHORT_BREAKS = re.compile(rf"\bshort{_DASH}?\s*breaks?\b", re.IGNORECASE)
_LONGER_CARE = re.compile(rf"\b(?:long|medium){_DASH}?\s*term\b|\bpermanent\b", re.IGNORECASE)
_MANAGER = re.compile(
    r"\bmanager\b.*?\bregistered with Ofsted\s+(?:in|on|since)\s+"
    rf"(?:[0-9]{{1,2}}(?:st|nd|rd|th)?\s+)?(?P<month>(?:{MONTH_NAME})\s+[0-9]{{4}})\b",
    re.IGNORECASE,
)
_LAST_VISIT = re.compile(
    r"\bOfsted last visited (?:this|the) (?:setting|home|children'?s home) on "
    r"(?P<date>[0-9]{1,2}\s+[A-Za-z]+\s+[0-9]{4})(?:\s+to carry out (?:an?|its)\s+(?P<kind>.+?))?"
    r"\.?$",
    re.IGNORECASE,
)
_MULTI_BUILDING = re.compile(
    rf"\b(?P<negated>not\s+)?an?\s+multi{_DASH}?\s*building\b", re.IGNORECASE
)
_LIST_END = re.compile(r", (?:and|or) ")


def _number(text: str) -> int:
    word = text.lower()
    return NUMBER_WORDS.index(word) if word in NUMBER_WORDS else int(word)


def split_needs(phrase: str) -> list[str]:
    """The needs a phrase names: 'A, B, and C' → A, B, C; any other phrase → itself."""
    phrase = phrase.strip().rstrip(".")
    ends = list(_LIST_END.finditer(phrase))
    if not ends:
        return [phrase]
    last = ends[-1]
    head = [part.strip() for part in phrase[: last.start()].split(",")]
    return [part for part in (*head, phrase[last.end() :].strip()) if part]


def _sentences(paragraphs: Iterable[str]) -> list[str]:
    return [s.strip() for text in paragraphs for s in _SENTENCE_BREAK.split(text) if s.strip()]


def _ages(sentence: str) -> AgeRange | None:
    if between := _AGES_BETWEEN.search(sentence):
        return AgeRange(minimum=_number(between["low"]), maximum=_number(between["high"]))
    if low := _AGES_FROM.search(sentence):
        return AgeRange(minimum=_number(low["low"]))
    if high := _AGES_UP_TO.search(sentence):
        return AgeRange(maximum=_number(high["high"]))
    return None


def _care_kind(sentence: str) -> bool | None:
    if _LONGER_CARE.search(sentence):
        return False
    return True if _SHORT_BREAKS.search(sentence) else None


def _provision(sentence: str, facts: dict[str, Any]) -> None:
    """Places, ages, needs and the kind of care from a sentence of what the home provides."""
    if places := _PLACES.search(sentence):
        facts.setdefault("registered_places", _number(places["number"]))
    if (ages := _ages(sentence)) is not None:
        facts.setdefault("age_range", ages)
    if needs := _NEEDS_AFTER.search(sentence):
        facts.setdefault("needs", split_needs(needs["needs"]))
    if (short := _care_kind(sentence)) is not None:
        facts.setdefault("short_break_only", short)


def _last_visit(found: re.Match[str]) -> LastVisit | None:
    try:
        day = parse_date(found["date"])
    except DateSyntaxError:
        return None
    kind = vocabulary("inspection-type").match(found["kind"]) if found["kind"] else None
    return LastVisit(date=day, kind=kind[0] if kind else None)


def _other_facts(sentence: str, facts: dict[str, Any]) -> None:
    """The manager's registration, the last visit and a multi-building home."""
    if (needs := _NEEDS_SENTENCE.match(sentence)) is not None:
        facts.setdefault("needs", split_needs(needs["needs"]))
    if (manager := _MANAGER.search(sentence)) is not None:
        try:
            year, month = parse_month(manager["month"])
        except DateSyntaxError:
            pass
        else:
            facts.setdefault("manager_registered", f"{year:04d}-{month:02d}")
    if (visit := _LAST_VISIT.search(sentence)) is not None:
        found = _last_visit(visit)
        if found is not None:
            facts.setdefault("last_visit", found)
    if (multi := _MULTI_BUILDING.search(sentence)) is not None:
        facts.setdefault("multi_building", multi["negated"] is None)


def parse_home_facts(paragraphs: Iterable[str]) -> HomeFacts | None:
    """The facts the paragraphs state, or ``None`` when they state none."""
    facts: dict[str, Any] = {}
    for sentence in _sentences(paragraphs):
        if _PROVISION.search(sentence):
            _provision(sentence, facts)
        _other_facts(sentence, facts)
    return HomeFacts(**facts) if facts else None
