"""The judgements: the full report's table and summary, its area narratives, the
interim judgement and the assurance outcome."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from inspection_schema.extract.normalise import Block
from inspection_schema.extract.refusals import IncompleteReport
from inspection_schema.extract.vocab import vocabulary
from inspection_schema.model import AreaNarrative, Judgements
from inspection_schema.spec.codelists import judgement_areas

__all__ = [
    "JudgementTable",
    "parse_area_narratives",
    "parse_interim",
    "parse_judgement_table",
    "parse_outcome",
]

_SEPARATOR = re.compile(r"\s*:?\s*")
_INTERIM = re.compile(r"^interim judgement\s*:\s*(.*)$", re.IGNORECASE)
_OUTCOME = re.compile(r"^outcome\s*:\s*(.*)$", re.IGNORECASE)


@dataclass(slots=True)
class JudgementTable:
    """The three area grades and the summary sentence that follows them."""

    judgements: Judgements | None = None
    summary: str | None = None
    rest: list[Block] = field(default_factory=list)


def _area_and_grade(text: str, start: int) -> tuple[str, str, int] | None:
    area = vocabulary("judgement-area").match(text, start)
    if area is None:
        return None
    code, end = area
    gap = _SEPARATOR.match(text, end)
    grade = vocabulary("judgement").match(text, gap.end() if gap else end)
    if grade is None:
        return None
    return code, grade[0], grade[1]


def parse_judgement_table(blocks: list[Block]) -> JudgementTable:
    """Read the three grades (rows, or rows run together) and the summary after them."""
    table = JudgementTable()
    grades: dict[str, str] = {}
    end = len(blocks)
    for index, block in enumerate(blocks):
        text = block.text
        position = 0
        found = False
        while position < len(text):
            row = _area_and_grade(text, position)
            if row is None:
                break
            grades.setdefault(row[0], row[1])
            position = row[2]
            found = True
            while position < len(text) and text[position] == " ":
                position += 1
        if not found:
            end = index
            break
        if position < len(text):
            # The summary sentence ran on after the last row.
            table.summary = text[position:].strip()
            end = index + 1
            break
    remaining = blocks[end:]
    if table.summary is None and remaining and not remaining[0].is_row:
        table.summary = remaining[0].text
        remaining = remaining[1:]
    table.rest = remaining
    # Only the three areas of every home: other areas (a secure home's) have no field here.
    areas = judgement_areas()
    grades = {area: grade for area, grade in grades.items() if area in areas}
    if len(grades) == len(areas):
        table.judgements = Judgements(**grades)  # type: ignore[arg-type]
    elif grades:
        missing = set(areas) - set(grades)
        raise IncompleteReport(
            "has a judgement table without a grade for " + ", ".join(sorted(missing))
        )
    return table


def parse_area_narratives(blocks: list[Block]) -> tuple[list[AreaNarrative], list[Block]]:
    """Narratives headed "<area>: <grade>", and any blocks before the first heading."""
    narratives: list[AreaNarrative] = []
    before: list[Block] = []
    current: tuple[str, str, list[str]] | None = None
    for block in blocks:
        row = None if block.is_row else _area_and_grade(block.text, 0)
        if (
            row is not None
            and row[0] in judgement_areas()
            and row[2] == len(block.text.rstrip(". "))
        ):
            if current is not None:
                narratives.append(_narrative(current))
            current = (row[0], row[1], [])
        elif current is None:
            before.append(block)
        else:
            current[2].append(block.text)
    if current is not None:
        narratives.append(_narrative(current))
    return narratives, before


def _narrative(parts: tuple[str, str, list[str]]) -> AreaNarrative:
    area, grade, paragraphs = parts
    return AreaNarrative(area=area, judgement=grade, paragraphs=paragraphs)  # type: ignore[arg-type]


def parse_interim(blocks: list[Block]) -> tuple[str | None, str | None, list[Block]]:
    """``Interim judgement: <wording>`` and the statement paragraph(s) after it."""
    for index, block in enumerate(blocks):
        found = _INTERIM.match(block.text)
        if found is None:
            continue
        wording = found.group(1).strip()
        code = vocabulary("interim-judgement").code(wording) if wording else None
        if wording and code is None:
            raise IncompleteReport(
                f"has an interim judgement that is not on the scale: {wording!r}"
            )
        statement: list[str] = []
        rest = blocks[index + 1 :]
        while rest and not rest[0].is_row:
            statement.append(rest[0].text)
            rest = rest[1:]
        return code, " ".join(statement) or None, blocks[:index] + rest
    return None, None, blocks


def parse_outcome(blocks: list[Block]) -> tuple[str | None, list[Block]]:
    """``Outcome: <statement>`` of an assurance report, verbatim."""
    for index, block in enumerate(blocks):
        found = _OUTCOME.match(block.text)
        if found is None:
            continue
        statement = [found.group(1).strip()] if found.group(1).strip() else []
        rest = blocks[index + 1 :]
        while rest and not rest[0].is_row:
            statement.append(rest[0].text)
            rest = rest[1:]
        return " ".join(statement) or None, blocks[:index] + rest
    return None, blocks
