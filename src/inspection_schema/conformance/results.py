"""What a run of the suite found, case by case.

Each case gives a :class:`CaseResult`: passed, or failed with the lines that say how the
implementation differs. A :class:`SuiteResult` holds the results of every case that could
be run, and one line for each case file that could not be used.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

__all__ = ["EXIT_AGREEMENT", "EXIT_DISAGREEMENT", "EXIT_UNUSABLE", "CaseResult", "SuiteResult"]

EXIT_AGREEMENT = 0
EXIT_DISAGREEMENT = 1
EXIT_UNUSABLE = 2


@dataclass(frozen=True)
class CaseResult:
    """One case: where it is, what it covers, and whether the implementation agreed."""

    kind: str
    version: str
    file: Path
    description: str
    passed: bool
    differences: tuple[str, ...] = ()

    def describe(self) -> str:
        """The case's file and description, and each difference on a line of its own."""
        return "\n".join([f"{self.file}: {self.description}", *self.differences])


@dataclass
class SuiteResult:
    """Every case's result, and the case files that could not be used."""

    cases: list[CaseResult] = field(default_factory=list)
    unusable: list[str] = field(default_factory=list)

    @property
    def passed(self) -> int:
        """How many cases agreed."""
        return sum(case.passed for case in self.cases)

    @property
    def failed(self) -> list[CaseResult]:
        """The cases that disagreed."""
        return [case for case in self.cases if not case.passed]

    @property
    def disagreements(self) -> list[str]:
        """Each failed case described, as :meth:`CaseResult.describe` gives it."""
        return [case.describe() for case in self.failed]

    def add(self, other: SuiteResult) -> None:
        """Take in another run's results."""
        self.cases += other.cases
        self.unusable += other.unusable

    @property
    def exit_status(self) -> int:
        """0 when every case agreed, 1 when any disagreed, 2 when a case file was unusable."""
        if self.unusable:
            return EXIT_UNUSABLE
        return EXIT_DISAGREEMENT if self.failed else EXIT_AGREEMENT

    def closing_line(self) -> str:
        """``N passed, N failed`` (and the unusable case files, if any)."""
        closing = f"{self.passed} passed, {len(self.failed)} failed"
        if self.unusable:
            closing += f", {len(self.unusable)} case file(s) unusable"
        return closing
