"""A document rendered where it is checked: the same report, and the same counts, as when
one reporter both renders and writes it."""

from __future__ import annotations

import io
import pickle

import pytest

from inspection_schema.validate.checker import check_document
from inspection_schema.validate.reporters import REPORTERS, Summary, rendered, report_document
from inspection_schema.validate.results import DocumentResult, Problem
from tests.support import EXAMPLES, load_example


def _results() -> list[DocumentResult]:
    broken = load_example(EXAMPLES[0])
    broken["urn"] = "12"
    broken["judgements"]["helped_and_protected"] = "Good"
    problem = Problem("input-not-json", "is not valid JSON: unexpected end of data at line 1")
    return [
        check_document(load_example(EXAMPLES[1]), source="good.json"),
        check_document(broken, source="bad.jsonl", line=3),
        DocumentResult("gone.json", None, "unreadable", problem=problem),
    ]


@pytest.mark.parametrize("report_format", sorted(REPORTERS))
def test_rendering_elsewhere_writes_the_same_report(report_format: str) -> None:
    results = _results()
    direct, relayed = io.StringIO(), io.StringIO()
    writer, renderer = REPORTERS[report_format](direct), REPORTERS[report_format]()
    summary, counted = Summary(), Summary()
    sink = REPORTERS[report_format](relayed)
    for result in results:
        report_document(writer, result)
        summary.add(result)
        # As a --jobs worker sends it: rendered, then pickled to the writing process.
        document = pickle.loads(pickle.dumps(rendered(renderer, result)))
        sink.write(document.text)
        counted.count(document.status, document.errors, document.warnings)
    writer.finish(summary)
    sink.finish(counted)
    assert relayed.getvalue() == direct.getvalue()
    assert counted == summary
    assert (summary.valid, summary.invalid, summary.unreadable) == (1, 1, 1)
    assert summary.errors >= 2


def test_a_rendered_document_keeps_its_place_and_problem() -> None:
    good, bad, gone = (rendered(REPORTERS["text"](), result) for result in _results())
    assert (good.location, good.status, good.errors, good.text) == (
        "good.json",
        "valid",
        0,
        "good.json: valid\n",
    )
    assert bad.location == "bad.jsonl:3"
    assert bad.text.startswith("bad.jsonl:3: invalid (")
    assert bad.errors == bad.text.count("\n  error ")
    assert gone.problem == "is not valid JSON: unexpected end of data at line 1"
    assert gone.text == ""  # the text report leaves unreadable inputs to standard error


@pytest.mark.parametrize("report_format", sorted(REPORTERS))
def test_a_reporter_built_without_a_stream_only_renders(report_format: str) -> None:
    renderer = REPORTERS[report_format]()
    assert isinstance(renderer.render(_results()[1]), str)
    with pytest.raises(ValueError, match="only renders"):
        renderer.write("text")
