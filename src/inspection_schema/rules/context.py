"""What the rules read from one document, each part worked out once, on first use.

:func:`inspection_schema.rules.run_rules` makes one :class:`DocumentContext` per document
and hands it to every rule. A rule asks the context for what it needs (the inspection's
first day, the requirement rows with their due dates parsed, the history rows with theirs).
The report kind and the inspection's dates, which most rules read, are read when the
context is made; every part that walks a list is computed the first time a rule asks for
it and kept for the others. So a document's dates are parsed once and its requirements
walked once, however many rules read them, and a part no rule asks for is never computed.

Values of the wrong type read as absent (see :mod:`~inspection_schema.rules.json_access`):
the schema reports them, and the rules check only what has the expected type.
"""

from __future__ import annotations

import datetime
from collections.abc import Callable, Mapping, Sequence
from typing import Any, Generic, TypeVar, overload

from inspection_schema.rules.json_access import EMPTY, as_date, as_dict, date_from_text
from inspection_schema.spec.codelists import overall_area

T = TypeVar("T")


class lazy(Generic[T]):  # noqa: N801  (used as a decorator, like functools.cached_property)
    """A property computed on first access and then stored on the instance.

    Like :func:`functools.cached_property`, without its lock: a context belongs to one
    document checked by one thread.
    """

    def __init__(self, compute: Callable[[Any], T]) -> None:
        self.compute = compute
        self.name = compute.__name__
        self.__doc__ = compute.__doc__

    @overload
    def __get__(self, instance: None, owner: type[Any]) -> lazy[T]: ...

    @overload
    def __get__(self, instance: object, owner: type[Any] | None = None) -> T: ...

    def __get__(self, instance: object, owner: type[Any] | None = None) -> T | lazy[T]:
        if instance is None:
            return self
        value = self.compute(instance)
        instance.__dict__[self.name] = value  # later reads find it without calling us
        return value


# The parts are plain tuples, cheap to build and unpacked in the rules' loops. Values "as
# given" may have any JSON type; the rules check the type they expect.

Requirement = tuple[int, Mapping[str, Any], datetime.date | None, Any]
"""A requirement: its index, its fields (empty if it is not an object), its due date (where
a valid date) and its ``regulations`` as given."""

DueDate = tuple[int, datetime.date]
"""A requirement's due date, where it is a valid date: the requirement's index and the date."""

Reference = tuple[int, int, Mapping[str, Any]]
"""A regulation a requirement cites: the requirement's index, the citation's index in its
``regulations`` list, and the citation (empty if it is not an object)."""

HistoryRow = tuple[int, datetime.date | None, Any, Any]
"""A row of the inspection history: its index, its date (where valid), and its
``inspection_type`` and ``judgement`` as given."""


class DocumentContext:
    """One document as the rules read it; every part is computed at most once.

    The report kind and the inspection's dates, which most rules read, are read when the
    context is made; the parts that walk a list (requirements, citations, history rows)
    are computed on first use. A part only one topic's rules share (the summary sentence's
    grade, say) is a function of the context in that topic's module, computed once through
    :meth:`derived`.
    """

    def __init__(self, document: Mapping[str, Any]) -> None:
        self.document = document
        self.get: Callable[[str], Any] = document.get
        """A top-level value of the document, or None."""
        kind = document.get("report_kind")
        self.kind: str | None = kind if isinstance(kind, str) else None
        """The report kind, when it is text."""
        dates = document.get("inspection_dates")
        if isinstance(dates, dict):
            self.start, self.end = as_date(dates.get("start")), as_date(dates.get("end"))
        else:
            self.start = self.end = None
        self._derived: dict[Callable[[DocumentContext], Any], Any] = {}

    def derived(self, compute: Callable[[DocumentContext], T]) -> T:
        """``compute(self)``, computed the first time any rule asks and then kept."""
        try:
            return self._derived[compute]  # type: ignore[no-any-return]
        except KeyError:
            value = self._derived[compute] = compute(self)
            return value

    @lazy
    def judgements(self) -> Mapping[str, Any]:
        """A full report's judgement table (empty for other kinds and for a non-object)."""
        return as_dict(self.document.get("judgements")) if self.kind == "full" else EMPTY

    @lazy
    def overall(self) -> Any:
        """A full report's overall judgement, as given."""
        return self.judgements.get(overall_area())

    @lazy
    def requirements(self) -> Sequence[Requirement]:
        """Every requirement, in order."""
        items = self.document.get("requirements")
        if not isinstance(items, list):
            return []
        rows: list[Requirement] = []
        for index, item in enumerate(items):
            data = item if isinstance(item, dict) else EMPTY
            due = data.get("due_date")
            due_date = date_from_text(due) if isinstance(due, str) else None
            rows.append((index, data, due_date, data.get("regulations")))
        return rows

    @lazy
    def due_dates(self) -> Sequence[DueDate]:
        """Every requirement's due date that is a valid date, in order."""
        return [(index, due) for index, _data, due, _regulations in self.requirements if due]

    @lazy
    def references(self) -> Sequence[Reference]:
        """Every citation of every requirement, in order."""
        return [
            (index, position, reference if isinstance(reference, dict) else EMPTY)
            for index, _data, _due, regulations in self.requirements
            if isinstance(regulations, list)
            for position, reference in enumerate(regulations)
        ]

    @lazy
    def history(self) -> Sequence[HistoryRow]:
        """Every row of the inspection history, in order."""
        items = self.document.get("inspection_history")
        if not isinstance(items, list):
            return []
        rows: list[HistoryRow] = []
        for index, item in enumerate(items):
            row = item if isinstance(item, dict) else EMPTY
            day = row.get("date")
            day_date = date_from_text(day) if isinstance(day, str) else None
            rows.append((index, day_date, row.get("inspection_type"), row.get("judgement")))
        return rows

    @lazy
    def last_inspection(self) -> Mapping[str, Any]:
        """The report's statement of the previous inspection (empty if none)."""
        return as_dict(self.document.get("last_inspection"))
