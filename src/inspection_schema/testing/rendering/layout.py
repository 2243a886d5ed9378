"""The report as a sequence of layout elements, shared by the text and the PDF renderers.

:func:`layout` decides what appears, in which order and in which words; the renderers
only decide how each element looks. The order and the wording are the contract described
in :mod:`inspection_schema.testing.rendering`.
"""

from __future__ import annotations

from collections.abc import Iterator

from attrs import frozen

from inspection_schema.model import (
    AssuranceReport,
    FullReport,
    InterimReport,
    Judgements,
    MonitoringJudgements,
    MonitoringReport,
    Report,
    Requirement,
)
from inspection_schema.spec.codelists import codes, title_line
from inspection_schema.testing.rendering import wording

IMPROVE = "What does the children's home need to do to improve?"
REQUIREMENT_HEADER = ("Requirement", "Due date")
HISTORY_HEADER = ("Inspection date", "Inspection type", "Inspection judgement")
NO_DUE_DATE = "—"
"""What the due-date cell holds for a requirement without a due date."""


@frozen
class Heading:
    """A heading; level 1 is the report's title line, 2 a section, 3 a sub-section."""

    text: str
    level: int = 2


@frozen
class Para:
    """A paragraph; ``bullet`` for a recommendation."""

    text: str
    bullet: bool = False
    large: bool = False


@frozen
class Rows:
    """A table of short cells: the headline judgements or the inspection history."""

    kind: str
    header: tuple[str, ...] | None
    rows: tuple[tuple[str, ...], ...]


@frozen
class RequirementRow:
    """One requirement: its paragraphs (reference appended, gloss after) and its due date."""

    paragraphs: tuple[str, ...]
    due: str


@frozen
class Requirements:
    """The 'Requirement | Due date' table."""

    items: tuple[RequirementRow, ...]


@frozen
class Lines:
    """Lines printed one under another with no space between (the inspectors)."""

    lines: tuple[str, ...]


Element = Heading | Para | Rows | Requirements | Lines


def reference_suffix(requirement: Requirement) -> str:
    """' (Regulation 5 (a)(b)(c))', references joined with '; ', or ' ()' if there are none."""
    return " (" + "; ".join(ref.text for ref in requirement.regulations) + ")"


def requirement_row(requirement: Requirement) -> RequirementRow:
    """The paragraphs of one requirement as the table prints them."""
    suffix = reference_suffix(requirement)
    text = list(requirement.text)
    if text:
        text[-1] += suffix
    else:
        text = [suffix.lstrip()]
    due = NO_DUE_DATE if requirement.due_date is None else wording.long_date(requirement.due_date)
    return RequirementRow(paragraphs=(*text, *(requirement.gloss or ())), due=due)


def layout(report: Report) -> list[Element]:
    """Every element of the report, in reading order."""
    return list(_elements(report))


def _elements(report: Report) -> Iterator[Element]:
    yield Para(report.urn, large=True)
    yield Para(f"Registered provider: {report.provider.name}")
    yield Heading(title_line(report.report_kind), level=1)
    if report.framework is not None:
        yield Para(wording.label("framework", report.framework))
    if report.home_information is not None:
        yield Heading("Information about this children's home")
        yield from (Para(text) for text in report.home_information)
    name, value = wording.date_range(report.inspection_dates)
    yield Para(f"{name}: {value}")
    yield from _headline(report)
    yield from _previous(report)
    yield from _narratives(report)
    yield from _improve(report)
    if report.inspection_information is not None:
        yield Heading("Information about this inspection")
        yield Para(report.inspection_information)
    yield from _details(report)


def _grade_rows(grades: Judgements | MonitoringJudgements) -> Rows:
    """The judgement table: a row for each area graded, in the judgement-area codelist's order."""
    rows = tuple(
        (wording.area_in_table(area), wording.grade(value))
        for area in codes("judgement-area")
        if (value := getattr(grades, area, None)) is not None
    )
    return Rows("judgements", None, rows)


