"""Findings come without repeats, ordered by pointer (numbers as numbers) then code."""

from __future__ import annotations

from inspection_schema.validate.findings import Finding, make_finding, sort_findings


def _at(path: str, code: str = "due-date-missing", message: str = "first") -> Finding:
    return make_finding(code, path, message)


def test_pointers_sort_by_number_before_name_and_repeats_keep_the_first() -> None:
    findings = [
        _at("/urn", "schema-pattern"),
        _at("/requirements/10/due_date"),
        _at("/requirements/x"),
        _at("/requirements/2/due_date"),
        _at("/requirements/2/due_date", "due-date-unusual"),
        _at("/requirements/2"),
        _at("/requirements/10/due_date", message="second"),
        _at(""),
    ]
    expected = [
        ("", "due-date-missing", "first"),
        ("/requirements/2", "due-date-missing", "first"),
        ("/requirements/2/due_date", "due-date-missing", "first"),
        ("/requirements/2/due_date", "due-date-unusual", "first"),
        ("/requirements/10/due_date", "due-date-missing", "first"),
        ("/requirements/x", "due-date-missing", "first"),
        ("/urn", "schema-pattern", "first"),
    ]
    for _ in range(2):  # the pointers sorted afresh, then again once sorted before
        ordered = sort_findings(findings)
        assert [(f.path, f.code, f.message) for f in ordered] == expected
