"""Small spreadsheets written part by part, to make python-calamine expand them.

An XLSX file whose cells all refer to one long shared string, an OpenDocument file with a
cell repeated over columns and rows, and either with two cells far apart: each is a few
kilobytes on disk and many megabytes once read. Used by the tests and by
``benchmarks/memory.py``.
"""

from __future__ import annotations

import io
import zipfile
from collections.abc import Iterable
from xml.sax.saxutils import escape

_MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
_PACKAGE = "http://schemas.openxmlformats.org/package/2006"
_DOCUMENT = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
_TYPES = f"""<?xml version="1.0" encoding="UTF-8"?>
<Types xmlns="{_PACKAGE}/content-types">
<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>
<Default Extension="xml" ContentType="application/xml"/>
<Override PartName="/xl/workbook.xml"
 ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>
<Override PartName="/xl/worksheets/sheet1.xml"
 ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>
<Override PartName="/xl/sharedStrings.xml"
 ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/>
</Types>"""
_PACKAGE_RELATIONSHIPS = f"""<?xml version="1.0" encoding="UTF-8"?>
<Relationships xmlns="{_PACKAGE}/relationships">
<Relationship Id="rId1" Type="{_DOCUMENT}/officeDocument" Target="xl/workbook.xml"/>
</Relationships>"""
_WORKBOOK_RELATIONSHIPS = f"""<?xml version="1.0" encoding="UTF-8"?>
<Relationships xmlns="{_PACKAGE}/relationships">
<Relationship Id="rId1" Type="{_DOCUMENT}/worksheet" Target="worksheets/sheet1.xml"/>
<Relationship Id="rId2" Type="{_DOCUMENT}/sharedStrings" Target="sharedStrings.xml"/>
</Relationships>"""
_OFFICE = "urn:oasis:names:tc:opendocument:xmlns:office:1.0"
_TABLE = "urn:oasis:names:tc:opendocument:xmlns:table:1.0"
_TEXT = "urn:oasis:names:tc:opendocument:xmlns:text:1.0"
_MANIFEST = """<?xml version="1.0" encoding="UTF-8"?>
<manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0"
 manifest:version="1.2">
<manifest:file-entry manifest:full-path="/"
 manifest:media-type="application/vnd.oasis.opendocument.spreadsheet"/>
<manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml"/>
</manifest:manifest>"""


def column_letters(column: int) -> str:
    """``A`` for column 0, ``AA`` for column 26."""
    letters = ""
    column += 1
    while column:
        column, remainder = divmod(column - 1, 26)
        letters = chr(65 + remainder) + letters
    return letters


def xlsx(rows: str, strings: Iterable[str], sheet: str = "reports") -> bytes:
    """An XLSX file of one sheet: ``rows`` is its ``<row>`` elements, ``strings`` the
    shared strings its cells may refer to by index."""
    shared = "".join(f"<si><t>{escape(text)}</t></si>" for text in strings)
    parts = {
        "[Content_Types].xml": _TYPES,
        "_rels/.rels": _PACKAGE_RELATIONSHIPS,
        "xl/workbook.xml": (
            f'<workbook xmlns="{_MAIN}" xmlns:r="{_DOCUMENT}"><sheets>'
            f'<sheet name="{escape(sheet)}" sheetId="1" r:id="rId1"/></sheets></workbook>'
        ),
        "xl/_rels/workbook.xml.rels": _WORKBOOK_RELATIONSHIPS,
        "xl/worksheets/sheet1.xml": (
            f'<worksheet xmlns="{_MAIN}"><sheetData>{rows}</sheetData></worksheet>'
        ),
        "xl/sharedStrings.xml": f'<sst xmlns="{_MAIN}">{shared}</sst>',
    }
    return _zipped(parts)


def shared_string_xlsx(length: int, rows: int, columns: int, sheet: str = "reports") -> bytes:
    """``rows`` by ``columns`` cells that all refer to one shared string of ``length``
    characters: about ``length * rows * columns`` bytes of text once read."""
    cells = "".join('<c t="s"><v>0</v></c>' for _ in range(columns))
    body = "".join(f'<row r="{row}">{cells}</row>' for row in range(1, rows + 1))
    return xlsx(body, ["x" * length], sheet)


def far_apart_xlsx(row: int, column: int, sheet: str = "reports") -> bytes:
    """Two cells, at A1 and at ``row``, ``column`` (from 0): a grid of everything between."""
    corner = f"{column_letters(column)}{row + 1}"
    body = (
        '<row r="1"><c r="A1" t="s"><v>0</v></c></row>'
        f'<row r="{row + 1}"><c r="{corner}" t="s"><v>0</v></c></row>'
    )
    return xlsx(body, ["x"], sheet)


def ods(table: str, name: str = "reports") -> bytes:
    """An OpenDocument spreadsheet of one table: ``table`` is its rows' XML."""
    return ods_tables({name: table})


def ods_tables(tables: dict[str, str]) -> bytes:
    """An OpenDocument spreadsheet of tables, each its name and its rows' XML."""
    body = "".join(
        f'<table:table table:name="{escape(name)}">{rows}</table:table>'
        for name, rows in tables.items()
    )
    content = (
        '<?xml version="1.0" encoding="UTF-8"?>'
        f'<office:document-content xmlns:office="{_OFFICE}" xmlns:table="{_TABLE}" '
        f'xmlns:text="{_TEXT}" office:version="1.2"><office:body><office:spreadsheet>'
        f"{body}</office:spreadsheet></office:body></office:document-content>"
    )
    parts = {
        "mimetype": "application/vnd.oasis.opendocument.spreadsheet",
        "META-INF/manifest.xml": _MANIFEST,
        "content.xml": content,
    }
    return _zipped(parts)


def repeated_ods(length: int, rows: int, columns: int, name: str = "reports") -> bytes:
    """One cell of ``length`` characters repeated over ``columns`` and ``rows``."""
    cell = (
        f'<table:table-cell office:value-type="string" table:number-columns-repeated="{columns}">'
        f"<text:p>{'x' * length}</text:p></table:table-cell>"
    )
    return ods(
        f'<table:table-row table:number-rows-repeated="{rows}">{cell}</table:table-row>', name
    )


def _zipped(parts: dict[str, str]) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, text in parts.items():
            kind = zipfile.ZIP_STORED if name == "mimetype" else zipfile.ZIP_DEFLATED
            archive.writestr(name, text, compress_type=kind)
    return buffer.getvalue()
