"""Statutory requirements: the preamble and the ``Requirement | Due date`` table.

The table arrives as blocks: rows (first cell the requirement's paragraphs, as
``<p>…</p>`` or plain text, second cell the due date) and plain paragraphs that
carry on the last row (a cell broken across pages). The parser reads it as one
stream of paragraphs:

* a paragraph that a cell or page break cut mid-sentence is joined to the next
  (the break is at a block boundary, the first part ends with no sentence or list
  punctuation — here a comma counts, as regulation items end with one — and the
  second starts in lower case);
* a row with a due date starts a new requirement, whose due date it is;
* paragraphs up to the bracketed reference ``(Regulation …)`` are the quoted
  regulation text; the reference is removed with the space before it and parsed;
* paragraphs after the reference (and text after it in the same paragraph) are
  the inspector's gloss, until the next requirement starts. A row *without* a
  date also starts one when the requirement already has its reference and the
  row does not read as gloss ("This …", "It …", "In particular, this …").
"""

from __future__ import annotations

import datetime
import re
from dataclasses import dataclass, field

from inspection_schema.extract.dates import DateSyntaxError, parse_date
from inspection_schema.extract.normalise import Block, clean, continues
from inspection_schema.extract.refusals import IncompleteReport
from inspection_schema.model import RegulationReference, Requirement
from inspection_schema.spec.regulation_references import ReferenceSyntaxError, parse_reference

__all__ = ["parse_requirements"]

_CELL_PARAGRAPHS = re.compile(r"</p>\s*<p>", re.IGNORECASE)
_TABLE_HEADER = re.compile(r"^requirements?\s+due date$", re.IGNORECASE)
_PROVISIONS = r"(?:\s*\([0-9a-z]+\))*"
_ONE_REFERENCE = rf"Regulation\s+[0-9]+{_PROVISIONS}"
_REFERENCE = re.compile(rf"\s?\(\s*({_ONE_REFERENCE}(?:\s*(?:,|;|and)\s*{_ONE_REFERENCE})*)\s*\)")
_SPLIT_REFERENCES = re.compile(r"\s*(?:,|;|and)?\s*(?=Regulation\s+[0-9])")
_GLOSS_START = re.compile(r"^(?:This|These|It|In particular,? this)\b")


@dataclass(slots=True)
class _Paragraph:
    text: str
    due: datetime.date | None = None
    row_start: bool = False
    block_start: bool = False


@dataclass(slots=True)
class _Draft:
    due: datetime.date | None
    text: list[str] = field(default_factory=list)
    regulations: list[RegulationReference] = field(default_factory=list)
    gloss: list[str] = field(default_factory=list)
    referenced: bool = False

    def build(self) -> Requirement:
        return Requirement(
            text=self.text,
            regulations=self.regulations,
            gloss=self.gloss or None,
            due_date=self.due,
        )


def parse_requirements(blocks: list[Block]) -> tuple[str | None, list[Requirement]]:
    """The preamble and the requirements, in the order printed."""
    preamble: list[str] = []
    index = 0
    while index < len(blocks) and not _is_table_header(blocks[index]):
        if blocks[index].is_row:
            break
        preamble.append(blocks[index].text)
        index += 1
    if index < len(blocks) and _is_table_header(blocks[index]):
        index += 1
    elif index == len(blocks):
        # No table header: the preamble is the first paragraph, the rest is the table.
        index = min(1, len(blocks))
        preamble = preamble[:1]
    paragraphs = _join_cut(_paragraphs(blocks[index:]))
    return " ".join(preamble) or None, _requirements(paragraphs)


def _is_table_header(block: Block) -> bool:
    return _TABLE_HEADER.match(block.text) is not None


def _paragraphs(blocks: list[Block]) -> list[_Paragraph]:
    stream: list[_Paragraph] = []
    for block in blocks:
        if block.cells is None:
            stream.append(_Paragraph(block.text, block_start=True))
            continue
        first = block.cells[0] if block.cells else ""
        due = _due_date(block.cells[1:])
        parts = [clean(part) for part in _CELL_PARAGRAPHS.split(first)] if first else []
        parts = [part for part in parts if part]
        if not parts:
            if due is not None:
                stream.append(_Paragraph("", due=due, row_start=True, block_start=True))
            continue
        for number, part in enumerate(parts):
            stream.append(
                _Paragraph(
                    part,
                    due=due if number == 0 else None,
                    row_start=number == 0,
                    block_start=number == 0,
                )
            )
    return stream


def _due_date(cells: tuple[str, ...]) -> datetime.date | None:
    text = clean(" ".join(cells))
    if not text:
        return None
    try:
        return parse_date(text)
    except DateSyntaxError:
        raise IncompleteReport(
            f"has a requirement due date that cannot be read: {text!r}"
        ) from None


def _join_cut(stream: list[_Paragraph]) -> list[_Paragraph]:
    joined: list[_Paragraph] = []
    for paragraph in stream:
        last = joined[-1] if joined else None
        if (
            last is not None
            and paragraph.block_start
            and paragraph.due is None
            and last.text
            and not last.text.endswith(",")
            and continues(last.text, paragraph.text)
        ):
            last.text = f"{last.text} {paragraph.text}"
            continue
        joined.append(paragraph)
    return joined


def _requirements(stream: list[_Paragraph]) -> list[Requirement]:
    drafts: list[_Draft] = []
    for paragraph in stream:
        current = drafts[-1] if drafts else None
        starts = (
            current is None
            or paragraph.due is not None
            or (
                paragraph.row_start
                and current.referenced
                and not _GLOSS_START.match(paragraph.text)
            )
        )
        if starts:
            current = _Draft(paragraph.due)
            drafts.append(current)
        assert current is not None
        if paragraph.text:
            _read(paragraph.text, current)
    return [draft.build() for draft in drafts if draft.text or draft.regulations]


def _read(text: str, draft: _Draft) -> None:
    position = 0
    for found in _REFERENCE.finditer(text):
        before = text[position : found.start()].strip()
        if before:
            (draft.gloss if draft.referenced else draft.text).append(before)
        for piece in _SPLIT_REFERENCES.split(found.group(1)):
            part = " ".join(piece.split())
            if not part:
                continue
            try:
                parsed = parse_reference(part)
            except ReferenceSyntaxError as error:
                raise IncompleteReport(
                    f"has a regulation reference that cannot be read: {error}"
                ) from None
            draft.regulations.append(
                RegulationReference(
                    text=part, regulation=parsed.regulation, provisions=list(parsed.provisions)
                )
            )
        draft.referenced = True
        position = found.end()
    rest = text[position:].strip()
    if rest:
        (draft.gloss if draft.referenced else draft.text).append(rest)
