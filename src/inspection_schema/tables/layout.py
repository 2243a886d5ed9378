"""The tables of a schema version: their names, their columns and what each column holds.

The layout follows flatten-tool's conventions where they fit, so that users of OCDS and
360Giving recognise it:

- a column's heading is the field's path from the report, its parts joined by ``/``
  (``provider/name``, ``judgements/overall_experiences_and_progress``);
- the ``reports`` table has one row per report, with every field that has one value;
- each list of objects is a table of its own, named by its path (``requirements``,
  ``requirements_regulations``), one row per item. Each row carries the report's key
  (:data:`KEY_PATHS`: ``urn``, ``inspection_dates/start`` and, from 1.1, ``event_number``)
  and the item's number in each list it sits in (``requirements/#``, from 1), so rows may
  be sorted and filtered freely;
- a list of codes or identifiers is one cell, its items separated by ``;``; a list of
  paragraphs is one cell, one paragraph per line;
- a field whose codes come from a codelist is followed by a column with Ofsted's wording
  for the code (``judgements/helped_and_protected (wording)``), written for reading and
  ignored when a workbook is read.

Everything is derived from the schema (:mod:`.schema_tree`), so a new schema version needs
no change here.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from functools import cache
from typing import Literal

from inspection_schema.spec.versions import latest_version
from inspection_schema.tables.schema_tree import (
    CellKind,
    Field,
    LayoutError,
    Leaf,
    ObjectShape,
    TableShape,
    report_tree,
)

__all__ = [
    "FIELDS_SHEET",
    "INDEX_MARK",
    "KEY_PATHS",
    "REPORTS_TABLE",
    "VALIDATION_SHEET",
    "WORDING_SUFFIX",
    "Column",
    "Layout",
    "LayoutError",
    "Table",
    "layout",
]

REPORTS_TABLE = "reports"
"""The table with one row per report."""
FIELDS_SHEET = "fields"
"""The sheet that describes every column."""
VALIDATION_SHEET = "validation"
"""The sheet of findings, when the documents were validated as they were written."""
KEY_PATHS: tuple[tuple[str, ...], ...] = (
    ("urn",),
    ("inspection_dates", "start"),
    ("event_number",),
)
"""The fields that identify a report, repeated on every row of its other tables (those the
schema version has)."""
INDEX_MARK = "#"
"""The last part of the heading of an item's number (``requirements/#``)."""
WORDING_SUFFIX = " (wording)"
"""Added to a coded column's heading to name the column of Ofsted's wording for its codes."""
_MAX_SHEET_NAME = 31
"""The longest sheet name a spreadsheet program accepts."""

Role = Literal["key", "index", "field", "wording"]


@dataclass(frozen=True, slots=True)
class Column:
    """One column of a table."""

    heading: str
    role: Role
    kind: CellKind
    path: tuple[str, ...] = ()
    """For a field or its wording: the field's path within the table's item."""
    item_kind: CellKind | None = None
    codes: tuple[str, ...] = ()
    codelist: str | None = None
    description: str = ""
    kinds: tuple[str, ...] = ()
    """The report kinds that have the field."""
    required: tuple[str, ...] = ()
    """The report kinds in which the field is required whenever its object or item is present."""


@dataclass(frozen=True, slots=True)
class Table:
    """One table: a sheet of a workbook, or a file of a folder of CSV files."""

    name: str
    path: tuple[str, ...]
    """The list's path from the report (empty for the reports table)."""
    lists: tuple[tuple[str, ...], ...]
    """The path of every list the table's items sit in, outermost first (one per index)."""
    columns: tuple[Column, ...]
    description: str = ""

    @property
    def headings(self) -> list[str]:
        """The header row."""
        return [column.heading for column in self.columns]

    @property
    def parent_path(self) -> tuple[str, ...]:
        """The path of the list that holds this table's list (empty: the report)."""
        return self.lists[-2] if len(self.lists) > 1 else ()


@dataclass(frozen=True, slots=True)
class Layout:
    """Every table of a schema version, the reports table first."""

    version: str
    kinds: tuple[str, ...]
    tables: tuple[Table, ...]
    key: tuple[Column, ...]
    """The key columns, as the reports table has them."""

    def table(self, name: str) -> Table | None:
        """The table called ``name``, if there is one."""
        return next((table for table in self.tables if table.name == name), None)


