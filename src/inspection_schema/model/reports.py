"""The canonical report as attrs classes, one class per object in the JSON Schema.

Each class mirrors one ``$defs`` entry of the LATEST schema version,
``schemas/<version>/report.schema.json``: the same fields, with the same constraints.
Minor versions only add, so the model also reads every earlier 1.x document. Optional fields
default to ``None`` and are left out of the JSON form when they are ``None``.
Convert to and from JSON-compatible data with :mod:`inspection_schema.model.converter`.
"""

from __future__ import annotations

import datetime
import re
from collections.abc import Callable
from typing import Any, Literal, Union

from attrs import Attribute, AttrsInstance, field, fields, frozen, validators

from inspection_schema.spec.patterns import (
    CODE_PATTERN,
    EVENT_NUMBER_PATTERN,
    GUIDE_PARAGRAPH_PATTERN,
    PROVISION_PATTERN,
    REGULATION_TEXT_PATTERN,
    SHA256_PATTERN,
    URN_PATTERN,
    YEAR_MONTH_PATTERN,
)

# The closed vocabularies as types. They mirror the codelists and the schema's enums; the tests
# hold all three to each other (tests/spec/test_codelist_facts.py, the parity test).
SchemaVersion = Literal["1.0", "1.1", "1.2"]
AreaJudgement = Literal["outstanding", "good", "requires_improvement_to_be_good", "inadequate"]
"""A grade on the four-point scale."""
SecureAreaJudgement = Literal[
    "outstanding", "good", "requires_improvement_to_be_good", "inadequate", "not_judged"
]
"""The judgement of an area Ofsted may record as not judged: a secure children's home's
education and learning, and health (``not_judged`` since 1.2)."""
InterimJudgement = Literal[
    "improved_effectiveness", "sustained_effectiveness", "declined_effectiveness", "not_judged"
]
Area = Literal[
    "overall_experiences_and_progress",
    "helped_and_protected",
    "leaders_and_managers",
    "education_and_learning",
    "health",
]

Validator = Callable[[Any, "Attribute[Any]", Any], Any]
"""An attrs validator: called with the instance, the attribute and the value."""

_text: Validator = validators.min_len(1)
_code: Validator = validators.matches_re(CODE_PATTERN)
_urn: Validator = validators.matches_re(URN_PATTERN)
_event_number: Validator = validators.matches_re(EVENT_NUMBER_PATTERN)
_year_month: Validator = validators.matches_re(YEAR_MONTH_PATTERN)
_count: Validator = validators.ge(0)


def _non_empty_items(_instance: object, attribute: Attribute[Any], value: list[str] | None) -> None:
    if value is not None and any(len(item) == 0 for item in value):
        raise ValueError(f"{attribute.name} has an empty item")


def _optional(*checks: Validator) -> Validator:
    """The checks, when the value is not ``None``."""
    return validators.optional(validators.and_(*checks))


def _require_one(instance: AttrsInstance) -> None:
    """Raise if every field of an object whose fields are all optional is absent."""
    if all(getattr(instance, item.name) is None for item in fields(type(instance))):
        raise ValueError(f"{type(instance).__name__} needs at least one of its fields")


@frozen(kw_only=True)
class Provider:
    name: str = field(validator=_text)
    address: str | None = field(default=None, validator=_optional(_text))


@frozen(kw_only=True)
class DateRange:
    start: datetime.date
    end: datetime.date


@frozen(kw_only=True)
class Judgements:
    overall_experiences_and_progress: AreaJudgement
    helped_and_protected: AreaJudgement
    leaders_and_managers: AreaJudgement
    education_and_learning: SecureAreaJudgement | None = None
    """Secure children's homes only (since 1.1); may be ``not_judged`` (since 1.2)."""
    health: SecureAreaJudgement | None = None
    """Secure children's homes only (since 1.1); may be ``not_judged`` (since 1.2)."""


