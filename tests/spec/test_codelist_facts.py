"""The domain facts read from the codelists, and everything that must agree with them."""

from __future__ import annotations

import datetime
from typing import get_args

import pytest

from inspection_schema.extract.kinds import KIND_TITLE, kind_of_title
from inspection_schema.model import (
    REPORT_CLASSES,
    Area,
    AreaJudgement,
    InterimJudgement,
    SecureAreaJudgement,
)
from inspection_schema.rules.judgements import classify_summary
from inspection_schema.spec import codelists
from inspection_schema.spec.quotes import PLAIN_DASHES, STRAIGHT_QUOTES


def test_the_scale_is_best_first() -> None:
    assert codelists.grades() == (
        "outstanding",
        "good",
        "requires_improvement_to_be_good",
        "inadequate",
    )


def test_the_model_types_are_the_codelists() -> None:
    assert get_args(AreaJudgement) == codelists.grades()
    assert get_args(SecureAreaJudgement) == (*codelists.grades(), codelists.NOT_JUDGED)
    assert get_args(InterimJudgement) == codelists.interim_judgements()
    assert get_args(Area) == codelists.codes("judgement-area")
    assert tuple(REPORT_CLASSES) == codelists.codes("report-kind")


def test_areas_every_home_is_judged_on_and_the_extra_ones() -> None:
    assert codelists.judgement_areas() == (
        "overall_experiences_and_progress",
        "helped_and_protected",
        "leaders_and_managers",
    )
    assert codelists.overall_area() == "overall_experiences_and_progress"
    assert codelists.provision_types_with_extra_areas() == ("secure_childrens_home",)
    assert codelists.extra_areas("secure_childrens_home") == ("education_and_learning", "health")
    assert codelists.extra_areas("childrens_home") == ()
    provision_types = codelists.codelist("provision-type")
    assert all(p in provision_types for p in codelists.provision_types_with_extra_areas())


@pytest.mark.parametrize("grade", codelists.grades())
def test_each_standard_summary_sentence_is_recognised_as_its_grade(grade: str) -> None:
    sentences = codelists.summary_sentences(grade)
    assert sentences
    for sentence in sentences:
        assert classify_summary(sentence) == grade
        assert classify_summary(sentence.upper()) == grade


def test_every_grade_is_tried_once_when_classifying() -> None:
    tried = [grade for grade, _ in codelists.summary_markers()]
    assert sorted(tried) == sorted(codelists.grades())
    assert tried[0] == "requires_improvement_to_be_good"


def test_periods() -> None:
    assert codelists.period("inspection-type", "interim") == (None, datetime.date(2022, 3, 31))
    assert codelists.period("inspection-type", "assurance") == (datetime.date(2022, 4, 1), None)
    assert codelists.period("framework", "sccif") == (datetime.date(2017, 4, 1), None)
    assert codelists.period("inspection-type", "full") == (None, None)
    assert codelists.period("inspection-type", "no_such_type") == (None, None)


@pytest.mark.parametrize("kind", codelists.codes("report-kind"))
def test_each_title_line_names_its_kind(kind: str) -> None:
    title = codelists.title_line(kind)
    assert kind_of_title(title) == kind
    found = KIND_TITLE.search(f"1234567 Registered provider: A Ltd {title} Inspected under")
    assert found is not None
    assert kind_of_title(found.group(0)) == kind


def test_wordings_compare_in_plain_quotes_and_dashes() -> None:
    for form, plain in {**STRAIGHT_QUOTES, **PLAIN_DASHES}.items():
        assert codelists.normalise_wording(f"a{form}b") == f"a{plain}b"
    assert codelists.codelist("provision-type").code_for("Secure children\u2019s home") == (
        "secure_childrens_home"
    )
