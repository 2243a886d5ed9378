"""Identifiers and people: URNs, providers, inspectors and provenance."""

from __future__ import annotations

from functools import cache

from hypothesis import strategies as st

from inspection_schema.model import Inspector, Provenance, Provider
from inspection_schema.spec.codelists import codelist
from inspection_schema.testing.strategies.text import addresses, person_names, provider_names

_SECTION_NAMES = (
    "home_information",
    "inspection_dates",
    "inspection_history",
    "requirements",
    "inspectors",
)


@cache
def _codes(name: str) -> tuple[str, ...]:
    return tuple(entry["code"] for entry in codelist(name).entries)


@cache
def urns() -> st.SearchStrategy[str]:
    """A URN: 'SC' and six digits, or seven digits starting 1 or 2."""
    return st.one_of(
        st.from_regex(r"SC[0-9]{6}", fullmatch=True),
        st.from_regex(r"[12][0-9]{6}", fullmatch=True),
    )


@cache
def providers() -> st.SearchStrategy[Provider]:
    """A registered provider, with or without its address."""
    return st.builds(Provider, name=provider_names(), address=st.none() | addresses())


@cache
def inspectors() -> st.SearchStrategy[Inspector]:
    """An inspector with a role from the inspector-role codelist."""
    return st.builds(Inspector, name=person_names(), role=st.sampled_from(_codes("inspector-role")))


@cache
def provenances() -> st.SearchStrategy[Provenance]:
    """Provenance as an extractor writes it."""
    pages = st.lists(st.integers(1, 3), min_size=len(_SECTION_NAMES), max_size=len(_SECTION_NAMES))

    def section_pages(steps: list[int]) -> dict[str, int]:
        page, result = 1, {}
        for name, step in zip(_SECTION_NAMES, steps, strict=True):
            result[name] = page
            page += step - 1
        return result

    return st.builds(
        Provenance,
        source_sha256=st.from_regex(r"[0-9a-f]{64}", fullmatch=True),
        source_name=st.none() | urns().map(lambda urn: f"{urn}.pdf"),
        extractor=st.none() | st.just("inspection-schema 1.0.0"),
        section_pages=st.none() | pages.map(section_pages),
    )
