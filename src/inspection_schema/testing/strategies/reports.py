"""Whole reports of every kind and every shipped schema version, as models and as JSON."""

from __future__ import annotations

import datetime
from functools import cache
from typing import Any

import attrs
from hypothesis import strategies as st

from inspection_schema.model import (
    REPORT_CLASSES,
    DateRange,
    FullReport,
    InterimReport,
    MonitoringJudgements,
    Report,
)
from inspection_schema.model.converter import unstructure
from inspection_schema.spec.codelists import NOT_JUDGED, extra_areas, not_judged_areas
from inspection_schema.spec.versions import UnknownSchemaVersion, at_least, supported_versions
from inspection_schema.testing.strategies.dates import inspection_dates
from inspection_schema.testing.strategies.history import (
    enforcement_actions,
    inspection_histories,
    last_inspection,
)
from inspection_schema.testing.strategies.home import home_facts, home_information, sectors
from inspection_schema.testing.strategies.identity import inspectors, provenances, providers, urns
from inspection_schema.testing.strategies.judgements import (
    AREAS,
    GRADES,
    INTERIM_JUDGEMENTS,
    area_narratives,
    judgements,
    summary_sentences,
)
from inspection_schema.testing.strategies.requirements import recommendations, requirements
from inspection_schema.testing.strategies.text import paragraph_lists, person_names, sentences

_PREAMBLE = (
    "This section sets out the actions that the registered person(s) must take to meet the "
    "Care Standards Act 2000, Children's Homes (England) Regulations 2015 and the 'Guide to "
    "the children's homes regulations including the quality standards'. The registered "
    "person(s) must comply within the given timescales."
)
_INSPECTION_INFORMATION = (
    "Inspectors have looked closely at the experiences and progress of children and young "
    "people, using the social care common inspection framework. This inspection was carried "
    "out under the Care Standards Act 2000 to assess the effectiveness of the service, how it "
    "meets the core functions of the service as set out in legislation, and to consider how "
    "well it complies with the Children's Homes (England) Regulations 2015 and the 'Guide to "
    "the children's homes regulations including the quality standards'."
)
_PROVISION_TYPES = (
    "childrens_home",
    "secure_childrens_home",
    "residential_special_school_childrens_home",
)


def _copyright_year(dates_: DateRange) -> st.SearchStrategy[int]:
    """The year of the last day on site or, if that is the first day's year, the next year."""
    return st.sampled_from(sorted({dates_.end.year, dates_.start.year + 1}))


@st.composite
def _common(draw: st.DrawFn, kind: str, version: str) -> dict[str, Any]:
    """Fields every kind has, plus the history fields."""
    dates_ = draw(inspection_dates(kind))
    history = draw(inspection_histories(dates_.start))
    facts = draw(st.none() | home_facts(dates_.start, history))
    information = draw(st.none() | home_information(facts))
    reqs = draw(st.lists(requirements(dates_.end), max_size=3))
    recs = draw(st.lists(recommendations(), max_size=2))
    fields: dict[str, Any] = {
        "schema_version": version,
        "urn": draw(urns()),
        "provider": draw(providers()),
        "framework": draw(st.none() | st.just("sccif")),
        "provision_type": draw(st.none() | st.sampled_from(_PROVISION_TYPES)),
        "responsible_individual": draw(st.none() | person_names()),
        "registered_manager": draw(st.none() | person_names() | st.just("Post vacant")),
        "home_information": information,
        "inspection_dates": dates_,
        "last_inspection": last_inspection(history),
        "enforcement_action": draw(st.none() | enforcement_actions()) if history else None,
        "inspection_history": history or None,
        "requirements_preamble": _PREAMBLE if reqs else None,
        "requirements": reqs or None,
        "recommendations": recs or None,
        "inspection_information": draw(st.none() | st.just(_INSPECTION_INFORMATION)),
        "inspectors": draw(st.lists(inspectors(), min_size=1, max_size=3)),
        "copyright_year": draw(st.none() | _copyright_year(dates_)),
        "provenance": draw(st.none() | provenances()),
    }
    if at_least(version, "1.1"):
        fields["event_number"] = draw(st.none() | st.integers(1_000_000, 99_999_999).map(str))
        fields["publication_date"] = draw(
            st.none()
            | st.integers(5, 60).map(lambda days: dates_.end + datetime.timedelta(days=days))
        )
    if at_least(version, "1.2"):
        fields["sector"] = draw(st.none() | sectors())
        fields["home_facts"] = facts if information is not None else None
    return fields


