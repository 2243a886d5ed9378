"""Reads Ofsted's provider-level outcome CSVs, whatever their year's layout.

The files have title rows before the header, column names that change from year
to year, and a few rows in Windows-1252 inside otherwise UTF-8 files.
"""

from __future__ import annotations

import csv
from collections.abc import Iterator
from pathlib import Path

JUDGEMENT_WORDS = (
    "effectiveness",
    "experiences and progress",
    "helped and protected",
    "leaders and managers",
    "outcomes for children",
    "outcomes in education",
    "quality of care",
    "safety of children",
    "safeguarding",
    "leadership and management",
    "health services",
)


def _decode(raw: bytes) -> str:
    try:
        return raw.decode("utf-8")
    except UnicodeDecodeError:
        return raw.decode("cp1252")


def rows(path: Path) -> Iterator[dict[str, str]]:
    """Each inspection row as a dict keyed by that year's column names."""
    lines = [_decode(line) for line in path.read_bytes().splitlines()]
    lines[0] = lines[0].lstrip("\ufeff")
    records = list(csv.reader(lines))
    header_at = next(i for i, record in enumerate(records) if "URN" in record)
    header = records[header_at]
    for record in records[header_at + 1 :]:
        if len(record) >= len(header) - 25 and record and record[0]:
            yield dict(zip(header, record, strict=False))


def type_column(row: dict[str, str]) -> str:
    return next(
        k for k in row if k.lower() in {"inspection type", "event type", "inspection event type"}
    )


def judgement_columns(row: dict[str, str]) -> list[str]:
    return [
        key
        for key in row
        if key
        and any(word in key.lower() for word in JUDGEMENT_WORDS)
        and "date" not in key.lower()
    ]