def _heading(parts: tuple[str, ...]) -> str:
    return "/".join(parts)


class _TableBuilder:
    """Walks the schema tree and gathers the tables' columns."""

    def __init__(self) -> None:
        self.tables: list[Table] = []

    def table(
        self,
        path: tuple[str, ...],
        lists: tuple[tuple[str, ...], ...],
        shape: ObjectShape,
        lead: tuple[Column, ...],
        description: str,
    ) -> list[Column]:
        columns = list(lead)
        nested: list[tuple[tuple[str, ...], Field, TableShape]] = []
        self._fields(path, (), shape, columns, nested)
        name = "_".join(path) or REPORTS_TABLE
        self.tables.append(Table(name, path, lists, tuple(columns), description))
        key = tuple(column for column in columns if column.role == "key") or tuple(
            _key_columns(columns)
        )
        parents = tuple(column for column in columns if column.role == "index")
        for relative, field, child in nested:
            child_path = path + relative
            lead_columns = (*key, *parents, _index_column(child_path, field))
            self.table(
                child_path, (*lists, child_path), child.item, lead_columns, field.description
            )
        return columns

    def _fields(
        self,
        table_path: tuple[str, ...],
        prefix: tuple[str, ...],
        shape: ObjectShape,
        columns: list[Column],
        nested: list[tuple[tuple[str, ...], Field, TableShape]],
    ) -> None:
        for field in shape.fields:
            relative = (*prefix, field.name)
            if isinstance(field.shape, ObjectShape):
                self._fields(table_path, relative, field.shape, columns, nested)
            elif isinstance(field.shape, TableShape):
                nested.append((relative, field, field.shape))
            else:
                columns.extend(_leaf_columns(table_path, relative, field, field.shape))


def _leaf_columns(
    table_path: tuple[str, ...], relative: tuple[str, ...], field: Field, leaf: Leaf
) -> Iterator[Column]:
    heading = _heading(table_path + relative)
    yield Column(
        heading,
        "field",
        leaf.kind,
        relative,
        leaf.item_kind,
        leaf.codes,
        leaf.codelist,
        field.description,
        field.kinds,
        field.required,
    )
    if leaf.codelist is not None and leaf.kind in {"text", "list"}:
        yield Column(
            heading + WORDING_SUFFIX,
            "wording",
            "text",
            relative,
            codelist=leaf.codelist,
            description=f"Ofsted's wording for the codes in {heading} (codelist: "
            f"{leaf.codelist}). Written for reading; ignored when the table is read.",
            kinds=field.kinds,
        )


def _key_columns(columns: list[Column]) -> Iterator[Column]:
    """The report's key columns, as they appear in the reports table."""
    for path in KEY_PATHS:
        found = next((c for c in columns if c.role == "field" and c.path == path), None)
        if found is not None:
            yield Column(
                found.heading,
                "key",
                found.kind,
                path,
                description=f"The report's key: {found.description}",
                kinds=found.kinds,
                required=found.required,
            )


def _index_column(list_path: tuple[str, ...], field: Field) -> Column:
    heading = _heading((*list_path, INDEX_MARK))
    return Column(
        heading,
        "index",
        "integer",
        description=f"The item's number in {_heading(list_path)}, from 1, in the order of "
        f"the list: {field.description}",
        kinds=field.kinds,
        required=field.kinds,
    )


def _check(tables: list[Table]) -> None:
    names = [table.name for table in tables]
    reserved = {FIELDS_SHEET, VALIDATION_SHEET}
    for table in tables:
        if len(table.name) > _MAX_SHEET_NAME:
            raise LayoutError(f"the table name {table.name!r} is longer than a sheet name may be")
        if names.count(table.name) > 1 or table.name in reserved:
            raise LayoutError(f"two tables would be called {table.name!r}")
        headings = table.headings
        repeated = sorted({h for h in headings if headings.count(h) > 1})
        if repeated:
            raise LayoutError(f"table {table.name!r} would have two columns {repeated[0]!r}")


@cache
def layout(version: str | None = None) -> Layout:
    """The tables of a shipped schema version (the newest by default)."""
    tree = report_tree(version or latest_version())
    builder = _TableBuilder()
    description = "One row per report: every field that has one value."
    columns = builder.table((), (), tree.root, (), description)
    _check(builder.tables)
    return Layout(tree.version, tree.kinds, tuple(builder.tables), tuple(_key_columns(columns)))