@cache
@st.composite
def _full_reports(draw: st.DrawFn, version: str) -> Report:
    fields = draw(_common("full", version))
    grades = draw(judgements())
    extra = extra_areas(fields["provision_type"]) if fields["provision_type"] else ()
    if at_least(version, "1.1") and extra:
        may_be_not_judged = not_judged_areas(version)
        extra_grades: dict[str, Any] = {
            area: draw(
                st.sampled_from((*GRADES, NOT_JUDGED) if area in may_be_not_judged else GRADES)
            )
            for area in extra
        }
        grades = attrs.evolve(grades, **extra_grades)
    overall = grades.overall_experiences_and_progress
    if overall == "inadequate" and not fields["requirements"]:
        fields["requirements"] = [draw(requirements(fields["inspection_dates"].end))]
        fields["requirements_preamble"] = _PREAMBLE
    return FullReport(
        **fields,
        judgements=grades,
        summary=draw(summary_sentences(overall)),
        area_narratives=draw(st.none() | area_narratives(grades)),
    )


@cache
@st.composite
def _interim_reports(draw: st.DrawFn, version: str) -> Report:
    return InterimReport(
        **draw(_common("interim", version)),
        interim_judgement=draw(st.sampled_from(INTERIM_JUDGEMENTS)),
        judgement_statement=draw(st.none() | sentences()),
        findings=draw(st.none() | paragraph_lists()),
    )


@st.composite
def _monitoring_grades(draw: st.DrawFn) -> MonitoringJudgements:
    """Some of the three areas' grades (at least one), obeying the limiting rules."""
    grades = draw(judgements())
    kept = draw(st.sets(st.sampled_from(AREAS), min_size=1))
    return MonitoringJudgements(**{area: getattr(grades, area) for area in sorted(kept)})


@st.composite
def _ungraded_reports(draw: st.DrawFn, kind: str, version: str) -> Report:
    extra: dict[str, Any] = {"findings": draw(st.none() | paragraph_lists())}
    if kind == "assurance":
        extra["outcome_statement"] = draw(st.none() | sentences())
    if kind == "monitoring" and at_least(version, "1.2"):
        extra["judgements"] = draw(st.none() | _monitoring_grades())
    return REPORT_CLASSES[kind](**draw(_common(kind, version)), **extra)


@cache
def reports(
    kind: str | None = None, schema_version: str | None = None
) -> st.SearchStrategy[Report]:
    """Valid, realistic reports as model objects.

    Of one ``kind``, or of every kind if None; declaring ``schema_version``, or any version
    this package ships if None. An unknown kind raises ``ValueError``, an unknown version
    :class:`~inspection_schema.spec.versions.UnknownSchemaVersion`.
    """
    if schema_version is None:
        return st.one_of(*(reports(kind, version) for version in supported_versions()))
    if schema_version not in supported_versions():
        raise UnknownSchemaVersion(schema_version)
    if kind is None:
        return st.one_of(*(reports(k, schema_version) for k in REPORT_CLASSES))
    if kind not in REPORT_CLASSES:
        raise ValueError(f"unknown report kind {kind!r}; expected one of {sorted(REPORT_CLASSES)}")
    if kind == "full":
        return _full_reports(schema_version)
    if kind == "interim":
        return _interim_reports(schema_version)
    return _ungraded_reports(kind, schema_version)


@cache
def report_documents(
    kind: str | None = None, schema_version: str | None = None
) -> st.SearchStrategy[dict[str, Any]]:
    """Valid, realistic reports as JSON-compatible dicts (what ``unstructure`` writes)."""
    return reports(kind, schema_version).map(unstructure)
