"""The judgements: the full report's table and summary, its area narratives, a monitoring
report's grades, the interim judgement and the assurance outcome.

A secure children's home's table has rows for education and learning and for health too,
which may read 'not judged' (the areas the judgement-area codelist marks
``not_judged_since``)."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from inspection_schema.extract.normalise import Block
from inspection_schema.extract.refusals import IncompleteReport
from inspection_schema.extract.vocab import vocabulary
from inspection_schema.model import AreaNarrative, Judgements, MonitoringJudgements
from inspection_schema.spec.codelists import NOT_JUDGED, judgement_areas, not_judged_areas
from inspection_schema.spec.versions import latest_version

__all__ = [
    "JudgementTable",
    "parse_area_narratives",
    "parse_interim",
    "parse_judgement_table",
    "parse_monitoring_grades",
    "parse_outcome",
]

_SEPARATOR = re.compile(r"\s*:?\s*")
_INTERIM = re.compile(r"^interim judgement\s*:\s*(.*)$", re.IGNORECASE)
_OUTCOME = re.compile(r"^outcome\s*:\s*(.*)$", re.IGNORECASE)


@dataclass(slots=True)
class JudgementTable:
    """The area grades, the three areas' judgements and the summary sentence after them."""

    judgements: Judgements | None = None
    summary: str | None = None
    rest: list[Block] = field(default_factory=list)
    grades: dict[str, str] = field(default_factory=dict)
    """Every area's grade the table gives, by area code."""


def _grade(text: str, start: int, area: str) -> tuple[str, int] | None:
    grade = vocabulary("judgement").match(text, start)
    if grade is None and area in not_judged_areas(latest_version()):
        outcome = vocabulary("outcome").match(text, start)
        grade = outcome if outcome is not None and outcome[0] == NOT_JUDGED else None
    return grade


def _area_and_grade(text: str, start: int) -> tuple[str, str, int] | None:
    area = vocabulary("judgement-area").match(text, start)
    if area is None:
        return None
    code, end = area
    gap = _SEPARATOR.match(text, end)
    grade = _grade(text, gap.end() if gap else end, code)
    if grade is None:
        return None
    return code, grade[0], grade[1]


def parse_monitoring_grades(blocks: list[Block]) -> MonitoringJudgements | None:
    """The grades a monitoring report's table gives, if it has one (any of the three areas)."""
    grades = parse_judgement_table(blocks, partial=True).grades
    common = {area: grade for area, grade in grades.items() if area in judgement_areas()}
    return MonitoringJudgements(**common) if common else None  # type: ignore[arg-type]


def parse_judgement_table(blocks: list[Block], *, partial: bool = False) -> JudgementTable:
    """Read the grades (rows, or rows run together) and the summary after them.

    A full report's table must grade the three areas of every home (``partial`` lets a
    table grade only some, as a monitoring report's may).
    """
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
    table.grades = grades
    missing = set(judgement_areas()) - set(grades)
    if grades and not missing:
        table.judgements = Judgements(**grades)  # type: ignore[arg-type]
    elif grades and not partial:
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
