"""Progress on a terminal, and messages that never break into it.

A long run shows a progress bar on standard error when standard error is a terminal.
Every message a command prints on standard error while the bar shows goes through
:meth:`Progress.message`, which clears the bar, writes the message on a line of its own
and draws the bar again below it; so a message and the bar never share a line. Without a
terminal (or for a single input) there is no bar and messages are plain lines.
"""

from __future__ import annotations

from types import TracebackType
from typing import TYPE_CHECKING, Any, TextIO

if TYPE_CHECKING:
    from tqdm import tqdm


class Progress:
    """A progress bar over ``total`` inputs (when shown), and the way to print beside it."""

    def __init__(self, total: int, *, label: str, stream: TextIO) -> None:
        self.stream = stream
        self.bar: tqdm[Any] | None = None
        if total > 1 and stream.isatty():
            from tqdm import tqdm

            self.bar = tqdm(total=total, desc=label, unit="file", file=stream, leave=False)

    def message(self, line: str) -> None:
        """Write one line on the stream, above the bar if one is shown."""
        if self.bar is None:
            print(line, file=self.stream, flush=True)
        else:
            self.bar.write(line, file=self.stream)

    def advance(self) -> None:
        """Count one input as done."""
        if self.bar is not None:
            self.bar.update()

    def close(self) -> None:
        """Remove the bar from the terminal."""
        if self.bar is not None:
            self.bar.close()
            self.bar = None

    def __enter__(self) -> Progress:
        return self

    def __exit__(
        self,
        kind: type[BaseException] | None,
        error: BaseException | None,
        traceback: TracebackType | None,
    ) -> None:
        self.close()
