"""A memo gives the function's own results, computes each argument once while it is kept,
and stays within its bound."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from inspection_schema.bounded_memo import BoundedMemo


@given(st.lists(st.integers(-20, 20), max_size=200), st.integers(1, 8))
def test_results_are_the_function_s_and_the_table_stays_bounded(
    arguments: list[int], most: int
) -> None:
    calls: list[int] = []

    def square(number: int) -> int:
        calls.append(number)
        return number * number

    memo = BoundedMemo(square, most)
    for argument in arguments:
        kept = argument in memo.known
        before = len(calls)
        assert memo(argument) == argument * argument
        assert len(calls) == before + (not kept)  # computed only when not kept
        assert len(memo.known) <= most


def test_a_memo_reads_as_the_function_it_wraps() -> None:
    @BoundedMemo
    def twice(text: str) -> str:
        """The text, twice."""
        return text * 2

    assert twice("ab") == "abab"
    assert twice.__doc__ == "The text, twice."
    assert twice.__name__ == "twice"
