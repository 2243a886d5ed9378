"""A one-argument function's results, kept for the arguments it was lately called with.

Documents repeat their dates, their regulation references and the standards they quote,
and a batch's failing documents break at the same pointers: each distinct argument is
worked out once while it is among the last few thousand seen. The table is bounded (it
starts again when full), and every read of it is one dictionary look-up, so a thread that
empties it while another reads it costs a second computation, never an error. A loop over
many values may read :attr:`BoundedMemo.known` itself and call the memo only on a miss.
"""

from __future__ import annotations

import functools
from collections.abc import Callable, Hashable
from typing import Generic, TypeVar

__all__ = ["MOST_KEPT", "BoundedMemo"]

K = TypeVar("K", bound=Hashable)
V = TypeVar("V")

MOST_KEPT = 4096
"""How many arguments a memo keeps before it starts again."""


class BoundedMemo(Generic[K, V]):
    """``compute``, remembering its result for each of the last few thousand arguments
    (used as a decorator: ``@BoundedMemo``)."""

    __name__: str  # the function's, as its docstring is (set by update_wrapper)

    def __init__(self, compute: Callable[[K], V], most: int = MOST_KEPT) -> None:
        functools.update_wrapper(self, compute)
        self.compute = compute
        self.most = most
        self.known: dict[K, V] = {}
        """Each argument seen lately and its result."""

    def __call__(self, argument: K) -> V:
        try:
            return self.known[argument]
        except KeyError:
            pass
        if len(self.known) >= self.most:
            self.known.clear()
        value = self.known[argument] = self.compute(argument)
        return value
