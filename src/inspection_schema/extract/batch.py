"""Extracting many inputs: folders expanded, each input's outcome counted by its class.

A run never stops at a bad input: each gives its instance or an
:class:`~inspection_schema.extract.refusals.ExtractionError`, and the run's
:class:`Tally` counts them as extracted, refused, unreadable or failed.
:func:`extract_one` is one input's whole work, so a process pool can run it.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from inspection_schema.extract.api import (
    DEFAULT_MAX_BYTES,
    extract_instance,
    extract_instance_from_bytes,
)
from inspection_schema.extract.refusals import (
    ExtractionError,
    ExtractorFault,
    NotAnInspectionReport,
    NotAReportFile,
    UnreadableInput,
    outcome,
)
from inspection_schema.reading import files_under, is_folder

__all__ = [
    "INPUT_SUFFIXES",
    "Extracted",
    "Tally",
    "expand_inputs",
    "extract_each",
    "extract_one",
]

INPUT_SUFFIXES = (".pdf", ".txt")
"""What a folder is searched for."""

_EXTRACTOR_FAULTS = (
    ArithmeticError,
    AttributeError,
    LookupError,
    RecursionError,
    TypeError,
    ValueError,
)
"""Errors that mean the extractor went wrong on an input; they become :class:`ExtractorFault`."""


def expand_inputs(names: Iterable[str]) -> list[Path]:
    """The inputs in order, each folder replaced by its ``.pdf`` and ``.txt`` files, sorted.

    A folder inside that cannot be listed stays in the list, so that reading it reports why.
    """
    paths: list[Path] = []
    for name in names:
        if is_folder(name):
            paths.extend(Path(found.path) for found in files_under(name, INPUT_SUFFIXES))
        else:
            paths.append(Path(name))
    return paths


@dataclass(frozen=True, slots=True)
class Extracted:
    """One input's instance, or the problem that stopped it."""

    path: Path
    instance: dict[str, Any] | None = None
    error: ExtractionError | None = None


def extract_one(
    path: Path,
    data: bytes | None = None,
    *,
    schema_version: str | None = None,
    max_bytes: int = DEFAULT_MAX_BYTES,
) -> Extracted:
    """One input's instance of ``schema_version`` (by default, the extractor's) or its
    problem; ``data``, if given, is its content (standard input, read within the limit).
    At most ``max_bytes`` of a file are read."""
    try:
        if data is None:
            instance = extract_instance(path, schema_version=schema_version, max_bytes=max_bytes)
        else:
            instance = extract_instance_from_bytes(data, schema_version=schema_version)
        return Extracted(path, instance=instance)
    except (NotAnInspectionReport, UnreadableInput) as error:
        return Extracted(path, error=_of_another_kind(path) or error)
    except ExtractionError as error:
        return Extracted(path, error=error)
    except _EXTRACTOR_FAULTS as error:
        fault = ExtractorFault(f"could not be extracted ({type(error).__name__}: {error})")
        return Extracted(path, error=fault)


def _of_another_kind(path: Path) -> NotAReportFile | None:
    """The refusal of a file named as another kind (``notes.md``), if it is one."""
    suffix = path.suffix.lower()
    if not suffix or suffix in INPUT_SUFFIXES:
        return None
    try:
        if not path.is_file():
            return None
    except (OSError, ValueError):  # a path that cannot be examined keeps its own reason
        return None
    return NotAReportFile(f"a {suffix} file")


def extract_each(
    paths: Iterable[Path],
    *,
    schema_version: str | None = None,
    max_bytes: int = DEFAULT_MAX_BYTES,
) -> Iterator[Extracted]:
    """Extract every input in turn, as instances of ``schema_version`` (by default, the
    extractor's), reading at most ``max_bytes`` of each; a problem with one input never
    stops the others."""
    for path in paths:
        yield extract_one(path, schema_version=schema_version, max_bytes=max_bytes)


@dataclass
class Tally:
    """How many inputs were extracted, refused, unreadable or failed."""

    extracted: int = 0
    refused: int = 0
    unreadable: int = 0
    failed: int = 0

    def add(self, result: Extracted) -> None:
        """Count one input by its outcome."""
        if result.error is None:
            self.extracted += 1
            return
        kind = outcome(result.error)
        setattr(self, kind, getattr(self, kind) + 1)

    @property
    def all_extracted(self) -> bool:
        """Whether every input gave an instance."""
        return self.refused == self.unreadable == self.failed == 0

    def __str__(self) -> str:
        return (
            f"extracted {self.extracted}, refused {self.refused}, "
            f"unreadable {self.unreadable}, failed {self.failed}"
        )
