"""What a workbook's sheets expand to, told from the file, is what python-calamine reads."""

from __future__ import annotations

import io
import zipfile
from pathlib import Path

import pytest
import xlsxwriter
from hypothesis import given
from hypothesis import strategies as st
from python_calamine import CalamineWorkbook

from inspection_schema.reading.expansion import (
    SLOT_BYTES,
    ExpandsTooFar,
    SheetSize,
    check_expansion,
    sheet_sizes,
)
from tests.reading.crafted_sheets import (
    far_apart_xlsx,
    ods,
    ods_tables,
    repeated_ods,
    shared_string_xlsx,
    xlsx,
)
from tests.support import REPO

FIXTURES = [
    REPO / "tests" / "tables" / "data" / "calc-saved.xlsx",
    REPO / "tests" / "tables" / "data" / "calc-saved.ods",
    REPO / "tests" / "outcomes" / "data" / "layout-2023.xlsx",
    REPO / "tests" / "outcomes" / "data" / "layout-2023.ods",
    REPO / "tests" / "outcomes" / "data" / "no-events.xlsx",
]


def _sizes(data: bytes) -> list[SheetSize]:
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        return [size for size in sheet_sizes(archive, 1 << 40) if isinstance(size, SheetSize)]


def _read(data: bytes) -> list[SheetSize]:
    """Each sheet as python-calamine reads it, measured the same way."""
    workbook = CalamineWorkbook.from_filelike(io.BytesIO(data))
    sizes = []
    for name in workbook.sheet_names:
        sheet = workbook.get_sheet_by_name(name)
        values = [value for row in sheet.to_python() for value in row]
        text = sum(len(value.encode("utf-8")) for value in values if isinstance(value, str))
        cells = sum(1 for value in values if value != "")
        rows, columns = (sheet.height, sheet.width) if cells else (0, 0)
        sizes.append(SheetSize(name, text, cells, rows, columns))
    return sizes


@pytest.mark.parametrize("path", FIXTURES, ids=lambda path: path.name)
def test_saved_workbooks_measure_as_calamine_reads_them(path: Path) -> None:
    data = path.read_bytes()
    sizes = _sizes(data)
    assert sizes == _read(data)
    assert sum(size.text for size in sizes) > 0


_TEXT = st.text(st.characters(exclude_categories=["Cs", "Cc"]), max_size=40)
_CELLS = st.dictionaries(
    st.tuples(st.integers(0, 40), st.integers(0, 12)),
    st.one_of(_TEXT, st.integers(-1000, 1000), st.booleans()),
    max_size=30,
)


@given(cells=_CELLS, repeated=st.booleans())
def test_a_written_workbook_measures_as_calamine_reads_it(
    cells: dict[tuple[int, int], str | int | bool], repeated: bool
) -> None:
    buffer = io.BytesIO()
    with xlsxwriter.Workbook(buffer, {"in_memory": True}) as workbook:
        sheet = workbook.add_worksheet("reports")
        for (row, column), value in cells.items():
            # one text written many times is stored once, as a shared string
            sheet.write(row, column, "same text" if repeated and isinstance(value, str) else value)
    data = buffer.getvalue()
    assert _sizes(data) == _read(data)


def _ods_cell(text: str, columns: int = 1, kind: str = "string") -> str:
    paragraphs = "".join(f"<text:p>{line}</text:p>" for line in text.split("\n"))
    value = ' office:value="7"' if kind == "float" else ""
    return (
        f'<table:table-cell office:value-type="{kind}"{value} '
        f'table:number-columns-repeated="{columns}">{paragraphs}</table:table-cell>'
    )


