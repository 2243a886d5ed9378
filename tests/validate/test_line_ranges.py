"""A JSON Lines file read range by range gives the lines of reading it a line at a time.

Files of short, long, blank and over-long lines, with and without a final line break, are
cut with small ranges and blocks (so that ranges and blocks end everywhere: inside a line,
on a line break, inside a line longer than a block); the lines of every range, in order,
must be those :func:`read_lines` gives for the whole file, with the same numbers.
"""

from __future__ import annotations

import io
import itertools
import os
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from inspection_schema.validate.inputs import load_inputs
from inspection_schema.validate.inputs.json_lines import Line, read_lines
from inspection_schema.validate.inputs.line_ranges import (
    LineRange,
    is_regular_file,
    line_ranges,
    range_lines,
)
from inspection_schema.validate.inputs.units import input_units, load_unit

LINES = st.lists(
    st.sampled_from(
        [b"", b" ", b"\t\r", b"{}", b'{"a": 1}', b"x" * 4, b"x" * 5, b"x" * 6, b"y" * 30, b"\x0c"]
    ),
    max_size=40,
)


def _whole(data: bytes, max_bytes: int) -> list[Line]:
    return list(read_lines(io.BytesIO(data), max_bytes))


def _by_ranges(
    path: Path, size: int, block: int, max_bytes: int, whole_up_to: int
) -> tuple[list[LineRange], list[Line]]:
    with path.open("rb") as handle:
        ranges = list(line_ranges(str(path), handle, size=size, block_size=block))
    read = [
        line for part in ranges for line in range_lines(part, max_bytes, whole_up_to=whole_up_to)
    ]
    return ranges, read


@settings(max_examples=300, deadline=None)
@given(
    lines=LINES,
    final_break=st.booleans(),
    size=st.integers(1, 256),
    block=st.integers(1, 48),
    max_bytes=st.sampled_from([5, 12, 1000]),
    whole_up_to=st.sampled_from([0, 30, 1 << 20]),
)
def test_ranges_give_the_lines_of_the_whole_file(
    tmp_path_factory: pytest.TempPathFactory,
    lines: list[bytes],
    final_break: bool,
    size: int,
    block: int,
    max_bytes: int,
    whole_up_to: int,
) -> None:
    """Ranges read at once (``whole_up_to`` large), a line at a time (0), and both."""
    data = b"\n".join(lines) + (b"\n" if final_break and lines else b"")
    path = tmp_path_factory.mktemp("lines") / "in.jsonl"
    path.write_bytes(data)
    ranges, read = _by_ranges(path, size, block, max_bytes, whole_up_to)
    assert read == _whole(data, max_bytes)
    if data.strip():
        # The ranges cover the file (but blank lines before its first text), each ends on a
        # line break (or at the end), and each is at least a sixteenth of ``size`` bytes long
        # but the last.
        assert not data[: ranges[0].start].strip()
        assert ranges[-1].end == len(data)
        assert all(a.end == b.start for a, b in itertools.pairwise(ranges))
        assert all(data[part.end - 1 : part.end] == b"\n" for part in ranges[:-1])
        assert all(part.end - part.start >= max(1, size // 16) for part in ranges[:-1])
        assert [part.first for part in ranges] == [
            data[: part.start].count(b"\n") + 1 for part in ranges
        ]
    else:
        assert ranges == []


def test_a_file_of_blank_lines_is_empty_and_numbers_go_on_past_them(tmp_path: Path) -> None:
    blank = tmp_path / "blank.jsonl"
    blank.write_bytes(b"\n \n\t\n" * 1000)
    assert [record.problem.code for record in load_inputs([str(blank)]) if record.problem] == [
        "input-empty"
    ]
    late = tmp_path / "late.jsonl"
    late.write_bytes(b"\n" * 5000 + b"{}\n")
    with late.open("rb") as handle:
        ranges = list(line_ranges(str(late), handle, size=100, block_size=64))
    assert [line for part in ranges for line in range_lines(part, 100)] == [(5001, b"{}\n")]


def test_a_regular_file_is_cut_into_ranges_and_a_pipe_is_read_in_batches(tmp_path: Path) -> None:
    path = tmp_path / "in.jsonl"
    path.write_bytes(b"{}\n" * 10)
    assert [type(unit).__name__ for unit in input_units([str(path)], max_bytes=100)] == [
        "LineRange"
    ]
    with path.open("rb") as handle:
        assert is_regular_file(handle)
    reading, writing = os.pipe()
    with os.fdopen(reading, "rb") as pipe, os.fdopen(writing, "wb"):
        assert not is_regular_file(pipe)


def test_a_range_of_a_file_gone_since_it_was_cut_is_reported_not_raised(tmp_path: Path) -> None:
    path = tmp_path / "in.jsonl"
    path.write_bytes(b"{}\n" * 10)
    (unit,) = input_units([str(path)], max_bytes=100)
    path.unlink()
    (record,) = load_unit(unit, 100)
    assert record.problem is not None
    assert record.problem.code == "input-missing"


@settings(max_examples=200, deadline=None)
@given(
    lines=st.lists(st.sampled_from([b"", b"{}", b" ", b'{"a": 1}']), min_size=100, max_size=600),
    size=st.integers(256, 4096),
    block=st.integers(256, 2048),
)
def test_line_numbers_hold_where_line_breaks_come_thick_and_fast(
    tmp_path_factory: pytest.TempPathFactory, lines: list[bytes], size: int, block: int
) -> None:
    """Blocks holding many short lines: each range's first line number is still the count
    of the line breaks before it, and the ranges still cover the file."""
    data = b"\n".join(lines) + b"\n"
    path = tmp_path_factory.mktemp("short") / "in.jsonl"
    path.write_bytes(data)
    with path.open("rb") as handle:
        ranges = list(line_ranges(str(path), handle, size=size, block_size=block))
    assert [part.first for part in ranges] == [
        data[: part.start].count(b"\n") + 1 for part in ranges
    ]
    assert all(a.end == b.start for a, b in itertools.pairwise(ranges))
    assert (ranges[-1].end if ranges else len(data)) == len(data)


def test_ranges_shrink_near_the_end_of_the_file(tmp_path: Path) -> None:
    """Ranges grow to ``size``, then, near the end, are at most a quarter of what is left
    (not under a sixteenth of ``size``): the last ranges checked side by side end close
    together."""
    line = b'{"a": "' + b"x" * 90 + b'"}\n'  # 100 bytes
    path = tmp_path / "in.jsonl"
    path.write_bytes(line * 1000)
    size = 16384
    with path.open("rb") as handle:
        ranges = list(line_ranges(str(path), handle, size=size, block_size=4096))
    lengths = [part.end - part.start for part in ranges]
    assert max(lengths) >= size  # the middle of the file goes in ranges of the full size
    for part, length in zip(ranges[:-1], lengths, strict=False):
        left = 100_000 - part.start
        assert length <= max(size // 16, min(size, left // 4)) + len(line)
    assert lengths[-2] < size // 4
