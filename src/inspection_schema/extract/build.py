"""Assemble a report from its sections, field by field, as the table :data:`FIELDS` says.

Each row of :data:`FIELDS` names a model field, the section it is read from, the parser that
reads it and the report kinds that have it. A parser returns ``None`` when the document does
not state the field, and the field is left out: nothing is invented. A row with a
``missing`` message is a field every instance of its kinds must have, and its absence
raises :class:`IncompleteReport` with that message. The report's identity (kind, URN,
provider, framework) comes from the header and the details section together, and the
copyright year from the closing lines, before and after the table.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass
from typing import Any

from inspection_schema.extract.dates import DateSyntaxError, parse_date_range
from inspection_schema.extract.details import parse_copyright, parse_details, parse_inspectors
from inspection_schema.extract.header import parse_header
from inspection_schema.extract.history import (
    parse_enforcement,
    parse_history,
    parse_last_date,
    parse_last_judgement,
)
from inspection_schema.extract.home_facts import parse_home_facts
from inspection_schema.extract.judgements import (
    parse_area_narratives,
    parse_interim,
    parse_judgement_table,
    parse_monitoring_grades,
    parse_outcome,
)
from inspection_schema.extract.kinds import report_class
from inspection_schema.extract.recommendations import parse_recommendations
from inspection_schema.extract.refusals import IncompleteReport, NotAnInspectionReport
from inspection_schema.extract.requirements import parse_requirements
from inspection_schema.extract.sections import Section
from inspection_schema.model import REPORT_CLASSES, DateRange, LastInspection, Provider, Report
from inspection_schema.spec.versions import latest_version

__all__ = ["FIELDS", "SCHEMA_VERSION", "Field", "Sections", "build_report"]

SCHEMA_VERSION = latest_version()
"""The schema version a report is built in: the newest, whose fields the parsers read.
:mod:`inspection_schema.extract.api` restricts it to the version asked for."""

_EVERY_KIND = frozenset(REPORT_CLASSES)
_FULL = frozenset({"full"})
_INTERIM = frozenset({"interim"})
_ASSURANCE = frozenset({"assurance"})
_MONITORING = frozenset({"monitoring"})
_UNGRADED_NARRATIVE = _EVERY_KIND - _FULL
"""The kinds whose narrative is a list of findings rather than judged areas."""


class Sections:
    """A report's sections, found by name (the first of a name wins)."""

    def __init__(self, sections: Iterable[Section]) -> None:
        self.all = list(sections)
        self._by_name: dict[str, Section] = {}
        for section in self.all:
            self._by_name.setdefault(section.name, section)

    def first(self, name: str) -> Section | None:
        """The first section of that name, if the report has one."""
        return self._by_name.get(name)


Parser = Callable[[Section, Sections], Any]
"""Reads a field from its section (and, rarely, another); ``None`` when it is not stated."""


def _section_page(section: Section) -> int | None:
    return section.page


def _first_block_page(section: Section) -> int | None:
    first = section.blocks[0].page if section.blocks else None
    return first if first is not None else section.page


@dataclass(frozen=True)
class Field:
    """One row of the table: a model field, its section and parser, the kinds that have it."""

    name: str
    section: str
    parse: Parser
    kinds: frozenset[str] = _EVERY_KIND
    missing: str | None = None
    """The problem when the field is absent, for a field every instance must have."""
    page: Callable[[Section], int | None] | None = _section_page
    """Where the field starts, recorded in the provenance (``None``: not recorded)."""


# Parsers, one per field


def _texts(section: Section, _: Sections) -> list[str] | None:
    return [block.text for block in section.blocks if block.text] if section.blocks else None


def _joined_text(section: Section, sections: Sections) -> str | None:
    texts = _texts(section, sections)
    return None if texts is None else " ".join(texts)


def _detail(key: str) -> Parser:
    def parse(section: Section, _: Sections) -> str | None:
        return parse_details(section.blocks).get(key)

    return parse


def _home_facts(section: Section, sections: Sections) -> Any:
    texts = _texts(section, sections)
    return parse_home_facts(texts) if texts else None


def _inspection_dates(section: Section, _: Sections) -> DateRange:
    try:
        start, end = parse_date_range(section.value())
    except DateSyntaxError as error:
        raise IncompleteReport(f"has inspection dates that cannot be read: {error}") from None
    return DateRange(start=start, end=end)


def _judgements(section: Section, _: Sections) -> Any:
    return parse_judgement_table(section.blocks).judgements


def _monitoring_grades(section: Section, _: Sections) -> Any:
    return parse_monitoring_grades(section.blocks)


def _summary(section: Section, _: Sections) -> str | None:
    return parse_judgement_table(section.blocks).summary or None


def _interim_judgement(section: Section, _: Sections) -> str | None:
    return parse_interim(section.blocks)[0]


def _judgement_statement(section: Section, _: Sections) -> str | None:
    return parse_interim(section.blocks)[1] or None


def _outcome_statement(section: Section, _: Sections) -> str | None:
    return parse_outcome(section.blocks)[0] or None


