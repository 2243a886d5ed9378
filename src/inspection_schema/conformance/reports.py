"""Reading a validator's findings report: what it says about each document.

The report must follow ``schemas/findings-report-1.1.schema.json`` (format 1.1, any tool's
name) or ``findings-report.schema.json`` (format 1.0, validate-report's own). A report
whose envelope breaks the schema (no ``documents`` list, no summary) cannot be used and
raises :class:`~inspection_schema.conformance.commands.RunnerError`; an entry of
``documents`` that breaks it (a finding code in capitals, a missing status) fails only
its own case, with the reason.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from functools import cache
from typing import Any

import jsonschema

from inspection_schema.conformance.cases import FindingKey
from inspection_schema.conformance.commands import RunnerError
from inspection_schema.spec.registry import registry
from inspection_schema.spec.resources import load_json
from inspection_schema.validate.findings import pointer

__all__ = ["REPORT_SCHEMAS", "Outcome", "read_report"]

REPORT_SCHEMAS = {"1.0": "findings-report.schema.json", "1.1": "findings-report-1.1.schema.json"}
"""The findings-report schema of each report format, by its path under the schemas folder."""
_NEWEST = max(REPORT_SCHEMAS, key=lambda version: tuple(map(int, version.split("."))))


@dataclass(frozen=True)
class Outcome:
    """What a validator said about one case's instance (``problem``: why it said nothing)."""

    valid: bool | None
    findings: frozenset[FindingKey]
    problem: str | None = None


@cache
def _checker(report_format: str) -> jsonschema.Draft202012Validator:
    schema = load_json(REPORT_SCHEMAS.get(report_format, REPORT_SCHEMAS[_NEWEST]))
    return jsonschema.Draft202012Validator(schema, registry=registry())


def _problems(report: Any) -> tuple[list[str], dict[int, str]]:
    """The report's problems: with its envelope, and with each entry of ``documents``."""
    report_format = report.get("report_format") if isinstance(report, dict) else None
    name = REPORT_SCHEMAS.get(str(report_format), REPORT_SCHEMAS[_NEWEST])
    envelope: list[str] = []
    entries: dict[int, str] = {}
    try:
        errors: Iterable[Any] = list(_checker(str(report_format)).iter_errors(report))
    except RecursionError:
        return [f"the command's report is nested too deeply to check against {name}"], {}
    for error in sorted(errors, key=lambda e: list(map(str, e.absolute_path))):
        where = list(error.absolute_path)
        message = f"{pointer(*where) or '(whole report)'}: {error.message}"
        if len(where) >= 2 and where[0] == "documents" and isinstance(where[1], int):
            entries.setdefault(where[1], f"its report entry does not follow {name} at {message}")
        else:
            envelope.append(f"the command's report does not follow {name} at {message}")
    return envelope, entries


def _outcome(document: dict[str, Any]) -> Outcome:
    status = document["status"]
    findings = frozenset((f["code"], f["path"]) for f in document["findings"])
    problem = document.get("problem", {}).get("message") if status == "unreadable" else None
    return Outcome(None if status == "unreadable" else status == "valid", findings, problem)


def read_report(report: Any) -> dict[str, Outcome]:
    """Each document's outcome, by its ``source``; raise if the report cannot be used."""
    envelope, entries = _problems(report)
    if envelope:
        raise RunnerError(envelope[0])
    found: dict[str, Outcome] = {}
    for index, document in enumerate(report["documents"]):
        source = document.get("source") if isinstance(document, dict) else None
        if not isinstance(source, str):
            continue
        if index in entries:
            found[source] = Outcome(None, frozenset(), entries[index])
        else:
            found[source] = _outcome(document)
    return found
