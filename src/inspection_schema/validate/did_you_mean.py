""" "Did you mean" hints: the code a value stands for, and the ISO form of a printed date.

A document that holds ``"Good"`` where the schema wants the code ``"good"`` gets the hint
``good``: the value matches, loosely, a label or a known variant in exactly one code of the
codelists. A near miss gets a hint too (``"Goood"``, ``"outstandin"``): the closest wording
by :mod:`difflib`'s similarity, if it is close enough and points to one code only. Where
the schema lists the allowed codes (``enum``, ``const``), only those are suggested.

A date written as reports print it (``12/10/2021``, day first, or ``12 October 2021``) gets
its ISO form as the hint: ``2021-10-12``.

Schema findings for ``enum``, ``const``, ``pattern`` and ``format`` carry the hint, and
their message ends "Did you mean 'good'?".
"""

from __future__ import annotations

from collections.abc import Collection, Iterator
from functools import cache, lru_cache
from typing import Any

from inspection_schema.spec.codelists import all_codelists, normalise_wording
from inspection_schema.spec.printed_dates import DateSyntaxError, parse_date

__all__ = ["date_hint", "hint", "suggest_code", "with_hint"]

Wording = tuple[str, frozenset[str]]
"""A loosely compared wording and the codes it stands for."""

NEAR_ENOUGH = 0.8
"""The least similarity (:class:`difflib.SequenceMatcher` ratio) of a near miss."""


def suggest_code(value: str, allowed: Collection[str] | None = None) -> str | None:
    """The one code ``value`` is Ofsted's wording for, or a near miss of; ``allowed`` limits.

    ``None`` when no code matches or when two codes match equally well.
    """
    return _suggestion(value, None if allowed is None else frozenset(allowed))


@lru_cache(maxsize=1024)
def _suggestion(value: str, codes: frozenset[str] | None) -> str | None:
    """:func:`suggest_code`, kept for the values seen last: a batch's documents often share
    the same wrong value (a tool that writes ``"Good"`` writes it in every report)."""
    wanted = normalise_wording(value)
    exact = _wordings(codes).get(wanted)
    if exact is not None:
        return next(iter(exact)) if len(exact) == 1 else None
    return _nearest(wanted, _by_length(codes))


def _nearest(wanted: str, by_length: dict[int, list[Wording]]) -> str | None:
    from difflib import SequenceMatcher

    matcher = SequenceMatcher(None, b=wanted)
    best = 0.0
    codes: set[str] = set()
    for wording, found in _of_near_length(by_length, len(wanted)):
        matcher.set_seq1(wording)
        if matcher.real_quick_ratio() < NEAR_ENOUGH or matcher.quick_ratio() < NEAR_ENOUGH:
            continue
        ratio = matcher.ratio()
        if ratio > best:
            best, codes = ratio, set(found)
        elif ratio == best:
            codes |= found
    return codes.pop() if best >= NEAR_ENOUGH and len(codes) == 1 else None


def _of_near_length(by_length: dict[int, list[Wording]], length: int) -> Iterator[Wording]:
    """The wordings whose length allows a similarity of :data:`NEAR_ENOUGH` with text of
    ``length`` characters: twice the shorter length over the sum is at least 0.8, so the
    longer is at most one and a half times the shorter (a few more are let through)."""
    for size in range(length * 2 // 3, length * 3 // 2 + 2):
        yield from by_length.get(size, ())


@cache
def _by_length(allowed: frozenset[str] | None) -> dict[int, list[Wording]]:
    """The wordings of :func:`_wordings`, grouped by length."""
    grouped: dict[int, list[Wording]] = {}
    for wording, codes in _wordings(allowed).items():
        grouped.setdefault(len(wording), []).append((wording, codes))
    return grouped


@cache
def _wordings(allowed: frozenset[str] | None) -> dict[str, frozenset[str]]:
    """Every loosely compared wording of the codes (only the allowed ones, if given)."""
    found: dict[str, set[str]] = {}
    for listed in all_codelists():
        for entry in listed.entries:
            code = entry["code"]
            if allowed is not None and code not in allowed:
                continue
            for wording in (code, entry["label"], *entry.get("variants", ())):
                found.setdefault(normalise_wording(wording), set()).add(code)
    for code in allowed or ():
        found.setdefault(normalise_wording(code), set()).add(code)
    return {wording: frozenset(codes) for wording, codes in found.items()}


def hint(value: Any, allowed: Collection[Any] | None = None) -> str | None:
    """The suggested code for a wrong value, or ``None`` (also when the value is that code)."""
    if not isinstance(value, str):
        return None
    codes = None if allowed is None else [code for code in allowed if isinstance(code, str)]
    code = suggest_code(value, codes)
    return code if code is not None and code != value else None


def date_hint(value: Any) -> str | None:
    """The ISO form (``2021-10-12``) of a date written as reports print it, or ``None``."""
    if not isinstance(value, str):
        return None
    try:
        return parse_date(value).isoformat()
    except DateSyntaxError:
        return None


def with_hint(message: str, suggestion: str | None) -> str:
    """The message, followed by "Did you mean '<code>'?" when there is a suggestion."""
    return f"{message} Did you mean {suggestion!r}?" if suggestion else message
