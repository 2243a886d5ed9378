"""Valid generated documents with one node replaced, deleted, deepened, enlarged or renamed.

Used by the engine-agreement property: each mutation is something a producer could get
wrong, or an attacker could try. Values put in are JSON values (what a file can hold),
with a bias to those the two schema engines were once found to disagree on: year 0000,
empty keys, deep nesting, text ending in a line break.
"""

from __future__ import annotations

import copy
from typing import Any

from hypothesis import strategies as st

from inspection_schema.testing import strategies

Path = tuple[str | int, ...]

TRICKY_TEXT = (
    "",
    " ",
    "0000-01-01",
    "0001-01-01",
    "9999-12-31",
    "2021-02-29",
    "2024-02-29",
    "2021-13-01",
    "2021-1-01",
    "good",
    "Good",
    "requires improvement to be good",
    "Regulation 5 (a)(b)(c)",
    "Regulation 5 (a)(b)(c)\n",
    "Regulation 0",
    "2515609",
    "2515609\n",
    "1.0",
    "1.1",
    "9.9",
    "a\nb",
    "~/",
)
KEYS = st.sampled_from(["", "k", "a/b", "~0", "text", "\n"]) | st.text(max_size=6)
SCALARS = (
    st.none()
    | st.booleans()
    | st.integers(min_value=-(2**63), max_value=2**64 - 1)
    | st.sampled_from([0, 1, -1, 52, 1.0, 0.5, -0.0, 1e308, 2.0**53])
    | st.floats(allow_nan=False, allow_infinity=False)
    | st.text(max_size=20)
    | st.sampled_from(TRICKY_TEXT)
)
JSON_VALUES = st.recursive(
    SCALARS,
    lambda inner: st.lists(inner, max_size=3) | st.dictionaries(KEYS, inner, max_size=3),
    max_leaves=8,
)
DEPTHS = st.sampled_from([1, 2, 3, 40, 255, 256, 700, 1100])


def paths(value: Any, prefix: Path = ()) -> list[Path]:
    """Every node's path, the document's own (``()``) first."""
    found = [prefix]
    if isinstance(value, dict):
        for key, child in value.items():
            found.extend(paths(child, (*prefix, key)))
    elif isinstance(value, list):
        for index, child in enumerate(value):
            found.extend(paths(child, (*prefix, index)))
    return found


def _get(document: Any, path: Path) -> Any:
    for part in path:
        document = document[part]
    return document


def _deepened(value: Any, depth: int, key: str) -> Any:
    for level in range(depth):
        value = [value] if level % 2 else {key: value}
    return value


@st.composite
def _enlarged(draw: st.DrawFn, value: Any) -> Any:
    times = draw(st.sampled_from([2, 50, 1000]))
    if isinstance(value, list):
        return value * times if value else [draw(JSON_VALUES)] * times
    if isinstance(value, dict):
        extra = draw(st.dictionaries(KEYS, JSON_VALUES, min_size=1, max_size=4))
        return {**value, **extra}
    if isinstance(value, str):
        return (value or "x") * times
    if isinstance(value, bool) or value is None:
        return draw(JSON_VALUES)
    if isinstance(value, int):
        return value * times + draw(st.integers(-1, 1))
    return value * times


@st.composite
def mutated_documents(draw: st.DrawFn) -> tuple[str, dict[str, Any]]:
    """A mutation's name and a valid generated document with that mutation made once."""
    document = copy.deepcopy(draw(strategies.report_documents()))
    everywhere = paths(document)
    path = draw(st.sampled_from(everywhere[1:]))
    parent, last = _get(document, path[:-1]), path[-1]
    how = draw(st.sampled_from(["replace", "borrow", "delete", "deepen", "enlarge", "rename"]))
    if how == "replace":
        parent[last] = draw(JSON_VALUES)
    elif how == "borrow":  # a value from elsewhere in the document, of the wrong kind here
        parent[last] = copy.deepcopy(_get(document, draw(st.sampled_from(everywhere))))
    elif how == "delete":
        del parent[last]
    elif how == "deepen":
        parent[last] = _deepened(parent[last], draw(DEPTHS), draw(KEYS))
    elif how == "enlarge":
        parent[last] = draw(_enlarged(parent[last]))
    elif isinstance(parent, dict):  # rename a key
        parent[draw(KEYS)] = parent.pop(last)
    return how, document


def depth(value: Any) -> int:
    """How many levels of objects and lists the value has (iteratively: any depth)."""
    deepest = 0
    stack = [(value, 1)]
    while stack:
        node, level = stack.pop()
        if isinstance(node, dict | list):
            deepest = max(deepest, level)
            children = node.values() if isinstance(node, dict) else node
            stack.extend((child, level + 1) for child in children)
    return deepest


def texts(value: Any) -> list[str]:
    """Every string in the value, keys included."""
    found: list[str] = []
    stack = [value]
    while stack:
        node = stack.pop()
        if isinstance(node, str):
            found.append(node)
        elif isinstance(node, dict):
            found.extend(node)
            stack.extend(node.values())
        elif isinstance(node, list):
            stack.extend(node)
    return found
