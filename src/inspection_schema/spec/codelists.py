"""Codelists: stable codes with Ofsted's exact wording and its known variants.

A codelist is data (``schemas/codelists/<name>.json``). Closed codelists are also
enums in the schema; open ones are checked by a rule that warns about codes it
does not list.

The codelists are the one home of the domain's vocabulary. Code that needs a domain fact
reads it here rather than writing it again: the four-point scale (:func:`grades`), the
judgement areas (:func:`judgement_areas`, :func:`overall_area`, :func:`extra_areas`) and
those that may be not judged (:func:`not_judged_areas`), the interim outcomes, each report
kind's title line (:func:`title_line`), the standard summary sentences and how they are
recognised (:func:`summary_sentences`, :func:`summary_markers`), when an inspection type or
framework was in use (:func:`period`), which outcomes each inspection type was graded with
and when (:func:`graded_with`), and when Ofsted judged an area it did not always judge
(:func:`judged_periods`).
"""

from __future__ import annotations

import datetime
import re
from collections.abc import Iterable
from functools import cache, lru_cache
from typing import Any

from inspection_schema.spec.quotes import PLAIN_DASHES, STRAIGHT_QUOTES
from inspection_schema.spec.resources import load_json, schemas_dir
from inspection_schema.spec.versions import at_least

_SPACE = re.compile(r"\s+")
_PLAIN = str.maketrans({**STRAIGHT_QUOTES, **PLAIN_DASHES})


def normalise_wording(text: str) -> str:
    """Fold case, quotes, dashes and white space, so that wordings compare loosely."""
    return _SPACE.sub(" ", text.translate(_PLAIN)).strip().casefold()


class Codelist:
    """One codelist, with lookup from wording to code."""

    def __init__(self, data: dict[str, Any]) -> None:
        self.data = data
        self.name: str = data["codelist"]
        self.title: str = data["title"]
        self.description: str = data["description"]
        self.open: bool = data["open"]
        self.entries: list[dict[str, Any]] = data["codes"]
        self.codes: frozenset[str] = frozenset(entry["code"] for entry in self.entries)
        self._by_wording: dict[str, str] = {}
        for entry in self.entries:
            for wording in (entry["code"], entry["label"], *entry.get("variants", ())):
                self._by_wording.setdefault(normalise_wording(wording), entry["code"])

    def __contains__(self, code: object) -> bool:
        return isinstance(code, str) and code in self.codes

    def entry(self, code: str) -> dict[str, Any] | None:
        """The codelist's entry for a code, or None if it does not list the code."""
        return next((entry for entry in self.entries if entry["code"] == code), None)

    def label(self, code: str) -> str:
        """Ofsted's wording for a code."""
        found = self.entry(code)
        if found is None:
            raise KeyError(f"{code!r} is not in the {self.name} codelist")
        return str(found["label"])

    def code_for(self, wording: str) -> str | None:
        """The code whose label, variant or code matches ``wording`` loosely, if any."""
        return self._by_wording.get(normalise_wording(wording))


@cache
def codelist(name: str) -> Codelist:
    """Load one codelist by name, e.g. ``codelist("judgement")``."""
    return Codelist(load_json(f"codelists/{name}.json"))


@cache
def codelist_names() -> tuple[str, ...]:
    """Names of every shipped codelist."""
    return tuple(sorted(path.stem for path in (schemas_dir() / "codelists").glob("*.json")))


def all_codelists() -> Iterable[Codelist]:
    """Every shipped codelist."""
    return (codelist(name) for name in codelist_names())


# The domain's named facts, read from the codelists


@cache
def codes(name: str) -> tuple[str, ...]:
    """The codes of one codelist, in its order."""
    return tuple(entry["code"] for entry in codelist(name).entries)


@cache  # the rules ask for it with every document: one lookup, not two calls
def grades() -> tuple[str, ...]:
    """The four-point scale, best first: outstanding … inadequate."""
    return codes("judgement")


def interim_judgements() -> tuple[str, ...]:
    """The outcomes of an interim inspection."""
    return codes("interim-judgement")


