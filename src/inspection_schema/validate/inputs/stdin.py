"""Standard input (``-``): one JSON document, or JSON Lines when the whole is not one document.

At most ``max_bytes + 1`` bytes are read, so a larger input is reported, not held.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import BinaryIO

from inspection_schema.validate.inputs.json_documents import Loaded, parse_document, too_large
from inspection_schema.validate.inputs.json_lines import BytesLines, load_lines

STDIN = "-"


def load_stdin(stream: BinaryIO, max_bytes: int) -> Iterator[Loaded]:
    """The document on standard input, or each of its JSON lines."""
    data = stream.read(max_bytes + 1)
    if len(data) > max_bytes:
        yield Loaded(STDIN, problem=too_large(len(data), max_bytes, at_least=True))
        return
    whole = parse_document(STDIN, None, data)
    lines = [line for line in data.splitlines() if line.strip()]
    if (
        whole.problem is not None
        and len(lines) > 1
        and parse_document(STDIN, 1, lines[0]).problem is None
    ):
        yield from load_lines(STDIN, BytesLines(data), max_bytes)
    else:
        yield whole
