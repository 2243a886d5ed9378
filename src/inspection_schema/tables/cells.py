"""One value and one cell: what a field's value becomes in its column, and back.

Writing (:func:`to_cell`) is strict: a value that a cell could not give back unchanged (a
paragraph with a line break, ``null``, a number where the column holds text) raises
:class:`CellError`, so the tables never hold a document that reads back differently.

Reading (:func:`from_cell`) is lenient, so that a hand-filled or re-saved spreadsheet is
read as its author meant and validation says what is wrong: a number a spreadsheet program
made of a URN becomes its digits again, a date cell becomes an ISO date, ``TRUE`` (or the 1
LibreOffice Calc saves for it) is true;
anything that does not fit the column's type is kept as it is, for the schema to report.
An empty cell is a missing value (:data:`MISSING`).
"""

from __future__ import annotations

import datetime
import re
from typing import Any, Final

import orjson

from inspection_schema.tables.layout import Column
from inspection_schema.tables.schema_tree import CellKind

__all__ = ["LIST_SEPARATOR", "MISSING", "CellError", "from_cell", "to_cell"]

LIST_SEPARATOR: Final = ";"
"""Between the items of a list of codes or identifiers in one cell (flatten-tool's choice)."""
PARAGRAPH_SEPARATOR: Final = "\n"
"""Between the paragraphs of a list of paragraphs in one cell."""
MISSING: Final[Any] = object()
"""An empty cell: the field is absent."""

_ISO_DATE = re.compile(r"^[0-9]{4}-[0-9]{2}-[0-9]{2}$")
_INTEGER = re.compile(r"^[+-]?[0-9]+$")
_INTEGRAL = re.compile(r"^[+-]?[0-9]+\.0*$")
_LINE_BREAKS = re.compile(r"\r\n|\r|\n")
_TYPE_WORDS = {
    "text": "text",
    "date": "an ISO date as text",
    "integer": "a whole number",
    "number": "a number",
    "boolean": "true or false",
    "list": "a list",
    "paragraphs": "a list of paragraphs",
}


class CellError(ValueError):
    """A value that its column cannot hold unchanged; the message says why, in words."""


def _json_type(value: Any) -> str:
    if isinstance(value, bool):
        return "true or false"
    if isinstance(value, int | float):
        return "a number"
    if isinstance(value, str):
        return "text"
    if isinstance(value, list):
        return "a list"
    return "an object" if isinstance(value, dict) else "null"


def _wrong(value: Any, kind: CellKind) -> CellError:
    return CellError(f"holds {_json_type(value)}, but its column holds {_TYPE_WORDS[kind]}")


def _scalar_to_cell(value: Any, kind: CellKind) -> Any:
    if kind in {"text", "date"} and isinstance(value, str):
        if value == "":
            raise CellError("holds empty text, which a cell cannot tell from a missing value")
        return value
    if kind == "integer" and isinstance(value, int) and not isinstance(value, bool):
        return value
    if kind == "integer" and isinstance(value, float) and value.is_integer():
        return int(value)
    if kind == "number" and isinstance(value, int | float) and not isinstance(value, bool):
        return value
    if kind == "boolean" and isinstance(value, bool):
        return value
    raise _wrong(value, kind)


def _item_text(item: Any, item_kind: CellKind, separator: str) -> str:
    text = str(_scalar_to_cell(item, item_kind))
    if separator == LIST_SEPARATOR and (separator in text or text != text.strip()):
        raise CellError(f"has an item {text!r} with {separator!r} or spaces around it")
    if separator == PARAGRAPH_SEPARATOR and _LINE_BREAKS.search(text):
        raise CellError("has a paragraph with a line break, which a cell of paragraphs cannot keep")
    return text


def to_cell(value: Any, column: Column) -> Any:
    """The cell for a field's value: text, a whole number, a number or true/false.

    A date stays ISO text here; a workbook writer makes it a date cell. Raises
    :class:`CellError` for a value the cell would not give back unchanged.
    """
    if value is None:
        raise CellError("is null, which a cell cannot tell from a missing value")
    kind = column.kind
    if kind == "json":
        return orjson.dumps(value).decode()
    if kind in {"list", "paragraphs"}:
        if not isinstance(value, list):
            raise _wrong(value, kind)
        separator = LIST_SEPARATOR if kind == "list" else PARAGRAPH_SEPARATOR
        return separator.join(
            _item_text(item, column.item_kind or "text", separator) for item in value
        )
    return _scalar_to_cell(value, kind)


def _number_text(value: float) -> str:
    return str(int(value)) if value.is_integer() else repr(value)


def _as_text(value: Any) -> Any:
    """A cell value where text is expected: numbers and dates a spreadsheet made, as text."""
    if isinstance(value, bool):
        return value
    if isinstance(value, int):
        return str(value)
    if isinstance(value, float):
        return _number_text(value)
    if isinstance(value, datetime.datetime):
        return value.date().isoformat() if value.time() == datetime.time() else value.isoformat()
    if isinstance(value, datetime.date):
        return value.isoformat()
    if isinstance(value, datetime.time | datetime.timedelta):
        return str(value)
    return value


def _as_number(value: Any, kind: CellKind) -> Any:
    if isinstance(value, float) and value.is_integer() and kind == "integer":
        return int(value)
    if not isinstance(value, str):
        return value
    text = value.strip()
    if _INTEGER.match(text) or (kind == "integer" and _INTEGRAL.match(text)):
        return int(float(text)) if "." in text else int(text)
    if kind == "number":
        try:
            return float(text)
        except ValueError:
            return value
    return value


def _as_boolean(value: Any) -> Any:
    if isinstance(value, str) and value.strip().casefold() in {"true", "false"}:
        return value.strip().casefold() == "true"
    if isinstance(value, int | float) and not isinstance(value, bool) and value in {0, 1}:
        return value == 1  # LibreOffice Calc saves TRUE() and FALSE() as 1 and 0
    return value


def _as_list(value: Any, column: Column) -> Any:
    text = _as_text(value)
    if not isinstance(text, str):
        return text
    if column.kind == "paragraphs":
        items = [line for line in _LINE_BREAKS.split(text) if line.strip()]
    else:
        items = [item.strip() for item in text.split(LIST_SEPARATOR) if item.strip()]
    if not items:
        return MISSING
    if column.item_kind in {"integer", "number"}:
        return [_as_number(item, column.item_kind) for item in items]
    return items


def _as_json(value: Any) -> Any:
    if not isinstance(value, str):
        return value
    try:
        return orjson.loads(value)
    except orjson.JSONDecodeError:
        return value


def from_cell(value: Any, column: Column) -> Any:
    """The field's value for a cell (CSV text, or a workbook's typed value); :data:`MISSING`
    for an empty cell."""
    if value is None or value == "":
        return MISSING
    kind = column.kind
    if kind in {"text", "date"}:
        return _as_text(value)
    if kind in {"integer", "number"}:
        return _as_number(value, kind)
    if kind == "boolean":
        return _as_boolean(value)
    if kind in {"list", "paragraphs"}:
        return _as_list(value, column)
    return _as_json(value)


def iso_date(value: Any) -> datetime.date | None:
    """The date of an ISO ``YYYY-MM-DD`` text, if it is one that a spreadsheet can hold."""
    if not isinstance(value, str) or not _ISO_DATE.match(value):
        return None
    try:
        day = datetime.date.fromisoformat(value)
    except ValueError:
        return None
    return day if day.year >= 1900 else None
