"""Every extraction problem belongs to exactly one outcome, which its class says."""

from __future__ import annotations

from pathlib import Path

import pytest

from inspection_schema.extract import refusals
from inspection_schema.extract.batch import Extracted, Tally
from inspection_schema.extract.refusals import ExtractionError, Failed, Refused, Unreadable

_OUTCOMES = {Unreadable: "unreadable", Refused: "refused", Failed: "failed"}


def _problems() -> list[type[ExtractionError]]:
    return [
        value
        for value in vars(refusals).values()
        if isinstance(value, type)
        and issubclass(value, ExtractionError)
        and value not in {ExtractionError, *_OUTCOMES}
    ]


@pytest.mark.parametrize("problem", _problems(), ids=lambda cls: cls.__name__)
def test_each_problem_has_exactly_one_outcome(problem: type[ExtractionError]) -> None:
    outcomes = [name for base, name in _OUTCOMES.items() if issubclass(problem, base)]
    assert len(outcomes) == 1


def test_the_problems_sort_as_documented() -> None:
    def of(error: ExtractionError) -> str:
        return refusals.outcome(error)

    assert of(refusals.EncryptedPdf()) == "unreadable"
    assert of(refusals.NoTextLayer()) == "unreadable"
    assert of(refusals.UnreadableInput("does not exist")) == "unreadable"
    assert of(refusals.NotAnInspectionReport("it reads as a letter")) == "refused"
    assert of(refusals.UnsupportedLayout("is in an older layout")) == "refused"
    assert of(refusals.IncompleteReport("names no inspectors")) == "failed"
    assert of(refusals.ExtractorFault("could not be extracted")) == "failed"


def test_a_tally_counts_by_class() -> None:
    tally = Tally()
    for error in (refusals.EncryptedPdf(), refusals.NotAnInspectionReport("x"), None):
        tally.add(Extracted(Path("report.pdf"), error=error))
    assert str(tally) == "extracted 1, refused 1, unreadable 1, failed 0"
    assert not tally.all_extracted


def test_messages_are_one_line() -> None:
    assert refusals.IncompleteReport("has no\n  inspection   dates").message == (
        "has no inspection dates"
    )
