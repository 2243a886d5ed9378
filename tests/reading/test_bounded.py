"""The size limit holds while reading, for every kind of file."""

from __future__ import annotations

import io
import os
from pathlib import Path

import pytest

from inspection_schema.reading import InputTooLarge, open_input, read_at_most

DEV_ZERO = Path("/dev/zero")
PROC_STATUS = Path("/proc/self/status")


@pytest.mark.skipif(not DEV_ZERO.exists(), reason="no /dev/zero here")
def test_an_endless_device_stops_one_byte_past_the_limit() -> None:
    """/dev/zero reports a size of 0; reading it once grew without bound."""
    with open_input(DEV_ZERO) as handle, pytest.raises(InputTooLarge) as raised:
        read_at_most(handle, 3 * 1_048_576)
    assert raised.value.size == 3 * 1_048_576 + 1
    assert raised.value.message == (
        "is over 3.0 MB, larger than the limit of 3 MB for one document (see --max-size)"
    )


@pytest.mark.skipif(not PROC_STATUS.exists(), reason="no /proc here")
def test_a_file_reporting_size_0_is_read_whole_within_the_limit() -> None:
    with open_input(PROC_STATUS) as handle:
        assert b"Name:" in read_at_most(handle, 1_048_576)


def test_a_regular_file_over_the_limit_is_refused_by_its_size(tmp_path: Path) -> None:
    path = tmp_path / "big.json"
    path.write_bytes(b"x" * 2000)
    with open_input(path) as handle, pytest.raises(InputTooLarge) as raised:
        read_at_most(handle, 1000)
    assert raised.value.size == 2000
    assert raised.value.message.startswith("is 2,000 bytes, larger than the limit of 1,000 bytes")


def test_a_pipe_is_read_in_pieces_up_to_the_limit() -> None:
    reader, writer = os.pipe()
    os.write(writer, b"y" * 5000)
    os.close(writer)
    with os.fdopen(reader, "rb") as handle:
        assert read_at_most(handle, 5000) == b"y" * 5000
    reader, writer = os.pipe()
    os.write(writer, b"y" * 5001)
    os.close(writer)
    with os.fdopen(reader, "rb") as handle, pytest.raises(InputTooLarge):
        read_at_most(handle, 5000)


def test_a_huge_limit_reserves_nothing_up_front(tmp_path: Path) -> None:
    """A limit of a petabyte once made the reader ask for that much memory at once."""
    path = tmp_path / "small.json"
    path.write_bytes(b"{}")
    with open_input(path) as handle:
        assert read_at_most(handle, 10**15) == b"{}"
    reader, writer = os.pipe()
    os.write(writer, b"[]")
    os.close(writer)
    with os.fdopen(reader, "rb") as handle:
        assert read_at_most(handle, 10**15) == b"[]"
    assert read_at_most(io.BytesIO(b"{}"), 10**15) == b"{}"
