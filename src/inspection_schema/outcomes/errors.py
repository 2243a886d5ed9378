"""The one exception a malformed outcome file raises."""

from __future__ import annotations

__all__ = ["OutcomeFileError"]


class OutcomeFileError(ValueError):
    """An outcome file that cannot be read as a table of inspection events.

    Its message is one line: the file, the place (row and column, when there is one) and
    what was expected there.
    """

    def __init__(
        self, path: str, reason: str, *, row: int | None = None, column: str | None = None
    ) -> None:
        self.path = path
        self.reason = reason
        self.row = row
        self.column = column
        place = "".join(
            (f", row {row}" if row is not None else "", f", column {column!r}" if column else "")
        )
        super().__init__(" ".join(f"{path}{place}: {reason}".split()))
