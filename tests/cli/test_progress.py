"""Progress bar and message lines never share a line of the terminal.

The terminal is a small emulator: it keeps the screen's rows and follows carriage
returns, line feeds and the cursor-up sequence tqdm uses, so what a person would see
can be read back row by row.
"""

from __future__ import annotations

import io
import re

from inspection_schema.cli.progress import Progress

_CURSOR_UP = re.compile(r"\x1b\[(\d*)A")
_OTHER_ESCAPE = re.compile(r"\x1b\[[0-9;]*[A-Za-z]")


class FakeTerminal(io.StringIO):
    """A stream that says it is a terminal, with the screen it would show."""

    def isatty(self) -> bool:
        return True

    def screen(self) -> list[str]:
        rows: list[list[str]] = [[]]
        row = column = 0
        text = self.getvalue()
        index = 0
        while index < len(text):
            up = _CURSOR_UP.match(text, index)
            other = _OTHER_ESCAPE.match(text, index)
            if up:
                row = max(0, row - int(up.group(1) or 1))
                index = up.end()
                continue
            if other:
                index = other.end()
                continue
            char = text[index]
            index += 1
            if char == "\r":
                column = 0
            elif char == "\n":
                row += 1
                column = 0
                while len(rows) <= row:
                    rows.append([])
            else:
                line = rows[row]
                line.extend(" " * (column + 1 - len(line)))
                line[column] = char
                column += 1
        return ["".join(line).rstrip() for line in rows]


def _is_bar(row: str) -> bool:
    return "/40" in row and "|" in row


def _run(terminal: FakeTerminal, *, through_the_bar: bool) -> list[str]:
    messages = []
    with Progress(40, label="extract-report", stream=terminal) as progress:
        for number in range(40):
            progress.advance()
            if number % 3 == 0:
                line = f"extract-report: reports/r{number:02d}.txt: is empty"
                messages.append(line)
                if through_the_bar:
                    progress.message(line)
                else:
                    terminal.write(line + "\n")
    return messages


def test_messages_and_the_bar_never_share_a_line() -> None:
    terminal = FakeTerminal()
    messages = _run(terminal, through_the_bar=True)
    rows = [row for row in terminal.screen() if row]
    assert rows == messages  # the bar is gone at the end; every message is whole, in order
    assert _is_bar("extract-report:  10%|█         | 4/40")


def test_the_bar_is_drawn_below_the_messages_while_running() -> None:
    terminal = FakeTerminal()
    progress = Progress(40, label="extract-report", stream=terminal)
    for number in range(10):
        progress.advance()
        progress.message(f"extract-report: r{number}.txt: is empty")
    rows = [row for row in terminal.screen() if row]
    assert rows[:-1] == [f"extract-report: r{number}.txt: is empty" for number in range(10)]
    assert _is_bar(rows[-1])
    assert rows[-1].startswith("extract-report:")
    assert "10/40" in rows[-1]
    progress.close()


def test_the_check_sees_a_message_written_over_the_bar() -> None:
    terminal = FakeTerminal()
    messages = _run(terminal, through_the_bar=False)
    rows = [row for row in terminal.screen() if row]
    assert rows != messages
    assert any(_is_bar(row) and "is empty" in row for row in rows)


def test_no_bar_without_a_terminal_or_for_one_input() -> None:
    plain = io.StringIO()
    with Progress(40, label="extract-report", stream=plain) as progress:
        progress.advance()
        progress.message("extract-report: a.txt: is empty")
    assert plain.getvalue() == "extract-report: a.txt: is empty\n"
    terminal = FakeTerminal()
    with Progress(1, label="extract-report", stream=terminal) as progress:
        progress.message("one")
    assert terminal.getvalue() == "one\n"
