"""The canonical report as attrs classes, and the one converter to and from JSON.

The classes live in :mod:`inspection_schema.model.reports` and are importable from here;
the converter (``structure``, ``unstructure``) is :mod:`inspection_schema.model.converter`.
"""

from inspection_schema.model.reports import (
    REPORT_CLASSES,
    Area,
    AreaJudgement,
    AreaNarrative,
    AssuranceReport,
    DateRange,
    EmergencyReport,
    EnforcementAction,
    FullReport,
    GuideReference,
    HistoryEntry,
    Inspector,
    InterimJudgement,
    InterimReport,
    Judgements,
    LastInspection,
    MonitoringReport,
    Provenance,
    Provider,
    Recommendation,
    RegulationReference,
    Report,
    Requirement,
    SchemaVersion,
)

__all__ = [
    "REPORT_CLASSES",
    "Area",
    "AreaJudgement",
    "AreaNarrative",
    "AssuranceReport",
    "DateRange",
    "EmergencyReport",
    "EnforcementAction",
    "FullReport",
    "GuideReference",
    "HistoryEntry",
    "Inspector",
    "InterimJudgement",
    "InterimReport",
    "Judgements",
    "LastInspection",
    "MonitoringReport",
    "Provenance",
    "Provider",
    "Recommendation",
    "RegulationReference",
    "Report",
    "Requirement",
    "SchemaVersion",
]
