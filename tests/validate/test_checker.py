"""The per-document check as a library gives it: status, version, findings, no exceptions."""

from __future__ import annotations

from typing import Any

from inspection_schema.spec.versions import supported_versions
from inspection_schema.validate.checker import CheckOptions, check_document, check_inputs, validate
from tests.support import EXAMPLES, load_example


def test_a_valid_document_is_valid_under_its_declared_version() -> None:
    document = load_example(EXAMPLES[0])
    result = check_document(document, source="report.json")
    assert result.status == "valid"
    assert result.schema_version == document["schema_version"]
    assert result.findings == []
    assert result.problem is None
    assert result.location == "report.json"


def test_an_unknown_declared_version_is_unreadable_not_an_exception() -> None:
    document = {**load_example(EXAMPLES[0]), "schema_version": "9.9"}
    result = check_document(document, line=3, source="batch.jsonl")
    assert result.status == "unreadable"
    assert result.problem is not None
    assert result.problem.code == "input-unknown-version"
    assert "'9.9'" in result.problem.message
    assert ", ".join(supported_versions()) in result.problem.message
    assert result.location == "batch.jsonl:3"


def test_warnings_count_only_when_asked(full_report: dict[str, Any]) -> None:
    full_report["requirements"][0]["due_date"] = full_report["inspection_dates"]["end"]
    assert {f.severity for f in validate(full_report)} == {"warning"}
    assert check_document(full_report).status == "valid"
    assert check_document(full_report, CheckOptions(warnings_as_errors=True)).status == "invalid"


def test_a_pinned_version_overrides_the_declared_one() -> None:
    document = load_example(EXAMPLES[0])
    pinned = supported_versions()[-1]
    assert check_document(document, CheckOptions(schema_version=pinned)).schema_version == pinned


def test_check_inputs_gives_one_result_per_document_in_order(tmp_path: Any) -> None:
    good = tmp_path / "good.json"
    good.write_bytes(EXAMPLES[0].read_bytes())
    broken = tmp_path / "broken.json"
    broken.write_text("{", encoding="utf-8")
    results = list(check_inputs([str(good), str(broken), str(tmp_path / "missing.json")]))
    assert [r.status for r in results] == ["valid", "unreadable", "unreadable"]
    assert [r.problem.code for r in results if r.problem] == ["input-not-json", "input-missing"]
