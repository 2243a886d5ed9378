"""The extraction runner asks the command for the case file's schema version."""

from __future__ import annotations

from pathlib import Path

from inspection_schema import conformance
from inspection_schema.conformance.extraction import extraction_arguments
from tests.support import SUITE

REPORT = Path("inputs/r.txt")


def test_the_version_goes_before_the_input_or_where_the_command_says() -> None:
    assert extraction_arguments("ex {input}", REPORT, "1.0") == [
        "ex",
        "--schema-version",
        "1.0",
        str(REPORT),
    ]
    assert extraction_arguments("ex --as={version} {input} -q", REPORT, "1.2") == [
        "ex",
        "--as=1.2",
        str(REPORT),
        "-q",
    ]
    assert extraction_arguments("ex", REPORT, "1.1") == [
        "ex",
        "--schema-version",
        "1.1",
        str(REPORT),
    ]


def test_each_versions_extraction_cases_pass_with_this_packages_extractor() -> None:
    for version in ("1.0", "1.2"):
        result = conformance.run_extraction(SUITE, version, conformance.DEFAULT_EXTRACT_COMMAND)
        assert len(result.cases) >= 2
        assert result.failed == [], [case.describe() for case in result.failed]
