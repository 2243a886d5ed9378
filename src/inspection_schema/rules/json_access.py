"""Reading a document's JSON values safely: a value of the wrong type reads as absent.

Rules check only values of the expected type (the schema reports the rest), so every
accessor here returns an empty value, or ``None``, instead of raising.
"""

from __future__ import annotations

import datetime
import re
from collections.abc import Mapping
from types import MappingProxyType
from typing import Any

from inspection_schema.bounded_memo import BoundedMemo
from inspection_schema.spec.patterns import CODE_PATTERN, ISO_DATE_PATTERN

_ISO_DATE = re.compile(ISO_DATE_PATTERN)
_CODE = re.compile(CODE_PATTERN)

EMPTY: Mapping[str, Any] = MappingProxyType({})
"""What an object that is not one reads as (read-only: it is shared)."""


def as_date(value: Any) -> datetime.date | None:
    """A date from ISO text, or None when the value is not a valid date."""
    return date_from_text(value) if isinstance(value, str) else None


@BoundedMemo
def date_from_text(text: str) -> datetime.date | None:
    """The date ISO text names, or None if it names none (each distinct text is read once,
    while it is among the last few thousand read)."""
    if not _ISO_DATE.match(text):
        return None
    try:
        return datetime.date.fromisoformat(text)
    except ValueError:
        return None


READ_DATES = date_from_text.known
"""Each date text read lately and what it names: a loop over many dates may look a text up
here before it calls :func:`date_from_text`."""


def as_list(value: Any) -> list[Any]:
    """The value if it is a list, else an empty list."""
    return value if isinstance(value, list) else []


def as_dict(value: Any) -> Mapping[str, Any]:
    """The value if it is an object, else an empty one."""
    return value if isinstance(value, dict) else EMPTY


def is_code(value: Any) -> bool:
    """Whether a value is a well-formed code (the schema reports malformed ones)."""
    return isinstance(value, str) and _CODE.match(value) is not None
