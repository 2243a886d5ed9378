"""Reading a document's JSON values safely: a value of the wrong type reads as absent.

Rules check only values of the expected type (the schema reports the rest), so every
accessor here returns an empty value, or ``None``, instead of raising.
"""

from __future__ import annotations

import datetime
import re
from collections.abc import Iterator, Mapping
from functools import lru_cache
from typing import Any

from inspection_schema.spec.patterns import CODE_PATTERN, ISO_DATE_PATTERN

_ISO_DATE = re.compile(ISO_DATE_PATTERN)
_CODE = re.compile(CODE_PATTERN)


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


def is_code(value: Any) -> bool:
    """Whether a value is a well-formed code (the schema reports malformed ones)."""
    return isinstance(value, str) and _CODE.match(value) is not None


def inspection_days(
    document: Mapping[str, Any],
) -> tuple[datetime.date | None, datetime.date | None]:
    """The first and last day on site, where they are valid dates."""
    dates = as_dict(document.get("inspection_dates"))
    return as_date(dates.get("start")), as_date(dates.get("end"))


def requirements(document: Mapping[str, Any]) -> Iterator[tuple[int, Mapping[str, Any]]]:
    """Each requirement with its index (a requirement that is not an object reads as empty)."""
    for index, requirement in enumerate(as_list(document.get("requirements"))):
        yield index, as_dict(requirement)
