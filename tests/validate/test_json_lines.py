"""JSON Lines inputs: each document keeps its line number, blank lines still count."""

from __future__ import annotations

import io
import json
from pathlib import Path

from inspection_schema.validate.inputs import load_inputs
from inspection_schema.validate.inputs.json_lines import BytesLines, load_lines


def test_line_numbers_count_blank_lines(tmp_path: Path) -> None:
    path = tmp_path / "batch.jsonl"
    path.write_text('{"a": 1}\n\n{"b": 2}\n[3]\n', encoding="utf-8")
    loaded = list(load_inputs([str(path)]))
    assert [item.line for item in loaded] == [1, 3, 4]
    assert [item.location for item in loaded] == [f"{path}:1", f"{path}:3", f"{path}:4"]
    assert loaded[1].document == {"b": 2}
    assert loaded[2].problem is not None
    assert loaded[2].problem.code == "input-not-object"


def test_a_line_over_the_limit_is_skipped_to_its_end() -> None:
    data = b'{"a": "' + b"x" * 100 + b'"}\n{"b": 2}\n'
    loaded = list(load_lines("big.jsonl", io.BytesIO(data), max_bytes=50))
    assert [item.line for item in loaded] == [1, 2]
    assert loaded[0].problem is not None
    assert loaded[0].problem.code == "input-too-large"
    assert loaded[1].document == {"b": 2}


def test_a_file_without_documents_is_empty() -> None:
    loaded = list(load_lines("blank.jsonl", BytesLines(b"\n  \n"), max_bytes=100))
    assert len(loaded) == 1
    assert loaded[0].line is None
    assert loaded[0].problem is not None
    assert loaded[0].problem.code == "input-empty"


def test_standard_input_of_several_lines_is_read_as_json_lines() -> None:
    data = "\n".join(json.dumps({"n": n}) for n in range(3)).encode()
    loaded = list(load_inputs(["-"], stdin=io.BytesIO(data)))
    assert [(item.line, item.document) for item in loaded] == [
        (1, {"n": 0}),
        (2, {"n": 1}),
        (3, {"n": 2}),
    ]
