"""Sentences that state a home's structured facts, in the wordings of Ofsted's reports.

A report states its facts inside 'Information about this children's home'. The renderer
prints those paragraphs verbatim, so a report whose ``home_information`` holds these
sentences carries its ``home_facts`` through render and extraction; the strategies write
``home_information`` with :func:`fact_paragraphs`. The wordings follow the real reports:

* "It provides medium- to long-term care for up to three children aged between five and 18
  years who have autism, learning disabilities, and mental health needs." (and, with only
  some of the facts, "It provides short breaks for children aged up to 17 years.");
  "This is a multi-building children's home." after it;
* "The current manager registered with Ofsted in February 2019.";
* "Ofsted last visited this setting on 14 October 2020 to carry out a monitoring
  inspection."

Numbers under ten are written in words, as Ofsted writes them; needs are listed 'A' or 'A,
B, and C' (two needs would read 'A and B', one phrase, so they are not stated as a pair).
"""

from __future__ import annotations

from inspection_schema.model import HomeFacts, LastVisit
from inspection_schema.testing.rendering.wording import label, long_date, month

__all__ = ["fact_paragraphs", "number"]

_WORDS = ("zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine")


def number(value: int) -> str:
    """A number as Ofsted's reports write it: in words under ten, in digits from ten."""
    return _WORDS[value] if 0 <= value < len(_WORDS) else str(value)


def _needs(needs: list[str]) -> str:
    if len(needs) == 2:
        raise ValueError("two needs read as one phrase ('A and B'); state one, or three or more")
    if len(needs) < 2:
        return needs[0]
    return ", ".join(needs[:-1]) + ", and " + needs[-1]


def _ages(facts: HomeFacts) -> str:
    ages = facts.age_range
    if ages is None:
        return ""
    if ages.minimum is not None and ages.maximum is not None:
        return f" aged between {number(ages.minimum)} and {number(ages.maximum)} years"
    if ages.minimum is not None:
        return f" aged {number(ages.minimum)} years and over"
    return f" aged up to {number(ages.maximum or 0)} years"


def _provision(facts: HomeFacts) -> str | None:
    """'It provides <care> for <up to N children> <aged …> <who have …>.', if any fact is."""
    stated = (facts.registered_places, facts.age_range, facts.needs, facts.short_break_only)
    if all(value is None for value in stated):
        return None
    care = {None: "care", True: "short breaks", False: "medium- to long-term care"}
    people = "children"
    if facts.registered_places is not None:
        people = f"up to {number(facts.registered_places)} children"
    needs = f" who have {_needs(facts.needs)}" if facts.needs else ""
    return f"It provides {care[facts.short_break_only]} for {people}{_ages(facts)}{needs}."


def _visit(visit: LastVisit) -> str:
    said = f"Ofsted last visited this setting on {long_date(visit.date)}"
    if visit.kind is None:
        return said + "."
    kind = label("inspection-type", visit.kind).lower()
    article = "an" if kind[:1] in "aeiou" else "a"
    return f"{said} to carry out {article} {kind}."


def fact_paragraphs(facts: HomeFacts) -> list[str]:
    """Paragraphs that state every fact: provision (and multi-building), manager, last visit."""
    paragraphs: list[str] = []
    provision = _provision(facts)
    building = "This is a multi-building children's home." if facts.multi_building else None
    if facts.multi_building is False:
        building = "This is not a multi-building children's home."
    opening = " ".join(part for part in (provision, building) if part)
    if opening:
        paragraphs.append(opening)
    if facts.manager_registered is not None:
        paragraphs.append(
            f"The current manager registered with Ofsted in {month(facts.manager_registered)}."
        )
    if facts.last_visit is not None:
        paragraphs.append(_visit(facts.last_visit))
    return paragraphs