@frozen(kw_only=True)
class MonitoringJudgements:
    """The grades Ofsted recorded for a monitoring inspection (since 1.2): at least one."""

    overall_experiences_and_progress: AreaJudgement | None = None
    helped_and_protected: AreaJudgement | None = None
    leaders_and_managers: AreaJudgement | None = None

    def __attrs_post_init__(self) -> None:
        _require_one(self)


@frozen(kw_only=True)
class LastInspection:
    date: datetime.date
    overall_judgement: str | None = field(default=None, validator=_optional(_code))


@frozen(kw_only=True)
class EnforcementAction:
    taken: bool
    description: str | None = field(default=None, validator=_optional(_text))


@frozen(kw_only=True)
class HistoryEntry:
    date: datetime.date
    inspection_type: str = field(validator=_code)
    judgement: str | None = field(default=None, validator=_optional(_code))


@frozen(kw_only=True)
class AreaNarrative:
    area: Area
    judgement: AreaJudgement
    paragraphs: list[str] = field(validator=_non_empty_items)


@frozen(kw_only=True)
class RegulationReference:
    text: str = field(validator=validators.matches_re(REGULATION_TEXT_PATTERN, func=re.match))
    regulation: int = field(validator=validators.ge(1))
    provisions: list[str] = field(
        validator=validators.deep_iterable(validators.matches_re(PROVISION_PATTERN))
    )


@frozen(kw_only=True)
class Requirement:
    text: list[str] = field(validator=_non_empty_items)
    regulations: list[RegulationReference]
    gloss: list[str] | None = field(default=None, validator=_non_empty_items)
    due_date: datetime.date | None = None


@frozen(kw_only=True)
class GuideReference:
    text: str = field(validator=_text)
    page: int | None = field(default=None, validator=_optional(validators.ge(1)))
    paragraphs: list[str] | None = field(
        default=None,
        validator=_optional(
            validators.deep_iterable(validators.matches_re(GUIDE_PARAGRAPH_PATTERN))
        ),
    )


@frozen(kw_only=True)
class Recommendation:
    text: str = field(validator=_text)
    guide_reference: GuideReference | None = None


@frozen(kw_only=True)
class Inspector:
    name: str = field(validator=_text)
    role: str = field(validator=_code)


@frozen(kw_only=True)
class Provenance:
    source_sha256: str = field(validator=validators.matches_re(SHA256_PATTERN))
    source_name: str | None = field(default=None, validator=_optional(_text))
    extractor: str | None = field(default=None, validator=_optional(_text))
    section_pages: dict[str, int] | None = field(
        default=None,
        validator=_optional(
            validators.deep_mapping(
                key_validator=validators.instance_of(str), value_validator=validators.ge(1)
            )
        ),
    )


@frozen(kw_only=True)
class AgeRange:
    """The ages of the children a home cares for, in years (since 1.2): at least one bound."""

    minimum: int | None = field(default=None, validator=_optional(_count))
    maximum: int | None = field(default=None, validator=_optional(_count))

    def __attrs_post_init__(self) -> None:
        _require_one(self)


@frozen(kw_only=True)
class LastVisit:
    """Ofsted's last visit, as 'Information about this children's home' states it (since 1.2)."""

    date: datetime.date
    kind: str | None = field(default=None, validator=_optional(_code))


@frozen(kw_only=True)
class HomeFacts:
    """Facts 'Information about this children's home' states (since 1.2): at least one."""

    registered_places: int | None = field(default=None, validator=_optional(_count))
    age_range: AgeRange | None = None
    needs: list[str] | None = field(default=None, validator=_non_empty_items)
    manager_registered: str | None = field(default=None, validator=_optional(_year_month))
    """The month the current manager registered with Ofsted, ``YYYY-MM``."""
    last_visit: LastVisit | None = None
    short_break_only: bool | None = None
    multi_building: bool | None = None

    def __attrs_post_init__(self) -> None:
        _require_one(self)