def test_repeats_in_an_opendocument_file_expand_as_calamine_expands_them() -> None:
    empty = '<table:table-cell table:number-columns-repeated="3"/>'
    spaced = _ods_cell('one\ntwo<text:s text:c="3"/>three')
    table = (
        f'<table:table-row table:number-rows-repeated="2">{empty}</table:table-row>'
        f'<table:table-row table:number-rows-repeated="3">{_ods_cell("ab", 4)}{empty}'
        f"{spaced}{_ods_cell('7', 2, 'float')}"
        "</table:table-row>"
        f"<table:table-row>{empty}{_ods_cell('é')}</table:table-row>"
        '<table:table-row table:number-rows-repeated="1000"><table:table-cell '
        'table:number-columns-repeated="1024"/></table:table-row>'
    )
    data = ods(table)
    (size,) = _sizes(data)
    assert size == _read(data)[0]
    # rows 3-5: "ab" four times, then "one\ntwo   three" (15 bytes), 2 numbers; row 6: é
    assert size == SheetSize("reports", 3 * (4 * 2 + 15) + 2, 3 * 7 + 1, 4, 10)


def test_one_shared_string_counts_once_for_each_cell_that_refers_to_it() -> None:
    data = shared_string_xlsx(1_000, rows=20, columns=5)
    assert len(data) < 5_000
    assert _sizes(data) == [SheetSize("reports", 100_000, 100, 20, 5)]
    assert _sizes(data) == _read(data)


def test_a_repeated_cell_counts_once_for_each_repeat() -> None:
    data = repeated_ods(1_000, rows=20, columns=5)
    assert _sizes(data) == [SheetSize("reports", 100_000, 100, 20, 5)]
    assert _sizes(data) == _read(data)


def test_two_cells_far_apart_count_the_grid_between_them() -> None:
    data = far_apart_xlsx(999, 99)
    (size,) = _sizes(data)
    assert (size.rows, size.columns, size.cells) == (1_000, 100, 2)
    assert size.held_bytes == 2 + SLOT_BYTES * 100_000
    assert [size] == _read(data)


@pytest.mark.parametrize(
    ("data", "place"),
    [
        (shared_string_xlsx(10_000, rows=100, columns=2, sheet="narratives"), "sheet 'narratives'"),
        (repeated_ods(10_000, rows=100, columns=2, name="history"), "sheet 'history'"),
        (far_apart_xlsx(1_048_575, 16_383), "sheet 'reports'"),
        (xlsx("", ["y" * 3_000_000]), "its shared strings"),
    ],
    ids=["shared string", "repeated cell", "grid", "shared strings"],
)
def test_a_workbook_that_would_expand_past_the_limit_is_refused(data: bytes, place: str) -> None:
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        check_expansion(archive, 1 << 40)
        with pytest.raises(ExpandsTooFar) as raised:
            check_expansion(archive, 1_000_000)
    assert raised.value.place == place
    assert raised.value.limit == 1_000_000


def test_a_sheet_is_refused_as_soon_as_it_passes_the_limit_and_read_no_further() -> None:
    """Two cells far apart, then XML that cannot be parsed: the refusal comes from the
    cells, so the scan stopped there (reading on would give the parse error instead)."""
    far = '<row r="1"><c r="A1"><v>1</v></c></row><row r="9999"><c r="ZZ9999"><v>1</v></c></row>'
    broken = '<row r="10000"><c r="A10000"><v>&undefined;</v></c></row>'
    with zipfile.ZipFile(io.BytesIO(xlsx(far + broken, []))) as archive:
        with pytest.raises(ValueError, match="undefined entity"):
            check_expansion(archive, 1 << 40)
        with pytest.raises(ExpandsTooFar, match="sheet 'reports'"):
            check_expansion(archive, 1_000_000)


def test_the_limit_is_on_every_sheet_together() -> None:
    sheet = "<table:table-row>" + _ods_cell("x" * 600) + "</table:table-row>"
    two = ods_tables({"reports": sheet, "second": sheet})
    with zipfile.ZipFile(io.BytesIO(two)) as archive:
        sizes = list(sheet_sizes(archive, 1_000))
        assert [size.name for size in sizes if isinstance(size, SheetSize)] == ["reports", "second"]
        check_expansion(archive, 1_300)
        with pytest.raises(ExpandsTooFar, match="sheet 'second'"):
            check_expansion(archive, 1_200)


def test_xml_that_cannot_be_parsed_is_a_value_error_saying_why() -> None:
    data = xlsx('<row r="1"><c r="A1"><v>1</v></row>', [])
    with zipfile.ZipFile(io.BytesIO(data)) as archive, pytest.raises(ValueError, match="line"):
        check_expansion(archive, 1 << 40)
