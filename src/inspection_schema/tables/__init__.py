"""Reports as linked tables: a workbook with a sheet per table, or a folder of CSV files.

The tables are derived from each schema version's JSON Schema, so a new version needs no
change here:

- :mod:`.schema_tree`: the schema as one tree of fields over every report kind;
- :mod:`.layout`: the tables and their columns (flatten-tool's conventions where they fit);
- :mod:`.cells`: a value in its cell and back, with the column's type;
- :mod:`.flatten` and :mod:`.unflatten`: documents to rows and rows to documents, the
  latter one document at a time, with :mod:`.report_index` (which report each row belongs
  to) and :mod:`.items` (a row as an item, a report's items as its document);
- :mod:`.locations`: the sheet, row and column each value was read from;
- :mod:`.sheet_columns`: a sheet's header row read against its table;
- :mod:`.readers`: workbooks (python-calamine) and folders of CSV files, their rows held
  packed (:mod:`.packed_rows`);
- :mod:`.writing`, :mod:`.xlsx_writer` (XlsxWriter) and :mod:`.output`: writing them;
- :mod:`.extra_sheets`: the "fields" and "validation" sheets.

Nothing here is imported when JSON documents are validated; XlsxWriter and python-calamine
are imported only when a workbook is written or read.
"""

from __future__ import annotations

WORKBOOK_SUFFIXES = frozenset({".xlsx", ".ods"})
"""The workbooks read: Office Open XML and OpenDocument spreadsheets."""
CSV_SUFFIX = ".csv"
REPORTS_FILE = "reports.csv"
"""The file that makes a folder a folder of CSV tables."""
