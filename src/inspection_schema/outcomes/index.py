"""Outcome files loaded once, and their events looked up by event number or by URN and date."""

from __future__ import annotations

import datetime
from collections import defaultdict
from collections.abc import Iterable, Iterator
from functools import cached_property
from pathlib import Path

from inspection_schema.outcomes.errors import OutcomeFileError
from inspection_schema.outcomes.reader import OutcomeFile, read_outcome_file
from inspection_schema.outcomes.records import OutcomeEvent, UnmappedValue
from inspection_schema.reading import is_folder, os_error_message

__all__ = ["SUFFIXES", "OutcomeIndex", "load_outcomes", "outcome_files"]

#: Names of the files a folder is read for.
SUFFIXES = (".csv", ".csv.gz", ".ods", ".xlsx", ".xlsm", ".xls")


def outcome_files(paths: Iterable[str | Path]) -> list[Path]:
    """The outcome files among ``paths``: each path that is not a folder as given, each
    folder's files (whatever kind of file, but folders) by name.

    Raises ``OutcomeFileError`` for a folder that cannot be listed or has no outcome
    files; a path that cannot be read (a missing one, say) says why when it is read.
    """
    found: list[Path] = []
    for given in paths:
        path = Path(given)
        if not is_folder(path):
            found.append(path)
            continue
        try:
            names = sorted(p for p in path.iterdir() if p.name.lower().endswith(SUFFIXES))
        except OSError as error:
            raise OutcomeFileError(str(path), os_error_message(error)) from None
        inside = [name for name in names if not is_folder(name)]
        if not inside:
            raise OutcomeFileError(
                str(path), f"is a folder with no outcome files ({', '.join(SUFFIXES)})"
            )
        found.extend(inside)
    return found


class OutcomeIndex:
    """Every event of some outcome files, indexed once for look-ups."""

    def __init__(self, files: Iterable[OutcomeFile]) -> None:
        self.files = tuple(files)
        self.events = tuple(event for file in self.files for event in file.events)
        self._by_number: dict[str, list[OutcomeEvent]] = defaultdict(list)
        self._by_urn: dict[str, list[OutcomeEvent]] = defaultdict(list)
        for event in self.events:
            if event.event_number is not None:
                self._by_number[event.event_number].append(event)
            self._by_urn[event.urn].append(event)
        for events in self._by_urn.values():
            events.sort(key=lambda e: (e.inspection_date or datetime.date.min, e.row))
        self._by_urn_date: dict[tuple[str, datetime.date], list[OutcomeEvent]] = defaultdict(list)
        for event in self.events:
            if event.inspection_date is not None:
                self._by_urn_date[(event.urn, event.inspection_date)].append(event)

    def __len__(self) -> int:
        return len(self.events)

    def __iter__(self) -> Iterator[OutcomeEvent]:
        return iter(self.events)

    @property
    def unmapped(self) -> list[UnmappedValue]:
        """Every value of every file that did not read."""
        return [value for file in self.files for value in file.unmapped]

    def notices(self) -> list[str]:
        """One line for each column not understood and each value not read, file by file."""
        return [line for file in self.files for line in file.notices()]

    @cached_property
    def periods(self) -> tuple[tuple[datetime.date, datetime.date], ...]:
        """Each file's first and last inspection date: the days its events cover."""
        spans = []
        for file in self.files:
            days = [e.inspection_date for e in file.events if e.inspection_date is not None]
            if days:
                spans.append((min(days), max(days)))
        return tuple(spans)

    def covers(self, day: datetime.date) -> bool:
        """Whether some file's events span ``day``: a file lists every event of its period, so
        an event missing on a covered day is missing from the record, not just unread."""
        return any(first <= day <= last for first, last in self.periods)

    def numbered(self, event_number: str) -> list[OutcomeEvent]:
        """Every event with this event number: usually one, but Ofsted gives one event of an
        agency inspected with its branches to each branch's URN."""
        return list(self._by_number.get(event_number.strip(), ()))

    def by_event_number(self, event_number: str, urn: str | None = None) -> OutcomeEvent | None:
        """The event with this event number (of this URN, if given); the first read if several."""
        found = self._by_number.get(event_number.strip(), ())
        if urn is not None:
            found = [event for event in found if event.urn == _urn(urn)]
        return found[0] if found else None

    def at(self, urn: str, inspection_date: datetime.date) -> list[OutcomeEvent]:
        """The events of this URN that began on this date (usually one)."""
        return list(self._by_urn_date.get((_urn(urn), inspection_date), ()))

    def for_urn(self, urn: str) -> list[OutcomeEvent]:
        """Every event of this URN, oldest first."""
        return list(self._by_urn.get(_urn(urn), ()))

    def nearest(self, urn: str, inspection_date: datetime.date) -> OutcomeEvent | None:
        """The event of this URN whose date is closest to ``inspection_date`` (earlier on a tie)."""
        dated = [e for e in self._by_urn.get(_urn(urn), ()) if e.inspection_date is not None]
        if not dated:
            return None
        return min(
            dated, key=lambda e: abs((e.inspection_date or inspection_date) - inspection_date)
        )


def _urn(urn: str) -> str:
    return urn.strip().upper()


def load_outcomes(*paths: str | Path) -> OutcomeIndex:
    """Read outcome files and folders once; raises ``OutcomeFileError`` for a malformed one."""
    return OutcomeIndex(read_outcome_file(path) for path in outcome_files(paths))
