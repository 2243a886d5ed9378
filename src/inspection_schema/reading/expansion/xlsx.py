"""The cells of an XLSX file's sheets, and its shared strings, as python-calamine reads them."""

from __future__ import annotations

import posixpath
import re
import zipfile
from array import array
from collections.abc import Iterator
from functools import lru_cache
from typing import IO

from inspection_schema.reading.expansion.grid import (
    KEPT,
    STRING_BYTES,
    ExpandsTooFar,
    Grid,
    SheetSize,
    local,
    number,
    parse,
    parser,
    utf8,
)

__all__ = ["xlsx_sizes"]

_TEXT_TYPES = frozenset({"s", "str", "inlineStr", "d"})
"""Cell types whose value python-calamine gives as text (``d``: a date written as text)."""
_LETTERS = re.compile(r"[A-Z]{1,3}")
_RELATIONSHIPS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"


class _SharedStrings:
    """The length of each shared string of an XLSX file (its runs' text, without phonetic
    guides), read once; refuses the file when holding them would pass ``limit``."""

    def __init__(self, limit: int) -> None:
        self.lengths = array("q")
        self.held = 0
        self._limit = limit
        self._length = 0
        self._in_text = False
        self._phonetic = 0

    def read(self, part: IO[bytes]) -> None:
        parse(part, parser(self._start, self._end, self._data))

    def _start(self, name: str, _attributes: dict[str, str]) -> None:
        tag = local(name)
        if tag == "si":
            self._length = 0
        elif tag == "t":
            self._in_text = True
        elif tag == "rPh":
            self._phonetic += 1

    def _end(self, name: str) -> None:
        tag = local(name)
        if tag == "t":
            self._in_text = False
        elif tag == "rPh":
            self._phonetic -= 1
        elif tag == "si":
            self.lengths.append(self._length)
            self.held += self._length + STRING_BYTES
            if self.held > self._limit:
                raise ExpandsTooFar("its shared strings", self._limit)

    def _data(self, text: str) -> None:
        if self._in_text and not self._phonetic:
            self._length += utf8(text)


class _XlsxSheet:
    """The cells of one XLSX worksheet: ``<row r>`` holding ``<c r t>`` with ``<v>`` or an
    inline ``<is>`` string (a cell or row without ``r`` follows the one before)."""

    def __init__(self, shared: array[int], name: str, limit: int) -> None:
        self.grid = Grid(name, limit)
        self._shared = shared
        self._row = -1
        self._column = -1
        self._type = ""
        self._value = ""
        self._value_bytes = 0
        self._has_value = False
        self._inline = 0
        self._in = ""

    def read(self, part: IO[bytes]) -> None:
        parse(part, parser(self._start, self._end, self._data))

    def _start(self, name: str, attributes: dict[str, str]) -> None:
        tag = local(name)
        if tag == "row":
            row = number(attributes.get("r", ""))
            self._row = row - 1 if row else self._row + 1
            self._column = -1
        elif tag == "c":
            self._cell(attributes.get("r", ""))
            self._type = attributes.get("t", "n")
            self._value, self._value_bytes, self._has_value, self._inline = "", 0, False, 0
        elif tag in {"v", "is"}:
            self._has_value = True
            self._in = tag
        elif tag == "rPh":
            self._in = "rPh"

    def _cell(self, reference: str) -> None:
        letters = reference.rstrip("0123456789")
        column = _column(letters) if letters else -1
        self._column = column if column >= 0 else self._column + 1
        digits = reference[len(letters) :]
        if digits and column >= 0:
            self._row = number(digits) - 1

    def _end(self, name: str) -> None:
        tag = local(name)
        if tag == "c":
            self._add_cell()
        elif tag in {"v", "is"} or (tag == "rPh" and self._in == "rPh"):
            self._in = "is" if tag == "rPh" else ""

    def _add_cell(self) -> None:
        if not self._has_value:
            return
        if self._type not in _TEXT_TYPES:
            if self._value_bytes:
                self.grid.add(self._row, self._column, 0)
            return
        text = self._inline if self._type == "inlineStr" else self._value_bytes
        if self._type == "s":
            index = number(self._value) if self._value.isdigit() else -1
            text = self._shared[index] if 0 <= index < len(self._shared) else 0
        self.grid.add(self._row, self._column, text)

    def _data(self, text: str) -> None:
        if self._in == "v":
            self._value_bytes += utf8(text)
            if len(self._value) < KEPT:  # enough of a number or a shared string's index
                self._value += text
        elif self._in == "is":
            self._inline += utf8(text)


@lru_cache(maxsize=1024)
def _column(letters: str) -> int:
    """The column (from 0) of a reference's letters, or -1 if they are not ``A`` to ``XFD``."""
    if not _LETTERS.fullmatch(letters):
        return -1
    column = 0
    for letter in letters:
        column = column * 26 + ord(letter) - 64
    return column - 1


def _target(base: str, target: str) -> str:
    """A relationship's target as a member name of the archive."""
    if target.startswith("/"):
        return target.lstrip("/")
    return posixpath.normpath(posixpath.join(posixpath.dirname(base), target))


def _relationships(archive: zipfile.ZipFile, part: str) -> dict[str, tuple[str, str]]:
    """A part's relationships: id → (type, member name)."""
    name = posixpath.join(posixpath.dirname(part), "_rels", posixpath.basename(part) + ".rels")
    found: dict[str, tuple[str, str]] = {}

    def start(element: str, attributes: dict[str, str]) -> None:
        if local(element) == "Relationship" and "Id" in attributes:
            target = _target(part, attributes.get("Target", ""))
            found[attributes["Id"]] = (attributes.get("Type", ""), target)

    if name in archive.NameToInfo:
        with archive.open(name) as member:
            parse(member, parser(start))
    return found


def _xlsx_parts(archive: zipfile.ZipFile) -> tuple[str | None, list[tuple[str, str]]]:
    """The workbook's shared strings part (if any) and its sheets in order: (name, part)."""
    package = _relationships(archive, "")
    workbook = next(
        (target for kind, target in package.values() if kind.endswith("/officeDocument")),
        "xl/workbook.xml",
    )
    if workbook not in archive.NameToInfo:
        return None, []
    relationships = _relationships(archive, workbook)
    shared = next(
        (target for kind, target in relationships.values() if kind.endswith("/sharedStrings")),
        None,
    )
    sheets: list[tuple[str, str]] = []

    def start(element: str, attributes: dict[str, str]) -> None:
        if local(element) == "sheet":
            relationship = attributes.get(f"{_RELATIONSHIPS} id", "")
            target = relationships.get(relationship, ("", ""))[1]
            if target in archive.NameToInfo:
                sheets.append((attributes.get("name", ""), target))

    with archive.open(workbook) as member:
        parse(member, parser(start))
    return (shared if shared in archive.NameToInfo else None), sheets


def xlsx_sizes(archive: zipfile.ZipFile, limit: int) -> Iterator[SheetSize | int]:
    """The bytes of the shared strings (held while the file is read), then each sheet."""
    shared_part, sheets = _xlsx_parts(archive)
    shared = _SharedStrings(limit)
    if shared_part is not None:
        with archive.open(shared_part) as member:
            shared.read(member)
    yield shared.held
    for name, part in sheets:
        sheet = _XlsxSheet(shared.lengths, name, limit)
        with archive.open(part) as member:
            sheet.read(member)
        yield sheet.grid.size()
