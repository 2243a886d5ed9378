"""The line of a JSON Pointer's value, held to a writer that notes each value's line as it
writes the text, with any whitespace a person or a program puts between the tokens."""

from __future__ import annotations

import json
from typing import Any

from hypothesis import given
from hypothesis import strategies as st

from inspection_schema.validate.reporters.source_lines import SourceLines

_KEYS = st.text(st.sampled_from(["a", "~", "/", '"', "\\", "é", "0", " ", "\n"]), max_size=4)
_VALUES = st.recursive(
    st.none() | st.booleans() | st.integers() | st.text(max_size=5) | st.floats(allow_nan=False),
    lambda inner: st.lists(inner, max_size=4) | st.dictionaries(_KEYS, inner, max_size=4),
    max_leaves=25,
)
_GAPS = st.lists(st.sampled_from(["", " ", "\n", "\t", "\r\n", "\n  "]), min_size=400, max_size=400)


def _escaped(key: str) -> str:
    return key.replace("~", "~0").replace("/", "~1")


class _Writer:
    """Writes a value as JSON with the given gaps between tokens, noting each value's line."""

    def __init__(self, gaps: list[str]) -> None:
        self.parts: list[str] = []
        self.line = 1
        self.gaps = iter(gaps)
        self.lines: dict[str, int] = {}

    def put(self, token: str) -> None:
        self.parts.append(token)
        self.line += token.count("\n")
        gap = next(self.gaps, "")
        self.parts.append(gap)
        self.line += gap.count("\n")

    def value(self, value: Any, pointer: str) -> None:
        self.lines[pointer] = self.line
        if isinstance(value, dict):
            self.put("{")
            for number, (key, item) in enumerate(value.items()):
                if number:
                    self.put(",")
                self.put(json.dumps(key))
                self.put(":")
                self.value(item, f"{pointer}/{_escaped(key)}")
            self.put("}")
        elif isinstance(value, list):
            self.put("[")
            for index, item in enumerate(value):
                if index:
                    self.put(",")
                self.value(item, f"{pointer}/{index}")
            self.put("]")
        else:
            self.put(json.dumps(value))


@given(_VALUES, _GAPS, st.sampled_from(["", "\n", " \n\t"]), st.randoms())
def test_each_value_is_on_the_line_it_was_written_on(
    value: Any, gaps: list[str], lead: str, random: Any
) -> None:
    writer = _Writer(gaps)
    writer.line += lead.count("\n")
    writer.parts.append(lead)
    writer.value(value, "")
    text = "".join(writer.parts)
    assert json.loads(text) == value
    pointers = list(writer.lines)
    random.shuffle(pointers)  # asked in any order, each container is scanned once
    lines = SourceLines(text)
    assert {pointer: lines.line_of(pointer) for pointer in pointers} == writer.lines
    for pointer in pointers:  # a member that is not there: the line of its nearest ancestor
        assert lines.line_of(pointer + "/~2missing/0") == writer.lines[pointer]


def test_a_deeply_nested_value_and_a_changed_text_still_give_a_line() -> None:
    deep = "[" * 1000 + "]" * 1000
    text = '{"a":\n' + deep + ',\n"b": 1}'
    assert SourceLines(text).line_of("/b") == 3
    assert SourceLines(text).line_of("/a/0/0/0") == 2
    truncated = '{"a": 1,\n"b": [1, 2'
    assert SourceLines(truncated).line_of("/b/1") == 2  # the array is not closed: its line
