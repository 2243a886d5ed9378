"""The document context: each shared part computed once, on first use, and wrong types read as
absent."""

from __future__ import annotations

import datetime
from typing import Any

import pytest

from inspection_schema.rules import DocumentContext, rule_findings
from inspection_schema.rules.regulation_references import Citations
from tests.support import load_example


def test_a_part_is_computed_on_first_use_and_then_kept() -> None:
    context = DocumentContext(load_example("2515609-full-2021-10-12.json"))
    assert "requirements" not in vars(context)
    rows = context.requirements
    assert "requirements" in vars(context)
    assert context.requirements is rows
    assert "history" not in vars(context)


def test_one_walk_of_the_requirements_gives_every_column() -> None:
    document = load_example("2515609-full-2021-10-12.json")
    requirements = document["requirements"]
    context = DocumentContext(document)
    assert context.due[1] == datetime.date.fromisoformat(requirements[1]["due_date"])
    for part in ("requirements", "due", "due_days", "regulations"):
        assert part in vars(context), part  # computed with the first one asked for
    assert context.requirements == requirements
    assert context.regulations == [r["regulations"] for r in requirements]
    assert context.due_days == [d for d in context.due if d is not None]
    assert len(context.due_days) == sum("due_date" in r for r in requirements)


def test_one_walk_of_the_citations_serves_the_regulation_rules() -> None:
    document = load_example("2515609-full-2021-10-12.json")
    requirements = document["requirements"]
    citations = DocumentContext(document).derived(Citations)
    assert (citations.out_of_range, citations.disagreeing, citations.misquoting) == ([], [], [])
    quoting = max(i for i, r in enumerate(requirements) if " standard is" in r["text"][0])
    first = requirements[1]["regulations"][0]
    first["regulation"] = 99
    requirements[2]["regulations"][0]["text"] = "Regulation 12(9)"
    requirements[quoting]["regulations"] = ["12", {"regulation": 40, "text": "Regulation 40"}]
    citations = DocumentContext(document).derived(Citations)
    assert citations.out_of_range == [(1, 0, 99)]
    assert [(i, p, text) for i, p, text, _ in citations.disagreeing] == [
        (1, 0, first["text"]),
        (2, 0, "Regulation 12(9)"),
    ]
    assert [(i, cited) for i, _, _, cited in citations.misquoting] == [(1, [99]), (quoting, [40])]


@pytest.mark.parametrize(
    ("number", "misquotes"),
    [(6, True), (6.0, False), (True, False)],
)
def test_only_a_whole_number_counts_as_the_regulation_a_citation_gives(
    number: Any, misquotes: bool
) -> None:
    # A citation equal to the one its text names, but for the number's type: the rules read
    # only an integer as the regulation cited, as they do for any other citation.
    text = "Regulation 6" if number == 6 else "Regulation 1"
    citation = {"text": text, "regulation": number, "provisions": [text.split()[1]]}
    requirement = {
        "text": ["The children's views, wishes and feelings standard is that children..."],
        "regulations": [citation],
    }
    for _ in range(2):  # the text read afresh, then read again
        citations = DocumentContext({"requirements": [requirement]}).derived(Citations)
        assert (citations.out_of_range, citations.disagreeing) == ([], [])
        assert bool(citations.misquoting) is misquotes


def test_a_citation_with_more_than_its_text_names_is_looked_at_closely() -> None:
    citation = {"text": "Regulation 6", "regulation": 6, "provisions": ["6"]}
    requirement = {"text": ["Text."], "regulations": [citation]}
    assert DocumentContext({"requirements": [requirement]}).derived(Citations).disagreeing == []
    requirement["regulations"] = [{**citation, "provisions": ["6", "6(1)"]}, citation, 5]
    citations = DocumentContext({"requirements": [requirement]}).derived(Citations)
    assert [(i, p) for i, p, _, _ in citations.disagreeing] == [(0, 0)]


def test_history_rows_carry_their_dates_types_and_judgements() -> None:
    document = load_example("1252023-full-2023-01-31.json")
    rows = document["inspection_history"]
    context = DocumentContext(document)
    assert [(index, kind, judgement) for index, _, kind, judgement in context.history] == [
        (index, row["inspection_type"], row.get("judgement")) for index, row in enumerate(rows)
    ]
    assert context.history_days == [datetime.date.fromisoformat(row["date"]) for row in rows]


def test_values_of_the_wrong_type_read_as_absent() -> None:
    context = DocumentContext(
        {
            "report_kind": 3,
            "inspection_dates": {"start": "2021-02-30", "end": 20210301},
            "requirements": ["not an object", {"due_date": "soon", "regulations": "12"}],
            "inspection_history": {"not": "a list"},
            "last_inspection": [],
        }
    )
    assert (context.kind, context.start, context.end) == (None, None, None)
    assert [dict(data) for data in context.requirements] == [
        {},
        {"due_date": "soon", "regulations": "12"},
    ]
    assert context.due == [None, None]
    assert context.regulations == [None, "12"]
    assert (
        DocumentContext({"requirements": [5, {"regulations": "12"}]}).derived(Citations).misquoting
        == []
    )
    assert context.due_days == []
    assert context.history == []
    assert dict(context.last_inspection) == {}
    assert dict(context.judgements) == {}


def test_a_derived_part_is_computed_once_for_all_the_rules_that_ask() -> None:
    context = DocumentContext({"summary": "text"})
    calls: list[int] = []

    def count(document: DocumentContext) -> Any:
        calls.append(1)
        return document.get("summary")

    assert context.derived(count) == "text"
    assert context.derived(count) == "text"
    assert calls == [1]


def test_a_document_that_is_not_an_object_gets_no_rule_findings() -> None:
    assert rule_findings([1, 2]) == []
    assert rule_findings("report") == []
