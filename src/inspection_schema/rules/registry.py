"""The rule registry and the helpers rules share for reading JSON values safely."""

from __future__ import annotations

import datetime
import re
from collections.abc import Callable, Iterator, Mapping
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

from inspection_schema.spec import versions
from inspection_schema.spec.finding_catalogue import entry
from inspection_schema.validate.findings import Finding

Check = Callable[[Mapping[str, Any]], Iterator[Finding]]

_ISO_DATE = re.compile(r"^[0-9]{4}-[0-9]{2}-[0-9]{2}$")


@dataclass(frozen=True)
class Rule:
    """One semantic rule: its catalogue code and its check."""

    code: str
    check: Check

    @property
    def severity(self) -> str:
        return str(entry(self.code)["severity"])

    @property
    def since(self) -> str:
        """The schema version in which the rule appeared."""
        return str(entry(self.code)["since"])


RULES: dict[str, Rule] = {}


def applies_to(rule: Rule, declared: Any) -> bool:
    """Whether ``rule`` checks a document that declares schema version ``declared``.

    A rule checks documents declaring its ``since`` version or later. A declaration that
    is missing or not a version (which the schema reports) gets every rule.
    """
    declared_key = versions.parse(declared)
    since_key = versions.parse(rule.since)
    return declared_key is None or since_key is None or declared_key >= since_key


def rule(code: str) -> Callable[[Check], Check]:
    """Register a check under a catalogue code (the code must be catalogued)."""
    entry(code)

    def register(check: Check) -> Check:
        if code in RULES:
            raise ValueError(f"rule {code} registered twice")
        RULES[code] = Rule(code, check)
        return check

    return register


def as_date(value: Any) -> datetime.date | None:
    """A date from ISO text, or None when the value is not a valid date."""
    return _parse_date(value) if isinstance(value, str) else None


@lru_cache(maxsize=4096)
def _parse_date(text: str) -> datetime.date | None:
    if not _ISO_DATE.match(text):
        return None
    try:
        return datetime.date.fromisoformat(text)
    except ValueError:
        return None


def as_list(value: Any) -> list[Any]:
    """The value if it is a list, else an empty list."""
    return value if isinstance(value, list) else []


def as_dict(value: Any) -> Mapping[str, Any]:
    """The value if it is an object, else an empty one."""
    return value if isinstance(value, dict) else {}


def inspection_days(
    document: Mapping[str, Any],
) -> tuple[datetime.date | None, datetime.date | None]:
    """The first and last day on site, where they are valid dates."""
    dates = as_dict(document.get("inspection_dates"))
    return as_date(dates.get("start")), as_date(dates.get("end"))


def add_months(day: datetime.date, months: int) -> datetime.date:
    """The same day ``months`` calendar months later (the month's last day if it is shorter)."""
    month_index = day.month - 1 + months
    year, month = day.year + month_index // 12, month_index % 12 + 1
    for candidate in (day.day, 30, 29, 28):
        try:
            return day.replace(year=year, month=month, day=candidate)
        except ValueError:
            continue
    raise ValueError(day)
