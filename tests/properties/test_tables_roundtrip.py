"""Flatten → unflatten gives back the same documents, for every kind and every version.

The first property goes through the rows as a CSV reader gives them (text cells), with the
layout of the document's own version and the newest layout; the second writes real files,
a workbook (read back with python-calamine) and a folder of CSV files, several documents
at a time.
"""

from __future__ import annotations

import tempfile
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

from inspection_schema.model import REPORT_CLASSES
from inspection_schema.spec.versions import supported_versions
from inspection_schema.tables.layout import KEY_PATHS, layout
from inspection_schema.tables.unflatten import unflatten
from inspection_schema.testing import strategies
from tests.tables.support import raw_tables, write_and_read

KINDS = sorted(REPORT_CLASSES)
VERSIONS = supported_versions()


@pytest.mark.parametrize("version", VERSIONS)
@pytest.mark.parametrize("kind", KINDS)
@given(data=st.data())
def test_rows_give_back_the_document(kind: str, version: str, data: Any) -> None:
    document = data.draw(strategies.report_documents(kind, version))
    for table_layout in {layout(version), layout()}:
        read = unflatten(raw_tables([document], table_layout), table_layout)
        assert read.problems == []
        assert [entry.problem for entry in read.documents] == [None]
        assert read.documents[0].document == document


def _key(document: dict[str, Any]) -> tuple[Any, ...]:
    values = []
    for path in KEY_PATHS:
        value: Any = document
        for part in path:
            value = value.get(part) if isinstance(value, dict) else None
        values.append(value)
    return tuple(values)


@pytest.mark.parametrize("table_format", ["xlsx", "csv"])
@given(documents=st.lists(strategies.report_documents(), min_size=1, max_size=3, unique_by=_key))
def test_files_give_back_the_documents(table_format: str, documents: list[dict[str, Any]]) -> None:
    with tempfile.TemporaryDirectory() as folder:
        read = write_and_read(documents, table_format, Path(folder) / "tables")  # type: ignore[arg-type]
    assert read.problems == []
    assert [entry.document for entry in read.documents] == documents