@cache
def judgement_areas() -> tuple[str, ...]:
    """The areas judged in every full inspection, in the order reports print them."""
    return tuple(
        entry["code"]
        for entry in codelist("judgement-area").entries
        if "only_for_provision_types" not in entry
    )


@cache
def overall_area() -> str:
    """The area that holds the overall judgement."""
    return next(str(e["code"]) for e in codelist("judgement-area").entries if e.get("overall"))


@cache
def extra_areas(provision_type: str) -> tuple[str, ...]:
    """The areas judged only for homes of this provision type (none for most)."""
    return tuple(
        entry["code"]
        for entry in codelist("judgement-area").entries
        if provision_type in entry.get("only_for_provision_types", ())
    )


NOT_JUDGED = "not_judged"
"""The outcome codelist's code for Ofsted's 'Not judged', which some areas may be (since 1.2)."""


@cache
def not_judged_areas(version: str) -> tuple[str, ...]:
    """The areas a document declaring ``version`` may give as :data:`NOT_JUDGED`.

    The judgement-area codelist marks them with ``not_judged_since``: a secure children's
    home's education and learning, and health, since schema 1.2.
    """
    return tuple(
        entry["code"]
        for entry in codelist("judgement-area").entries
        if "not_judged_since" in entry and at_least(version, entry["not_judged_since"])
    )


@cache
def provision_types_with_extra_areas() -> tuple[str, ...]:
    """The provision types judged on areas beyond the common ones (secure children's homes)."""
    found = {
        provision
        for entry in codelist("judgement-area").entries
        for provision in entry.get("only_for_provision_types", ())
    }
    return tuple(sorted(found))


def title_line(kind: str) -> str:
    """The title line of a report of this kind, such as 'Full inspection'."""
    return codelist("report-kind").label(kind)


def summary_sentences(grade: str) -> tuple[str, ...]:
    """Ofsted's standard summary sentences for a report whose overall grade is ``grade``."""
    found = codelist("judgement").entry(grade)
    return tuple(found.get("summary_sentences", ())) if found else ()


@cache
def summary_markers() -> tuple[tuple[str, re.Pattern[str]], ...]:
    """Each grade with the pattern that recognises its summary sentence, in the order to try."""
    listed = codelist("judgement")
    order: list[str] = listed.data.get("summary_marker_order", list(codes("judgement")))
    markers = []
    for grade in order:
        entry = listed.entry(grade) or {}
        phrases = "|".join(re.escape(phrase) for phrase in entry.get("summary_markers", ()))
        if phrases:
            markers.append((grade, re.compile(phrases, re.IGNORECASE)))
    return tuple(markers)


Period = tuple[datetime.date | None, datetime.date | None]
"""The first and last day of a period (``None``: open-ended)."""


def _period(held: dict[str, str]) -> Period:
    start, end = held.get("from"), held.get("to")
    return (
        datetime.date.fromisoformat(start) if start else None,
        datetime.date.fromisoformat(end) if end else None,
    )


def period(name: str, code: str) -> Period:
    """The first and last day a code of a codelist was in use (``None``: open-ended)."""
    found = codelist(name).entry(code) or {}
    return _period(found.get("period", {}))


def within(day: datetime.date, span: Period) -> bool:
    """Whether a day falls in a period."""
    start, end = span
    return (start is None or start <= day) and (end is None or day <= end)


@lru_cache(maxsize=256)
def judged_periods(area: str) -> tuple[Period, ...]:
    """When Ofsted judged an area that it judged only at some times (empty: always)."""
    found = codelist("judgement-area").entry(area) or {}
    return tuple(_period(held) for held in found.get("judged", ()))


@lru_cache(maxsize=256)
def graded_with(inspection_type: str) -> tuple[tuple[frozenset[str], Period], ...]:
    """The outcomes the history rows of an inspection type may hold, each set with the
    period it was used in; empty for a type whose rows are not graded on a scale."""
    found = codelist("inspection-type").entry(inspection_type) or {}
    return tuple(
        (
            codelist(held["codelist"]).codes if "codelist" in held else frozenset(held["codes"]),
            _period(held.get("period", {})),
        )
        for held in found.get("graded_with", ())
    )
