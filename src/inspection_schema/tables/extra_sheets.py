"""The sheets beside the data: "fields", which describes every column from the schema's own
descriptions, and "validation", the findings of documents validated as they were written.

Neither is read back: a workbook's reader leaves them out.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from inspection_schema.tables.layout import FIELDS_SHEET, VALIDATION_SHEET, Column, Layout, Table

__all__ = ["FINDING_HEADINGS", "fields_rows", "fields_table", "validation_table"]

_FIELDS_HEADINGS = (
    "sheet",
    "column",
    "type",
    "report kinds",
    "required in",
    "codelist",
    "codes",
    "description",
)
FINDING_HEADINGS = ("code", "severity", "path", "message")
"""The columns of the validation sheet after the report's key."""

_TYPE_WORDS = {
    "text": "text",
    "date": "date (YYYY-MM-DD)",
    "integer": "whole number",
    "number": "number",
    "boolean": "true or false",
    "list": "list, items separated by ;",
    "paragraphs": "paragraphs, one per line",
    "json": "JSON",
}


def _text_columns(headings: tuple[str, ...]) -> tuple[Column, ...]:
    return tuple(Column(heading, "field", "text", (heading,)) for heading in headings)


def fields_table() -> Table:
    """The "fields" sheet: one row per column of every table."""
    description = "Every column of every table, described from the schema."
    return Table(FIELDS_SHEET, (), (), _text_columns(_FIELDS_HEADINGS), description)


def validation_table(layout: Layout) -> Table:
    """The "validation" sheet: one row per finding, with the report's key."""
    columns = (*layout.key, *_text_columns(FINDING_HEADINGS))
    description = "One row per finding of the documents validated as they were written."
    return Table(VALIDATION_SHEET, (), (), columns, description)


def _kinds(kinds: tuple[str, ...], layout: Layout) -> str:
    if not kinds:
        return ""
    return "all" if set(kinds) == set(layout.kinds) else ", ".join(kinds)


def _type(column: Column) -> str:
    if column.role == "index":
        return "item number (whole number from 1)"
    if column.role == "wording":
        return "text (derived, not read)"
    words = _TYPE_WORDS[column.kind]
    if column.kind == "list" and column.item_kind in {"integer", "number"}:
        words += " (whole numbers)"
    return words


def fields_rows(layout: Layout) -> Iterator[list[Any]]:
    """The rows of the "fields" sheet for a layout, in table and column order."""
    for table in layout.tables:
        for column in table.columns:
            yield [
                table.name,
                column.heading,
                _type(column),
                _kinds(column.kinds, layout),
                _kinds(column.required, layout),
                column.codelist or "",
                ", ".join(column.codes),
                column.description,
            ]
