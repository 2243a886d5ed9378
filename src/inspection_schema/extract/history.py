"""The previous inspection, enforcement action and the recent inspection history."""

from __future__ import annotations

import datetime
import re

from inspection_schema.extract.dates import DateSyntaxError, parse_date, parse_numeric_date
from inspection_schema.extract.normalise import Block
from inspection_schema.extract.refusals import IncompleteReport
from inspection_schema.extract.vocab import vocabulary
from inspection_schema.model import EnforcementAction, HistoryEntry

__all__ = ["parse_enforcement", "parse_history", "parse_last_date", "parse_last_judgement"]

_ROW_DATE = re.compile(r"(?<![0-9/])([0-9]{1,2}/[0-9]{1,2}/[0-9]{4})(?![0-9/])")
_NONE = re.compile(r"^(?:none|no|nil|not applicable|n/a)\.?$", re.IGNORECASE)
_HEADER_ROW = re.compile(
    r"^inspection date\s+inspection type\s+inspection judgement\s*", re.IGNORECASE
)


def parse_last_date(value: str) -> tuple[datetime.date | None, bool]:
    """The date of last inspection; ``(None, False)`` for "not applicable" and the like."""
    if not value or _NONE.match(value):
        return None, False
    try:
        return parse_date(value), True
    except DateSyntaxError as error:
        raise IncompleteReport(
            f"has a date of last inspection that cannot be read: {error}"
        ) from None


def parse_last_judgement(value: str) -> str | None:
    """The overall judgement at last inspection, as an outcome code."""
    if not value or _NONE.match(value):
        return None
    return vocabulary("outcome").code(value)


def parse_enforcement(
    value: str, blocks: list[Block]
) -> tuple[EnforcementAction | None, list[Block]]:
    """``none`` → not taken; otherwise the account (on the line and after it), verbatim."""
    rest = list(blocks)
    if value and _NONE.match(value):
        return EnforcementAction(taken=False), rest
    parts = [value] if value else []
    while rest and not rest[0].is_row:
        parts.append(rest.pop(0).text)
    if not parts:
        return None, rest
    return EnforcementAction(taken=True, description=" ".join(parts)), rest


def parse_history(blocks: list[Block]) -> list[HistoryEntry]:
    """Rows of ``date | type | judgement`` (cells by tabs, or run together), newest first."""
    text = " ".join(block.text for block in blocks)
    text = _HEADER_ROW.sub("", text)
    dates = list(_ROW_DATE.finditer(text))
    entries: list[HistoryEntry] = []
    for index, found in enumerate(dates):
        end = dates[index + 1].start() if index + 1 < len(dates) else len(text)
        rest = text[found.end() : end].strip()
        kind = vocabulary("inspection-type").match(rest)
        if kind is None:
            raise IncompleteReport(f"has a history row with an unknown inspection type: {rest!r}")
        code, position = kind
        judgement_text = rest[position:].strip()
        judgement = vocabulary("outcome").code(judgement_text) if judgement_text else None
        try:
            day = parse_numeric_date(found.group(1))
        except DateSyntaxError as error:
            raise IncompleteReport(f"has a history row with a bad date: {error}") from None
        entries.append(HistoryEntry(date=day, inspection_type=code, judgement=judgement))
    return entries