def _headline(report: Report) -> Iterator[Element]:
    if isinstance(report, FullReport):
        yield _grade_rows(report.judgements)
        yield Para(report.summary)
    elif isinstance(report, MonitoringReport) and report.judgements is not None:
        yield _grade_rows(report.judgements)
    elif isinstance(report, InterimReport):
        yield Para(
            "Interim judgement: " + wording.label("interim-judgement", report.interim_judgement)
        )
        if report.judgement_statement is not None:
            yield Para(report.judgement_statement)
    elif isinstance(report, AssuranceReport) and report.outcome_statement is not None:
        yield Para(f"Outcome: {report.outcome_statement}")


def _previous(report: Report) -> Iterator[Element]:
    last = report.last_inspection
    if last is not None:
        yield Para(f"Date of last inspection: {wording.long_date(last.date)}")
        if last.overall_judgement is not None:
            judgement = wording.label("outcome", last.overall_judgement)
            yield Para(f"Overall judgement at last inspection: {judgement}")
    action = report.enforcement_action
    if action is not None:
        head = "Enforcement action since last inspection:"
        yield Para(head if action.taken else f"{head} none")
        if action.description is not None:
            yield Para(action.description)
    if report.inspection_history is not None:
        yield Heading("Recent inspection history")
        rows = tuple(
            (
                wording.short_date(entry.date),
                wording.history_type(entry.inspection_type),
                "" if entry.judgement is None else wording.label("outcome", entry.judgement),
            )
            for entry in report.inspection_history
        )
        yield Rows("history", HISTORY_HEADER, rows)


def _narratives(report: Report) -> Iterator[Element]:
    if isinstance(report, FullReport):
        if report.area_narratives is None:
            return
        yield Heading("Inspection judgements")
        for narrative in report.area_narratives:
            title = f"{wording.area_heading(narrative.area)}: {wording.grade(narrative.judgement)}"
            yield Heading(title, level=3)
            yield from (Para(text) for text in narrative.paragraphs)
    elif report.findings is not None:
        yield Heading("Findings")
        yield from (Para(text) for text in report.findings)


def _improve(report: Report) -> Iterator[Element]:
    statutory = report.requirements_preamble is not None or report.requirements is not None
    if not statutory and report.recommendations is None:
        return
    yield Heading(IMPROVE)
    if statutory:
        yield Heading("Statutory requirements", level=3)
        if report.requirements_preamble is not None:
            yield Para(report.requirements_preamble)
        if report.requirements is not None:
            yield Requirements(tuple(requirement_row(r) for r in report.requirements))
    if report.recommendations is not None:
        plural = "" if len(report.recommendations) == 1 else "s"
        yield Heading(f"Recommendation{plural}", level=3)
        for item in report.recommendations:
            cite = item.guide_reference
            yield Para(item.text if cite is None else f"{item.text} ({cite.text}).", bullet=True)


def _details(report: Report) -> Iterator[Element]:
    yield Heading("Children's home details")
    yield Para(f"Unique reference number: {report.urn}")
    if report.provision_type is not None:
        yield Para("Provision sub-type: " + wording.label("provision-type", report.provision_type))
    yield Para(f"Registered provider: {report.provider.name}")
    if report.provider.address is not None:
        yield Para(f"Registered provider address: {report.provider.address}")
    if report.responsible_individual is not None:
        yield Para(f"Responsible individual: {report.responsible_individual}")
    if report.registered_manager is not None:
        yield Para(f"Registered manager: {report.registered_manager}")
    yield Heading("Inspector" if len(report.inspectors) == 1 else "Inspectors")
    yield Lines(
        tuple(
            f"{person.name}, {wording.label('inspector-role', person.role)}"
            for person in report.inspectors
        )
    )
    if report.copyright_year is not None:
        yield Para(f"© Crown copyright {report.copyright_year}")