def _last_inspection(section: Section, sections: Sections) -> LastInspection | None:
    day, stated = parse_last_date(section.value())
    if not stated or day is None:
        return None
    judgement_section = sections.first("last_inspection_judgement")
    judgement = parse_last_judgement(judgement_section.value()) if judgement_section else None
    return LastInspection(date=day, overall_judgement=judgement)


def _enforcement(section: Section, _: Sections) -> Any:
    return parse_enforcement(section.value(), section.blocks)[0]


def _history(section: Section, _: Sections) -> Any:
    return parse_history(section.blocks) or None


def _narratives(section: Section, _: Sections) -> Any:
    return parse_area_narratives(section.blocks)[0] or None


def _preamble(section: Section, _: Sections) -> str | None:
    return parse_requirements(section.blocks)[0]


def _requirements(section: Section, _: Sections) -> Any:
    return parse_requirements(section.blocks)[1] or None


def _recommendations(section: Section, _: Sections) -> Any:
    if not section.blocks:
        return None
    return parse_recommendations(section.blocks) or None


def _inspectors(section: Section, _: Sections) -> Any:
    return parse_inspectors(section.blocks) or None


FIELDS: tuple[Field, ...] = (
    Field("provision_type", "details", _detail("provision_type")),
    Field("responsible_individual", "details", _detail("responsible_individual")),
    Field("registered_manager", "details", _detail("registered_manager")),
    Field("home_information", "home_information", _texts),
    Field("home_facts", "home_information", _home_facts),
    Field(
        "inspection_dates", "inspection_dates", _inspection_dates, missing="has no inspection dates"
    ),
    Field(
        "judgements",
        "inspection_dates",
        _judgements,
        _FULL,
        "is a full inspection report without its judgement table",
        _first_block_page,
    ),
    Field(
        "judgements", "inspection_dates", _monitoring_grades, _MONITORING, page=_first_block_page
    ),
    Field(
        "summary",
        "inspection_dates",
        _summary,
        _FULL,
        "is a full inspection report without its summary sentence",
    ),
    Field(
        "interim_judgement",
        "inspection_dates",
        _interim_judgement,
        _INTERIM,
        "is an interim inspection report without its interim judgement",
    ),
    Field("judgement_statement", "inspection_dates", _judgement_statement, _INTERIM, page=None),
    Field("outcome_statement", "inspection_dates", _outcome_statement, _ASSURANCE),
    Field("last_inspection", "last_inspection_date", _last_inspection),
    Field("enforcement_action", "enforcement_action", _enforcement),
    Field("inspection_history", "inspection_history", _history),
    Field("area_narratives", "area_narratives", _narratives, _FULL),
    Field("findings", "findings", _texts, _UNGRADED_NARRATIVE),
    Field("requirements_preamble", "requirements", _preamble),
    Field("requirements", "requirements", _requirements),
    Field("recommendations", "recommendations", _recommendations),
    Field("inspection_information", "inspection_information", _joined_text),
    Field("inspectors", "inspectors", _inspectors, missing="names no inspectors"),
)
"""Every field read from a section, in the order the report prints them."""


def build_report(sections: list[Section]) -> tuple[Report, dict[str, int]]:
    """The report, and the page each of its fields starts on (empty for text)."""
    found = Sections(sections)
    kind, fields, pages = _identity(found)
    for row in FIELDS:
        if kind not in row.kinds:
            continue
        section = found.first(row.section)
        value = None if section is None else row.parse(section, found)
        if value is None:
            if row.missing is not None:
                raise IncompleteReport(row.missing)
            continue
        fields[row.name] = value
        where = row.page(section) if section is not None and row.page is not None else None
        if where is not None:
            pages.setdefault(row.name, where)
    closing = found.first("closing")
    year = parse_copyright(closing.blocks if closing else sections[-1].blocks)
    if year is not None:
        fields["copyright_year"] = year
    try:
        return report_class(kind)(**fields), pages
    except (TypeError, ValueError) as error:
        raise IncompleteReport(f"has a field that does not fit the schema: {error}") from None


def _identity(found: Sections) -> tuple[str, dict[str, Any], dict[str, int]]:
    """The report kind, and the fields that say whose report it is, from header and details."""
    header_section = found.all[0]
    header = parse_header(header_section.blocks)
    if header.urn is None and header.provider is None and header.kind is None:
        raise NotAnInspectionReport("it has no URN, registered provider or report title")
    if header.kind is None:
        raise IncompleteReport(
            "has no title line saying what kind of inspection it reports "
            "(such as 'Full inspection')"
        )
    details_section = found.first("details")
    details = parse_details(details_section.blocks) if details_section else {}
    urn = header.urn or details.get("urn")
    if urn is None:
        raise IncompleteReport("has no unique reference number (URN)")
    provider_name = details.get("provider") or header.provider
    if not provider_name:
        raise IncompleteReport("names no registered provider")
    fields: dict[str, Any] = {
        "schema_version": SCHEMA_VERSION,
        "urn": urn,
        "provider": Provider(name=provider_name, address=details.get("provider_address")),
    }
    if header.framework:
        fields["framework"] = header.framework
    pages: dict[str, int] = {}
    if header_section.page is not None:
        pages = {"urn": header_section.page, "provider": header_section.page}
    return header.kind, fields, pages
