"""Codelists: stable codes with Ofsted's exact wording and its known variants.

A codelist is data (``schemas/codelists/<name>.json``). Closed codelists are also
enums in the schema; open ones are checked by a rule that warns about codes it
does not list.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import cache
from typing import Any

from inspection_schema.spec.resources import load_json, schemas_dir

_SPACE = re.compile(r"\s+")
_QUOTES = str.maketrans({"‘": "'", "’": "'", "`": "'", "“": '"', "”": '"', "–": "-", "—": "-"})


def normalise_wording(text: str) -> str:
    """Fold case, quotes, dashes and white space, so that wordings compare loosely."""
    return _SPACE.sub(" ", text.translate(_QUOTES)).strip().casefold()


class Codelist:
    """One codelist, with lookup from wording to code."""

    def __init__(self, data: dict[str, Any]) -> None:
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
