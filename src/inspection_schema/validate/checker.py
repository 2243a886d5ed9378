"""Checking documents: the schema version, JSON Schema, then the semantic rules, then a verdict.

>>> from inspection_schema.validate.checker import check_document, validate
>>> findings = validate(document)            # the document's declared version
>>> findings = validate(document, "1.0")     # a pinned version
>>> result = check_document(document)        # a DocumentResult: status, version, findings
>>> findings = validate(document, outcomes=record)  # also held against Ofsted's record

:func:`check_document` is what ``validate-report`` does for each document: it chooses the
schema version once, reports a declared version this package does not ship as an
unreadable document (problem ``input-unknown-version``) instead of raising, and decides
valid or invalid. :func:`check_inputs` does the same for every document of files,
directories, JSON Lines, spreadsheets and standard input, and :func:`check_unit` for one
unit of them (see :mod:`inspection_schema.validate.inputs.units`), which a process pool can
run. Given Ofsted's outcome record (an :class:`~inspection_schema.outcomes.OutcomeIndex`,
loaded once), each document is also cross-checked against it
(:func:`inspection_schema.outcomes.cross_check`).
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass, replace
from typing import TYPE_CHECKING, Any, BinaryIO

from inspection_schema.rules import rule_findings
from inspection_schema.spec.versions import UnknownSchemaVersion, check_version, latest_version
from inspection_schema.validate.findings import Finding, Locator, sort_findings
from inspection_schema.validate.inputs import (
    DEFAULT_MAX_BYTES,
    Loaded,
    Unit,
    load_inputs,
    load_unit,
)
from inspection_schema.validate.results import DocumentResult, Problem
from inspection_schema.validate.schema_engines import Engine, schema_violations
from inspection_schema.validate.schema_findings import to_finding

if TYPE_CHECKING:  # the cross-check is imported only when a record is given
    from inspection_schema.outcomes.index import OutcomeIndex

__all__ = [
    "CheckOptions",
    "check_document",
    "check_inputs",
    "check_loaded",
    "check_unit",
    "is_valid",
    "select_version",
    "unit_results",
    "validate",
]


@dataclass(frozen=True, slots=True)
class CheckOptions:
    """How documents are checked: a pinned version, the schema engine, whether warnings count,
    and Ofsted's outcome record to cross-check each document against (none by default)."""

    schema_version: str | None = None
    engine: Engine = "fast"
    warnings_as_errors: bool = False
    outcomes: OutcomeIndex | None = None


def select_version(document: Any, override: str | None = None) -> str:
    """The schema version to validate against.

    ``override`` wins; otherwise the document's declared ``schema_version``; a
    document that declares none (or not as text) is checked against the newest
    version, which reports the missing declaration. A declared version this package does
    not ship raises :class:`~inspection_schema.spec.versions.UnknownSchemaVersion`.
    """
    if override is not None:
        return check_version(override)
    declared = (
        document.get("schema_version")
        if type(document) is dict or isinstance(document, Mapping)
        else None
    )
    if isinstance(declared, str):
        return check_version(declared)
    return latest_version()


def _findings(
    document: Any, version: str, engine: Engine, outcomes: OutcomeIndex | None = None
) -> list[Finding]:
    violations = schema_violations(document, version, engine)
    findings = rule_findings(document)  # a list of its own
    if violations:  # schema findings first: of two with the same code and path, it is kept
        findings[:0] = map(to_finding, violations)
    if outcomes is not None:
        from inspection_schema.outcomes.crosscheck import cross_check

        findings.extend(cross_check(document, outcomes))
    return sort_findings(findings)


def validate(
    document: Any,
    schema_version: str | None = None,
    engine: Engine = "fast",
    *,
    outcomes: OutcomeIndex | None = None,
) -> list[Finding]:
    """Every finding for one document, without repeats, ordered by pointer.

    With ``outcomes`` (Ofsted's record, from :func:`inspection_schema.outcomes.load_outcomes`),
    the findings of the cross-check with it are included. Raises
    :class:`~inspection_schema.spec.versions.UnknownSchemaVersion` when the version (pinned
    or declared) is not one this package ships.
    """
    return _findings(document, select_version(document, schema_version), engine, outcomes)


def is_valid(findings: list[Finding], *, warnings_as_errors: bool = False) -> bool:
    """Whether findings leave a document valid: no errors (and no warnings, if they count)."""
    return not any(f.is_error or warnings_as_errors for f in findings)


def check_document(
    document: Any,
    options: CheckOptions | None = None,
    *,
    source: str = "<document>",
    line: int | None = None,
) -> DocumentResult:
    """The result for one parsed document; never raises for a bad document."""
    options = options or CheckOptions()
    try:
        version = select_version(document, options.schema_version)
    except UnknownSchemaVersion as error:
        problem = Problem("input-unknown-version", f"declares {error}")
        return DocumentResult(source, line, "unreadable", problem=problem)
    findings = _findings(document, version, options.engine, options.outcomes)
    valid = is_valid(findings, warnings_as_errors=options.warnings_as_errors)
    return DocumentResult(source, line, "valid" if valid else "invalid", version, findings)


def check_loaded(loaded: Loaded, options: CheckOptions | None = None) -> DocumentResult:
    """The result for one input record: its problem if it could not be read, else its check."""
    if loaded.problem is not None:
        return DocumentResult(loaded.source, loaded.line, "unreadable", problem=loaded.problem)
    result = check_document(loaded.document, options, source=loaded.source, line=loaded.line)
    return result if loaded.locator is None else _located(result, loaded.locator)


def _located(result: DocumentResult, locator: Locator) -> DocumentResult:
    """The result with each finding's place in the spreadsheet the document was read from."""
    findings = [replace(f, location=locator.locate(f.path)) for f in result.findings]
    return replace(result, findings=findings)


def check_inputs(
    paths: Iterable[str],
    options: CheckOptions | None = None,
    *,
    max_bytes: int = DEFAULT_MAX_BYTES,
    stdin: BinaryIO | None = None,
) -> Iterator[DocumentResult]:
    """The result for every document in ``paths`` (files, directories, ``-``), in order."""
    for loaded in load_inputs(paths, max_bytes=max_bytes, stdin=stdin):
        result = check_loaded(loaded, options)
        del loaded  # the document goes before the next is read: one in memory at a time
        yield result


def unit_results(
    unit: Unit, options: CheckOptions | None = None, *, max_bytes: int = DEFAULT_MAX_BYTES
) -> Iterator[DocumentResult]:
    """The result for every document of one unit of the inputs, in order, each made as it is
    asked for (a workbook's documents are built and checked one at a time)."""
    for loaded in load_unit(unit, max_bytes):
        result = check_loaded(loaded, options)
        del loaded  # the document goes before the next is read: one in memory at a time
        yield result


def check_unit(
    unit: Unit, options: CheckOptions | None = None, *, max_bytes: int = DEFAULT_MAX_BYTES
) -> list[DocumentResult]:
    """The result for every document of one unit of the inputs, in order, as one list."""
    return list(unit_results(unit, options, max_bytes=max_bytes))
