"""The document context: each shared part computed once, on first use, and wrong types read as
absent."""

from __future__ import annotations

import datetime
from typing import Any

from inspection_schema.rules import DocumentContext, rule_findings
from tests.support import load_example


def test_a_part_is_computed_on_first_use_and_then_kept() -> None:
    context = DocumentContext(load_example("2515609-full-2021-10-12.json"))
    assert "requirements" not in vars(context)
    rows = context.requirements
    assert "requirements" in vars(context)
    assert context.requirements is rows
    assert "history" not in vars(context)


def test_requirement_rows_carry_their_due_dates_and_citations() -> None:
    document = load_example("2515609-full-2021-10-12.json")
    context = DocumentContext(document)
    assert len(context.requirements) == len(document["requirements"])
    index, data, due, regulations = context.requirements[1]
    assert (index, data) == (1, document["requirements"][1])
    assert due == datetime.date.fromisoformat(document["requirements"][1]["due_date"])
    assert regulations is document["requirements"][1]["regulations"]
    cited = sum(len(r["regulations"]) for r in document["requirements"])
    assert len(context.references) == cited
    assert [i for i, _ in context.due_dates] == [
        i for i, r in enumerate(document["requirements"]) if "due_date" in r
    ]


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
    assert [(index, dict(data), due) for index, data, due, _ in context.requirements] == [
        (0, {}, None),
        (1, {"due_date": "soon", "regulations": "12"}, None),
    ]
    assert context.references == []
    assert context.due_dates == []
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
