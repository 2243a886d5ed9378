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

from inspection_schema.rules.json_access import EMPTY, READ_DATES, as_dict, date_from_text
from inspection_schema.spec.codelists import overall_area

T = TypeVar("T")


class lazy(Generic[T]):  # noqa: N801  (used as a decorator, like functools.cached_property)
    """A property computed on first access and then stored on the instance.

    Like :func:`functools.cached_property`, without its lock: a context belongs to one
    document checked by one thread. A computation may store other parts with its own in
    the instance's ``__dict__`` (one walk of the requirements gives several columns), where
    later reads find them without computing them again.
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


# The parts are lists: a list of plain tuples, cheap to build and unpacked in the rules'
# loops, or a column of one value per item, which a rule can scan at C speed (``min``,
# ``max``, ``in``) before it looks at any item. Values "as given" may have any JSON type;
# the rules check the type they expect.

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
            start, end = dates.get("start"), dates.get("end")
            self.start = date_from_text(start) if isinstance(start, str) else None
            self.end = date_from_text(end) if isinstance(end, str) else None
        else:
            self.start = self.end = None
        self._derived: dict[Callable[[DocumentContext], Any], Any] = {}

    def derived(self, compute: Callable[[DocumentContext], T]) -> T:
        """``compute(self)``, computed the first time any rule asks and then kept."""
        known = self._derived
        if compute in known:  # a test, not a caught KeyError: most parts are asked for once
            return known[compute]  # type: ignore[no-any-return]
        value = known[compute] = compute(self)
        return value

    @lazy
    def judgements(self) -> Mapping[str, Any]:
        """A full report's judgement table (empty for other kinds and for a non-object)."""
        return as_dict(self.document.get("judgements")) if self.kind == "full" else EMPTY

    @lazy
    def overall(self) -> Any:
        """A full report's overall judgement, as given."""
        return self.judgements.get(overall_area())

    def _read_requirements(self) -> None:
        """Walk the requirements once, keeping what the rules read of them as columns (one
        loop gives every column: walking the list once per column cost more)."""
        rows: list[Mapping[str, Any]] = []
        due: list[datetime.date | None] = []
        regulations: list[Any] = []
        days = READ_DATES  # looked up here first: a call for a date read before costs more
        items = self.document.get("requirements")
        for item in items if isinstance(items, list) else ():
            data = item if isinstance(item, dict) else EMPTY
            rows.append(data)
            text = data.get("due_date")
            if not isinstance(text, str):
                due.append(None)
            else:
                try:  # one lookup, safe if another thread empties the table meanwhile
                    due.append(days[text])
                except KeyError:
                    due.append(date_from_text(text))
            regulations.append(data.get("regulations"))
        self.__dict__.update(
            requirements=rows,
            due=due,
            due_days=[day for day in due if day is not None] if None in due else due,
            regulations=regulations,
        )

    @lazy
    def requirements(self) -> Sequence[Mapping[str, Any]]:
        """Each requirement's fields, in order (empty for an item that is not an object)."""
        self._read_requirements()
        return self.requirements

    @lazy
    def due(self) -> Sequence[datetime.date | None]:
        """Each requirement's due date, where it is a valid date (else None), in order."""
        self._read_requirements()
        return self.due

    @lazy
    def due_days(self) -> Sequence[datetime.date]:
        """The requirements' valid due dates."""
        self._read_requirements()
        return self.due_days

    @lazy
    def regulations(self) -> Sequence[Any]:
        """Each requirement's ``regulations``, as given, in order (None where it has none)."""
        self._read_requirements()
        return self.regulations

    def _read_history(self) -> None:
        """Walk the history rows once, keeping each row's index, date, type and judgement."""
        history: list[HistoryRow] = []
        dated: list[datetime.date] = []
        read = READ_DATES
        items = self.document.get("inspection_history")
        for index, item in enumerate(items if isinstance(items, list) else ()):
            row = item if isinstance(item, dict) else EMPTY
            text = row.get("date")
            if not isinstance(text, str):
                day = None
            else:
                try:  # one lookup, safe if another thread empties the table meanwhile
                    day = read[text]
                except KeyError:
                    day = date_from_text(text)
            history.append((index, day, row.get("inspection_type"), row.get("judgement")))
            if day is not None:
                dated.append(day)
        self.__dict__.update(history=history, history_days=dated)

    @lazy
    def history(self) -> Sequence[HistoryRow]:
        """Every row of the inspection history, in order."""
        self._read_history()
        return self.history

    @lazy
    def history_days(self) -> Sequence[datetime.date]:
        """The history rows' valid dates, in order."""
        self._read_history()
        return self.history_days

    @lazy
    def last_inspection(self) -> Mapping[str, Any]:
        """The report's statement of the previous inspection (empty if none)."""
        return as_dict(self.document.get("last_inspection"))
