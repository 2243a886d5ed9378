"""Assemble a report from its sections: each section to its fields, then the model class.

Nothing is invented: a field the document does not state is left out. A field
every instance of the kind must have (URN, provider, inspection dates, a full
report's judgements and summary) raises :class:`IncompleteReport` when missing.
"""

from __future__ import annotations

from typing import Any

from inspection_schema.extract.dates import DateSyntaxError, parse_date_range
from inspection_schema.extract.details import parse_copyright, parse_details, parse_inspectors
from inspection_schema.extract.errors import IncompleteReport, NotAnInspectionReport
from inspection_schema.extract.header import parse_header
from inspection_schema.extract.history import (
    parse_enforcement,
    parse_history,
    parse_last_date,
    parse_last_judgement,
)
from inspection_schema.extract.judgements import (
    parse_area_narratives,
    parse_interim,
    parse_judgement_table,
    parse_outcome,
)
from inspection_schema.extract.kinds import report_class
from inspection_schema.extract.normalise import Block
from inspection_schema.extract.recommendations import parse_recommendations
from inspection_schema.extract.requirements import parse_requirements
from inspection_schema.extract.sections import Section
from inspection_schema.model import DateRange, LastInspection, Provider, Report

__all__ = ["build_report"]

_NARRATIVE_KINDS = frozenset({"interim", "monitoring", "assurance", "emergency"})


def _first(sections: list[Section], name: str) -> Section | None:
    for section in sections:
        if section.name == name:
            return section
    return None


def _texts(blocks: list[Block]) -> list[str]:
    return [block.text for block in blocks if block.text]


def build_report(sections: list[Section]) -> tuple[Report, dict[str, int]]:
    """The report, and the page each of its sections starts on (empty for text)."""
    header = parse_header(sections[0].blocks)
    if header.urn is None and header.provider is None and header.kind is None:
        raise NotAnInspectionReport("it has no URN, registered provider or report title")
    if header.kind is None:
        raise IncompleteReport(
            "has no title line saying what kind of inspection it reports "
            "(such as 'Full inspection')"
        )
    kind = header.kind
    fields: dict[str, Any] = {"schema_version": "1.0"}
    pages: dict[str, int] = {}

    def place(name: str, section: Section | None, page: int | None = None) -> None:
        where = page if page is not None else (section.page if section else None)
        if where is not None:
            pages.setdefault(name, where)

    details_section = _first(sections, "details")
    details = parse_details(details_section.blocks) if details_section else {}
    urn = header.urn or details.get("urn")
    if urn is None:
        raise IncompleteReport("has no unique reference number (URN)")
    fields["urn"] = urn
    place("urn", sections[0])
    provider_name = details.get("provider") or header.provider
    if not provider_name:
        raise IncompleteReport("names no registered provider")
    fields["provider"] = Provider(name=provider_name, address=details.get("provider_address"))
    place("provider", sections[0])
    if header.framework:
        fields["framework"] = header.framework
    for key in ("provision_type", "responsible_individual", "registered_manager"):
        if key in details:
            fields[key] = details[key]
            place(key, details_section)

    if (home := _first(sections, "home_information")) and home.blocks:
        fields["home_information"] = _texts(home.blocks)
        place("home_information", home)

    dates = _first(sections, "inspection_dates")
    if dates is None:
        raise IncompleteReport("has no inspection dates")
    try:
        start, end = parse_date_range(dates.value())
    except DateSyntaxError as error:
        raise IncompleteReport(f"has inspection dates that cannot be read: {error}") from None
    fields["inspection_dates"] = DateRange(start=start, end=end)
    place("inspection_dates", dates)
    after_dates = dates.blocks
    if kind == "full":
        table = parse_judgement_table(after_dates)
        if table.judgements is None:
            raise IncompleteReport("is a full inspection report without its judgement table")
        if not table.summary:
            raise IncompleteReport("is a full inspection report without its summary sentence")
        fields["judgements"] = table.judgements
        fields["summary"] = table.summary
        place("judgements", dates, after_dates[0].page if after_dates else None)
        place("summary", dates)
    elif kind == "interim":
        code, statement, _ = parse_interim(after_dates)
        if code is None:
            raise IncompleteReport("is an interim inspection report without its interim judgement")
        fields["interim_judgement"] = code
        if statement:
            fields["judgement_statement"] = statement
        place("interim_judgement", dates)
    elif kind == "assurance":
        statement, _ = parse_outcome(after_dates)
        if statement:
            fields["outcome_statement"] = statement
            place("outcome_statement", dates)

    _history_fields(sections, fields, place)

    if kind == "full" and (narratives := _first(sections, "area_narratives")):
        found, _ = parse_area_narratives(narratives.blocks)
        if found:
            fields["area_narratives"] = found
            place("area_narratives", narratives)
    if kind in _NARRATIVE_KINDS and (findings := _first(sections, "findings")) and findings.blocks:
        fields["findings"] = _texts(findings.blocks)
        place("findings", findings)

    if requirements := _first(sections, "requirements"):
        preamble, items = parse_requirements(requirements.blocks)
        if preamble:
            fields["requirements_preamble"] = preamble
            place("requirements_preamble", requirements)
        if items:
            fields["requirements"] = items
            place("requirements", requirements)
    if (recommendations := _first(sections, "recommendations")) and recommendations.blocks:
        found_recommendations = parse_recommendations(recommendations.blocks)
        if found_recommendations:
            fields["recommendations"] = found_recommendations
            place("recommendations", recommendations)
    if (information := _first(sections, "inspection_information")) and information.blocks:
        fields["inspection_information"] = " ".join(_texts(information.blocks))
        place("inspection_information", information)

    inspectors_section = _first(sections, "inspectors")
    inspectors = parse_inspectors(inspectors_section.blocks) if inspectors_section else []
    if not inspectors:
        raise IncompleteReport("names no inspectors")
    fields["inspectors"] = inspectors
    place("inspectors", inspectors_section)
    closing = _first(sections, "closing")
    year = parse_copyright(closing.blocks if closing else sections[-1].blocks)
    if year is not None:
        fields["copyright_year"] = year
    try:
        return report_class(kind)(**fields), pages
    except (TypeError, ValueError) as error:
        raise IncompleteReport(f"has a field that does not fit the schema: {error}") from None


def _history_fields(sections: list[Section], fields: dict[str, Any], place: Any) -> None:
    last_date_section = _first(sections, "last_inspection_date")
    if last_date_section is not None:
        day, stated = parse_last_date(last_date_section.value())
        if stated:
            judgement_section = _first(sections, "last_inspection_judgement")
            judgement = (
                parse_last_judgement(judgement_section.value()) if judgement_section else None
            )
            fields["last_inspection"] = LastInspection(date=day, overall_judgement=judgement)  # type: ignore[arg-type]
            place("last_inspection", last_date_section)
    if enforcement := _first(sections, "enforcement_action"):
        action, _ = parse_enforcement(enforcement.value(), enforcement.blocks)
        if action is not None:
            fields["enforcement_action"] = action
            place("enforcement_action", enforcement)
    if history := _first(sections, "inspection_history"):
        entries = parse_history(history.blocks)
        if entries:
            fields["inspection_history"] = entries
            place("inspection_history", history)
