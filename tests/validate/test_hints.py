"""Hints: near misses of a code, dates as reports print them, field names as Ofsted writes them,
and a report's text or PDF given to validate-report."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

from inspection_schema.spec.codelists import normalise_wording
from inspection_schema.validate import did_you_mean
from inspection_schema.validate.checker import validate
from inspection_schema.validate.did_you_mean import date_hint, hint, suggest_code
from inspection_schema.validate.findings import describe_path
from tests.support import REPORTS

GRADES = ["outstanding", "good", "requires_improvement_to_be_good", "inadequate"]


@pytest.mark.parametrize(
    ("value", "code"),
    [
        ("Good", "good"),  # Ofsted's wording
        ("Goood", "good"),  # near misses
        ("outstandin", "outstanding"),
        ("Outstandng", "outstanding"),
        ("inadequat", "inadequate"),
        ("Requires improvement to be good", "requires_improvement_to_be_good"),
    ],
)
def test_near_misses_of_a_grade(value: str, code: str) -> None:
    assert hint(value, allowed=GRADES) == code


@pytest.mark.parametrize("value", ["banana", "", "very good indeed", "g"])
def test_nothing_near_enough(value: str) -> None:
    assert hint(value, allowed=GRADES) is None


def test_the_allowed_codes_limit_the_suggestion() -> None:
    assert suggest_code("Goood") == "good"
    assert suggest_code("Goood", allowed=["inadequate"]) is None


def test_two_codes_equally_near_give_no_hint() -> None:
    assert suggest_code("abc", allowed=["abcd", "abce"]) is None
    assert suggest_code("abcd", allowed=["abcd", "abce"]) == "abcd"


def test_the_right_code_and_other_types_give_no_hint() -> None:
    assert hint("good", allowed=GRADES) is None
    assert hint(3, allowed=GRADES) is None
    assert hint(None) is None


def _nearest_of_all(wanted: str) -> str | None:
    """The near miss found by comparing with every wording, whatever its length."""
    from difflib import SequenceMatcher

    ratios: dict[str, float] = {}
    for wording, codes in did_you_mean._wordings(None).items():  # noqa: SLF001
        ratio = SequenceMatcher(None, wording, wanted).ratio()
        for code in codes:
            ratios[code] = max(ratios.get(code, 0.0), ratio)
    best = max(ratios.values())
    closest = [code for code, ratio in ratios.items() if ratio == best]
    return closest[0] if best >= did_you_mean.NEAR_ENOUGH and len(closest) == 1 else None


WORDINGS = sorted(did_you_mean._wordings(None))  # noqa: SLF001


@given(
    st.sampled_from(WORDINGS).flatmap(
        lambda wording: st.lists(
            st.tuples(st.integers(0, len(wording)), st.sampled_from(["", "e", "x", "oo", "_a"])),
            max_size=4,
        ).map(lambda edits: _edited(wording, edits))
    )
    | st.text(max_size=30)
)
def test_looking_only_at_wordings_of_near_length_misses_nothing(value: str) -> None:
    wanted = normalise_wording(value)
    if wanted in did_you_mean._wordings(None):  # noqa: SLF001  (an exact wording, not a miss)
        return
    assert did_you_mean._nearest(wanted, did_you_mean._by_length(None)) == _nearest_of_all(  # noqa: SLF001
        wanted
    )


def _edited(wording: str, edits: list[tuple[int, str]]) -> str:
    for place, text in edits:
        wording = wording[:place] + text + wording[place + 1 :]
    return wording


@pytest.mark.parametrize(
    ("value", "iso"),
    [
        ("12/10/2021", "2021-10-12"),  # day first, as Ofsted's tables print it
        ("1/2/2023", "2023-02-01"),
        ("12 October 2021", "2021-10-12"),
        ("1st Feb 2023", "2023-02-01"),
        ("  31 January 2023. ", "2023-01-31"),
    ],
)
def test_printed_dates_get_their_iso_form(value: str, iso: str) -> None:
    assert date_hint(value) == iso


@pytest.mark.parametrize(
    "value", ["31/02/2021", "2021-02-30", "October 2021", "12 Octember 2021", "tomorrow", 20211012]
)
def test_no_iso_form_for_what_is_not_a_printed_date(value: Any) -> None:
    assert date_hint(value) is None


@pytest.mark.parametrize(
    ("path", "words"),
    [
        ("/urn", "URN"),
        ("/provenance/source_sha256", "provenance › source SHA-256"),
        ("/requirements/2/due_date", "requirements item 3 › due date"),
        ("/judgements/helped_and_protected", "judgements › helped and protected"),
        ("", "the document"),
    ],
)
def test_field_names_in_words(path: str, words: str) -> None:
    assert describe_path(path) == words


@pytest.mark.parametrize("engine", ["fast", "reference"])
def test_findings_carry_the_hints(full_report: dict[str, Any], engine: str) -> None:
    full_report["judgements"]["helped_and_protected"] = "Goood"
    full_report["inspection_dates"]["start"] = "12/10/2021"
    full_report["inspectors"][0]["role"] = "Social Care Inspecter"
    del full_report["urn"]
    findings = {f.path: f for f in validate(full_report, engine=engine)}  # type: ignore[arg-type]
    grade = findings["/judgements/helped_and_protected"]
    assert (grade.code, grade.hint) == ("schema-enum", "good")
    assert grade.message.endswith("found 'Goood'. Did you mean 'good'?")
    start = findings["/inspection_dates/start"]
    assert (start.code, start.hint) == ("schema-format", "2021-10-12")
    assert start.message.endswith("found '12/10/2021'. Did you mean '2021-10-12'?")
    assert findings["/inspectors/0/role"].hint == "social_care_inspector"
    assert findings["/urn"].message == "URN is required but missing."


def _validate(path: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "inspection_schema", "validate-report", str(path)],
        capture_output=True,
        text=True,
        check=False,
    )


def test_a_report_text_is_sent_to_extract_report_first() -> None:
    text = REPORTS / "2515609-full-2021-10-12.txt"
    result = _validate(text)
    assert result.returncode == 2
    assert result.stderr.splitlines() == [
        (
            f"validate-report: {text}: is not JSON but text (a report's text, perhaps): "
            f"extract it first: extract-report {text} | validate-report -"
        )
    ]


def test_a_pdf_is_sent_to_extract_report_first(tmp_path: Path) -> None:
    pdf = tmp_path / "report.pdf"
    pdf.write_bytes(b"%PDF-1.7\n\xe2\xe3\xcf\xd3\n")
    result = _validate(pdf)
    assert result.returncode == 2
    assert result.stderr.strip() == (
        f"validate-report: {pdf}: is a PDF, not JSON: "
        f"extract it first: extract-report {pdf} | validate-report -"
    )


def test_broken_json_is_still_reported_as_json(tmp_path: Path) -> None:
    broken = tmp_path / "broken.json"
    broken.write_text('{"urn": "2515609",}', encoding="utf-8")
    assert "is not valid JSON" in _validate(broken).stderr