@frozen(kw_only=True)
class _ReportBase:
    """Fields every kind of report has."""

    schema_version: SchemaVersion
    urn: str = field(validator=_urn)
    event_number: str | None = field(default=None, validator=_optional(_event_number))
    """Ofsted's inspection event number (since 1.1)."""
    provider: Provider
    framework: str | None = field(default=None, validator=_optional(_code))
    provision_type: str | None = field(default=None, validator=_optional(_code))
    sector: str | None = field(default=None, validator=_optional(_code))
    """Who runs the setting (codelist: sector; since 1.2)."""
    responsible_individual: str | None = field(default=None, validator=_optional(_text))
    registered_manager: str | None = field(default=None, validator=_optional(_text))
    home_information: list[str] | None = field(default=None, validator=_non_empty_items)
    home_facts: HomeFacts | None = None
    """The facts ``home_information`` states, in structured form (since 1.2)."""
    inspection_dates: DateRange
    publication_date: datetime.date | None = None
    """The date Ofsted published the report (since 1.1)."""
    requirements_preamble: str | None = field(default=None, validator=_optional(_text))
    requirements: list[Requirement] | None = None
    recommendations: list[Recommendation] | None = None
    inspection_information: str | None = field(default=None, validator=_optional(_text))
    inspectors: list[Inspector]
    copyright_year: int | None = field(
        default=None, validator=_optional(validators.ge(2000), validators.le(2100))
    )
    provenance: Provenance | None = None


@frozen(kw_only=True)
class _HistoryFields(_ReportBase):
    """Fields of the kinds that state the previous inspection and the history."""

    last_inspection: LastInspection | None = None
    enforcement_action: EnforcementAction | None = None
    inspection_history: list[HistoryEntry] | None = None


@frozen(kw_only=True)
class FullReport(_HistoryFields):
    """A full inspection: three area judgements and a summary sentence."""

    report_kind: Literal["full"] = "full"
    judgements: Judgements
    summary: str = field(validator=_text)
    area_narratives: list[AreaNarrative] | None = None


@frozen(kw_only=True)
class InterimReport(_HistoryFields):
    """An interim inspection: one judgement relative to the last full inspection."""

    report_kind: Literal["interim"] = "interim"
    interim_judgement: InterimJudgement
    judgement_statement: str | None = field(default=None, validator=_optional(_text))
    findings: list[str] | None = field(default=None, validator=_non_empty_items)


@frozen(kw_only=True)
class MonitoringReport(_HistoryFields):
    """A monitoring visit or inspection: usually ungraded (grades Ofsted recorded since 1.2)."""

    report_kind: Literal["monitoring"] = "monitoring"
    judgements: MonitoringJudgements | None = None
    findings: list[str] | None = field(default=None, validator=_non_empty_items)


@frozen(kw_only=True)
class AssuranceReport(_HistoryFields):
    """An assurance inspection or visit: ungraded, with its outcome kept verbatim."""

    report_kind: Literal["assurance"] = "assurance"
    outcome_statement: str | None = field(default=None, validator=_optional(_text))
    findings: list[str] | None = field(default=None, validator=_non_empty_items)


@frozen(kw_only=True)
class EmergencyReport(_HistoryFields):
    """An emergency inspection: ungraded."""

    report_kind: Literal["emergency"] = "emergency"
    findings: list[str] | None = field(default=None, validator=_non_empty_items)


Report = Union[FullReport, InterimReport, MonitoringReport, AssuranceReport, EmergencyReport]  # noqa: UP007 (a runtime union cattrs can dispatch on)

REPORT_CLASSES: dict[str, type[Report]] = {
    "full": FullReport,
    "interim": InterimReport,
    "monitoring": MonitoringReport,
    "assurance": AssuranceReport,
    "emergency": EmergencyReport,
}
"""Report class for each ``report_kind`` code."""
